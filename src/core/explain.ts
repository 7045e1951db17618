/** Contributions grouped into causes: the likely cause (or two), each with confidence and evidence. */
import type { CauseScore, Contribution } from './types';

/** A cause needs this many points before it is named as likely; below it, the signal is noise. */
const MIN_CAUSE_POINTS = 4;

export function groupCauses(contributions: Contribution[]): CauseScore[] {
  const by = new Map<CauseScore['cause'], { points: number; evidence: Contribution['evidence'] }>();
  for (const c of contributions) {
    // A signal that names no cause adds to the risk, not to any cause's share of it.
    if (!c.cause) continue;
    const e = by.get(c.cause) ?? { points: 0, evidence: [] };
    e.points += c.points;
    e.evidence.push(...c.evidence);
    by.set(c.cause, e);
  }
  // Shares are of all the risk, causeless signals included: a cause is no likelier for being the only one named.
  const total = contributions.reduce((s, c) => s + c.points, 0);
  return [...by]
    .filter(([, e]) => e.points >= MIN_CAUSE_POINTS)
    .map(([cause, e]) => ({
      cause,
      points: Math.round(e.points * 10) / 10,
      // Share of the explained risk, tempered by how much evidence there is behind it.
      confidence: Math.round((e.points / total) * (1 - Math.exp(-e.points / 15)) * 100) / 100,
      evidence: e.evidence,
    }))
    .sort((a, b) => b.points - a.points);
}
