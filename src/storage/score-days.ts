/**
 * One score per account per UTC day ([account, day] keys): the trend chart, "what changed" and the
 * popup's "rose this week" read these. Written after every scoring; reads take one transaction.
 */
import { pickBaseline, scoreDayOf, utcDay, weekBack, windowStart } from '../core/trend';
import type { Score, ScoreDay } from '../core/types';
import { db } from './db';

/** Every day of one account from `from` to `to` (inclusive). */
export const dayRange = (account: string, from = '', to = '\uffff') => IDBKeyRange.bound([account, from], [account, to]);

/**
 * Keep each score as its day's snapshot; a later scoring on the same day replaces it. All days
 * of a batch go in one transaction, so a 1,000-row list page costs one commit, not a thousand.
 */
export async function saveScoreDays(scores: readonly Score[]): Promise<void> {
  if (!scores.length) return;
  const tx = (await db()).transaction('scoreDays', 'readwrite');
  await Promise.all([...scores.map((s) => tx.store.put(scoreDayOf(s))), tx.done]);
}

/**
 * What the side panel needs for one account: the days of the chart's window and the two days a
 * change could be measured from (the latest a week or more back, which may be older than the
 * window, and the first), oldest first.
 */
export async function trendDays(account: string, now: number): Promise<ScoreDay[]> {
  const store = (await db()).transaction('scoreDays').store;
  const [recent, latestBack, first] = await Promise.all([
    store.getAll(dayRange(account, windowStart(now), utcDay(now))),
    store.openCursor(dayRange(account, '', weekBack(now)), 'prev'),
    store.openCursor(dayRange(account), 'next'),
  ]);
  const byDay = new Map(recent.map((d) => [d.day, d]));
  for (const c of [latestBack, first]) if (c) byDay.set(c.value.day, c.value);
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** Each account's baseline day (see pickBaseline) for the scores given, in one transaction. */
export async function baselines(scores: readonly Pick<Score, 'account' | 'at'>[], now: number): Promise<Map<string, ScoreDay>> {
  const store = (await db()).transaction('scoreDays').store;
  const cut = weekBack(now);
  const out = new Map<string, ScoreDay>();
  await Promise.all(scores.map(async (s) => {
    const back = await store.openCursor(dayRange(s.account, '', cut), 'prev');
    const first = back ? null : await store.openCursor(dayRange(s.account), 'next');
    const base = pickBaseline(back?.value, first?.value, utcDay(s.at));
    if (base) out.set(s.account, base);
  }));
  return out;
}
