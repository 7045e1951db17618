/**
 * The manager's review, as rules on plain data: what a person's verdict does to a score, when an
 * account comes up for review, and what the toolbar counts. "Now" is a parameter, so a snooze ends
 * by itself: it is judged against the clock whenever the list or the count is read.
 *
 * The toolbar counts an account as newly flagged when, at `now`:
 *  1. its level (after any verdict) is medium, high or critical;
 *  2. it is not snoozed (no snooze, or the snooze has ended);
 *  3. no standing "Not a risk" clears it (one does while the computed level is no higher than it
 *     was when that was said);
 *  4. it came up after it was last looked at. It comes up when its level rises into or within the
 *     flagged levels, and again when a snooze on it ends. It was looked at when someone marked it
 *     reviewed, snoozed it or gave a verdict on it, or pressed "Mark all reviewed" (the team's
 *     review time). An account never looked at since it came up counts.
 */
import { utcDay, weekBack } from './trend';
import { RISK_LEVELS, type Account, type CauseId, type Level, type Review, type Score, type Verdict } from './types';

/** low and unknown 0, medium 1, high 2, critical 3. */
export const rankOf = (level: Level | undefined): number => Math.max(0, RISK_LEVELS.indexOf(level as never));
export const isFlagged = (level: Level): boolean => rankOf(level) > 0;

/** What the popup and the badge need of a verdict. */
export type VerdictMark = Pick<Verdict, 'kind' | 'level' | 'reason' | 'by' | 'at'>;

/**
 * One account as the manager's review list holds it, beside its review state: compact, so the
 * popup reads ten thousand of them at once. Rewritten from the score on every scoring.
 */
export interface ReviewRow extends Review {
  name: string;
  url?: string;
  owner?: string;
  /** The account's CRM site: its page's origin, else its CRM family. */
  site: string;
  /** After any verdict. */
  level: Level;
  risk: number | null;
  valueAtRisk: number;
  cause?: CauseId;
  /** When it was scored. */
  at: number;
  /** When its level last rose into or within the flagged levels. */
  raisedAt?: number;
  /** When last scored, its level was higher than a week before (core/trend.ts levelRose). */
  rose?: boolean;
  verdict?: VerdictMark;
}

export type ReviewStatus = 'new' | 'reviewed' | 'snoozed' | 'cleared';

/**
 * A person's standing word applied over the computed score. 'override' sets the level; 'real_risk'
 * flags the account at least as medium (a person who calls it a risk wants it on the list);
 * 'not_risk' keeps the computed level, and the review list stops flagging it until that level
 * rises above the one the verdict was given at (Verdict.level). Risk and value stay the model's.
 */
export function applyVerdict(score: Score, v: Verdict | undefined): Score {
  if (!v) return score;
  const level = v.kind === 'override' && v.level ? v.level : v.kind === 'real_risk' && !isFlagged(score.level) ? 'medium' : score.level;
  return { ...score, level, verdict: v, ...(level !== score.level ? { computedLevel: score.level } : {}) };
}

/** The row a new score makes, carrying over the review state and when the account came up. */
export function rowOf(
  score: Score,
  account: Pick<Account, 'name' | 'url' | 'crm' | 'fields'>,
  prev: ReviewRow | undefined,
  rose = false,
): ReviewRow {
  const up = isFlagged(score.level) && rankOf(score.level) > rankOf(prev?.level);
  const owner = account.fields.owner?.raw.trim();
  const v = score.verdict;
  return {
    account: score.account,
    ...(prev?.reviewedAt !== undefined ? { reviewedAt: prev.reviewedAt } : {}),
    ...(prev?.snoozedUntil !== undefined ? { snoozedUntil: prev.snoozedUntil } : {}),
    ...(prev?.by !== undefined ? { by: prev.by } : {}),
    name: account.name,
    ...(account.url ? { url: account.url } : {}),
    ...(owner ? { owner } : {}),
    site: siteOf(account.url, account.crm),
    level: score.level,
    risk: score.risk,
    valueAtRisk: score.valueAtRisk,
    ...(score.causes[0] ? { cause: score.causes[0].cause } : {}),
    at: score.at,
    ...(up ? { raisedAt: score.at } : prev?.raisedAt !== undefined ? { raisedAt: prev.raisedAt } : {}),
    ...(rose ? { rose } : {}),
    ...(v ? { verdict: { kind: v.kind, by: v.by, at: v.at, ...(v.level ? { level: v.level } : {}), ...(v.reason ? { reason: v.reason } : {}) } } : {}),
  };
}

/**
 * Whether a rise of its level within the week shows at `now`. The week's rise is judged when the
 * account is scored (against its score a week or more back); it holds until the day it rose to
 * this level is a week old, since no scoring means no later day to compare with.
 */
export const roseBy = (r: ReviewRow, now: number): boolean =>
  r.rose === true && r.raisedAt !== undefined && utcDay(r.raisedAt) > weekBack(now);

/** Could its level have risen within the week? Only if it went up in the last eight days (a UTC day's slack). */
export const mayHaveRisen = (r: ReviewRow): boolean => isFlagged(r.level) && (r.raisedAt ?? -Infinity) >= r.at - 8 * 86_400_000;

/** Review rows live in 256 buckets, by an FNV-1a hash of the account key. */
export function bucketOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `bucket:${(h >>> 0) & 255}`;
}

/** A row worth keeping: flagged, or holding review state a later rise must still see. */
export const keepsRow = (r: ReviewRow): boolean => isFlagged(r.level) || r.reviewedAt !== undefined || r.snoozedUntil !== undefined;

export function siteOf(url: string | undefined, crm: string): string {
  return url?.match(/^https?:\/\/[^/?#]+/i)?.[0].toLowerCase() ?? crm;
}

/** Where a flagged row stands at `now`, given the team's last "Mark all reviewed" (see the top). */
export function reviewStatus(r: ReviewRow, reviewedAll: number | undefined, now: number): ReviewStatus {
  if (r.snoozedUntil !== undefined && r.snoozedUntil > now) return 'snoozed';
  if (r.verdict?.kind === 'not_risk' && rankOf(r.level) <= rankOf(r.verdict.level)) return 'cleared';
  const cameUp = Math.max(r.raisedAt ?? -Infinity, r.snoozedUntil ?? -Infinity);
  const looked = Math.max(reviewedAll ?? -Infinity, r.reviewedAt ?? -Infinity);
  return cameUp > looked ? 'new' : 'reviewed';
}

export function countNew(rows: readonly ReviewRow[], reviewedAll: number | undefined, now: number): number {
  let n = 0;
  for (const r of rows) if (isFlagged(r.level) && reviewStatus(r, reviewedAll, now) === 'new') n++;
  return n;
}

/** When the next snooze ends, so the count can change then without any scoring. */
export function nextWake(rows: readonly ReviewRow[], now: number): number | undefined {
  let next: number | undefined;
  for (const r of rows) if (r.snoozedUntil !== undefined && r.snoozedUntil > now && (next === undefined || r.snoozedUntil < next)) next = r.snoozedUntil;
  return next;
}

/** The toolbar's few characters. */
export const badgeText = (n: number): string => (n === 0 ? '' : n > 999 ? '999+' : String(n));
