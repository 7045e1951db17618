/**
 * Accounts that buy in orders are "transactional": for them, BG/NBD fitted on the team's own
 * accounts says how likely the next window passes with no order, from how often and how recently
 * each one bought — a better churn signal than a fixed "no order for N days" rule.
 */
import { fitBgNbd, type BgNbdParams, type Summary } from './models/bgnbd';
import type { Interaction } from './types';

const WEEK = 7 * 86_400_000;
/** Below this many buying accounts the population parameters would say more about noise. */
export const MIN_BUYERS = 20;
/** The window the "no order" probability looks ahead, in days: a quarter, as reviews run. */
export const NO_ORDER_WINDOW_DAYS = 90;

/** (x, t_x, T) in weeks from an account's orders, same-day orders counted once. */
export function orderSummary(interactions: Interaction[], now: number): Summary | null {
  const found: number[] = [];
  for (const i of interactions) if (i.kind === 'order' && Number.isFinite(i.at) && i.at <= now) found.push(Math.floor(i.at / 86_400_000));
  if (!found.length) return null;
  const days = new Float64Array(found).sort();
  let distinct = 1;
  for (let k = 1; k < days.length; k++) if (days[k] !== days[k - 1]) distinct++;
  const first = days[0] * 86_400_000;
  return { x: distinct - 1, tx: (days[days.length - 1] * 86_400_000 - first) / WEEK, T: (now - first) / WEEK };
}

export function fitOrders(histories: { interactions: Interaction[] }[], now: number): BgNbdParams | null {
  const summaries = histories.map((h) => orderSummary(h.interactions, now)).filter((s): s is Summary => s !== null);
  if (summaries.length < MIN_BUYERS || !summaries.some((s) => s.x > 0)) return null;
  const { r, alpha, a, b } = fitBgNbd(summaries);
  return [r, alpha, a, b].every(Number.isFinite) ? { r, alpha, a, b } : null;
}
