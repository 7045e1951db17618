/**
 * How an account's risk moves: one ScoreDay per account per UTC day, the last 90 days of them as
 * a series, and "what changed" between the current score and the day a week or more back.
 * Pure: "now" is a parameter, so the worker, the side panel and the tests agree on every answer.
 */
import type { CauseId, Contribution, Evidence, Level, Score, ScoreDay } from './types';

const DAY = 86_400_000;
/** The chart's span: the series holds the days from `now` back this many days, today included. */
export const TREND_DAYS = 90;
/** "What changed" and "rose this week" look back at least this far. */
export const WEEK_DAYS = 7;
/** Changes smaller than this many points are rounding, not news: the panel leaves them out. */
export const NOTABLE_POINTS = 0.5;

/** The UTC calendar day of an instant: a ScoreDay's key, the same in every time zone. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Points are kept to a tenth, as the engine rounds them; sums of tenths drift in binary floats. */
const tenth = (x: number) => Math.round(x * 10) / 10;

/** Each feature's points, summed over its contributions (text signals come one per cause). */
export function pointsByFeature(contributions: readonly Contribution[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of contributions) out[c.feature] = tenth((out[c.feature] ?? 0) + c.points);
  return out;
}

/** The day's snapshot of a score; a later scoring on the same UTC day replaces it. */
export function scoreDayOf(s: Score): ScoreDay {
  return {
    account: s.account, day: utcDay(s.at), at: s.at, level: s.level, risk: s.risk,
    points: pointsByFeature(s.contributions),
    ...(s.causes[0] ? { cause: s.causes[0].cause } : {}),
  };
}

/** The first day of the chart's window ending on `now`'s day. */
export const windowStart = (now: number): string => utcDay(now - (TREND_DAYS - 1) * DAY);
/** The last day that counts as "a week or more back" from `now`. */
export const weekBack = (now: number): string => utcDay(now - WEEK_DAYS * DAY);

/** The days within the last 90 (today included), oldest first. */
export function series(days: readonly ScoreDay[], now: number): ScoreDay[] {
  const from = windowStart(now);
  const to = utcDay(now);
  return days.filter((d) => d.day >= from && d.day <= to).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * The day a change is measured from: the latest ScoreDay a week or more back. An account first
 * scored less than a week ago has none; then its first day stands in, because what it was when
 * ChurnLens first saw it is the best known start of "this week" (a week-old account whose risk
 * jumped on day three did rise this week). Its first day being the current score's own day
 * leaves nothing to compare with.
 *
 * Takes the two candidates, not every day, so the worker can find them with two index cursors.
 */
export function pickBaseline(latestWeekBack: ScoreDay | undefined, first: ScoreDay | undefined, currentDay: string): ScoreDay | undefined {
  if (latestWeekBack) return latestWeekBack;
  return first && first.day < currentDay ? first : undefined;
}

export function baselineOf(days: readonly ScoreDay[], now: number, currentDay: string = utcDay(now)): ScoreDay | undefined {
  const cut = weekBack(now);
  let latest: ScoreDay | undefined;
  let first: ScoreDay | undefined;
  for (const d of days) {
    if (d.day <= cut && (!latest || d.day > latest.day)) latest = d;
    if (!first || d.day < first.day) first = d;
  }
  return pickBaseline(latest, first, currentDay);
}

const RANK: Record<Level, number> = { unknown: -1, low: 0, medium: 1, high: 2, critical: 3 };

/**
 * The level rose: it is higher now than on the baseline day. "Unknown" on either side is no rise:
 * an account first judged today was not seen to climb, and one that lost its evidence did not either.
 */
export function levelRose(current: Level, baseline: ScoreDay | undefined): boolean {
  if (!baseline || current === 'unknown' || baseline.level === 'unknown') return false;
  return RANK[current] > RANK[baseline.level];
}

export type ChangeKind = 'appeared' | 'rose' | 'fell' | 'gone';

export interface Change {
  feature: string;
  kind: ChangeKind;
  /** Points on the baseline day and now (0 where the feature did not weigh). */
  before: number;
  after: number;
  /** after − before. */
  delta: number;
  /** The cause the feature's current contribution names (its largest, for text signals). */
  cause?: CauseId;
  /** Why it weighs now, as the current score says it; none for a feature that is gone. */
  evidence: Evidence[];
}

export interface WhatChanged {
  since: ScoreDay;
  now: { level: Level; risk: number | null };
  /** Every feature whose points moved, largest move first; deltas sum to the change in total points. */
  changes: Change[];
}

/**
 * The current score against the baseline day, feature by feature. Points are the score's own
 * units (the side panel's "What drives the score" bars): risk is a saturating function of their
 * sum, or a model's probability, so the deltas add up to the change in points, not in risk.
 */
export function whatChanged(current: Score, days: readonly ScoreDay[], now: number): WhatChanged | null {
  const since = baselineOf(days, now, utcDay(current.at));
  if (!since) return null;
  const after = pointsByFeature(current.contributions);
  const byFeature = new Map<string, Contribution[]>();
  for (const c of current.contributions) byFeature.set(c.feature, [...(byFeature.get(c.feature) ?? []), c]);
  const changes: Change[] = [];
  for (const feature of new Set([...Object.keys(since.points), ...Object.keys(after)])) {
    const b = since.points[feature] ?? 0;
    const a = after[feature] ?? 0;
    const delta = tenth(a - b);
    if (delta === 0) continue;
    const mine = [...(byFeature.get(feature) ?? [])].sort((x, y) => y.points - x.points);
    const kind: ChangeKind = b === 0 ? 'appeared' : a === 0 ? 'gone' : delta > 0 ? 'rose' : 'fell';
    const cause = mine.find((c) => c.cause)?.cause;
    changes.push({
      feature, kind, before: b, after: a, delta,
      ...(cause ? { cause } : {}),
      evidence: kind === 'gone' ? [] : mine.flatMap((c) => c.evidence),
    });
  }
  changes.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.feature < y.feature ? -1 : 1));
  return { since, now: { level: current.level, risk: current.risk }, changes };
}
