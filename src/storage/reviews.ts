/**
 * The manager's review list ('reviews' store): one compact row per flagged account, rewritten on
 * every scoring, carrying what the manager did with it (reviewed, snoozed). The team's last "Mark
 * all reviewed" is one record in 'settings'. Each change reads and writes in one transaction, so a
 * scoring and a click on the same account never overwrite each other.
 */
import { keepsRow, rowOf, type ReviewRow } from '../core/review';
import type { Account, Score } from '../core/types';
import { db } from './db';

const REVIEWED_ALL = 'reviewedAll';
const BUILT = 'reviewRowsBuilt';

export interface ReviewedAll {
  at: number;
  by: string;
}

/** Rows for new scores; an account no longer flagged keeps its row only while it holds review state. */
export async function saveReviewRows(scores: readonly Score[], accounts: ReadonlyMap<string, Account>): Promise<void> {
  if (!scores.length) return;
  const tx = (await db()).transaction('reviews', 'readwrite');
  for (const s of scores) {
    const account = accounts.get(s.account);
    if (!account) continue;
    const prev = await tx.store.get(s.account);
    const row = rowOf(s, account, prev);
    if (keepsRow(row)) await tx.store.put(row);
    else if (prev) await tx.store.delete(s.account);
  }
  await tx.done;
}

/**
 * A database from before the review list has scores but no rows: build the flagged ones once,
 * from the stored scores (a flag in 'settings' says it is done; clearing all data clears it too).
 */
export async function ensureReviewRows(): Promise<void> {
  const d = await db();
  if (await d.get('settings', BUILT)) return;
  const tx = d.transaction(['settings', 'scores', 'accounts', 'reviews'], 'readwrite');
  const settings = tx.objectStore('settings');
  const reviews = tx.objectStore('reviews');
  if (!(await settings.get(BUILT))) {
    for (const level of ['medium', 'high', 'critical']) {
      for (const s of await tx.objectStore('scores').index('byLevel').getAll(level)) {
        const account = await tx.objectStore('accounts').get(s.account);
        if (account && !(await reviews.get(s.account))) await reviews.put(rowOf(s, account, undefined));
      }
    }
    await settings.put({ key: BUILT, value: true });
  }
  await tx.done;
}

export async function reviewRows(): Promise<ReviewRow[]> {
  return (await db()).getAll('reviews');
}

export async function reviewRow(key: string): Promise<ReviewRow | undefined> {
  return (await db()).get('reviews', key);
}

export type ReviewChange = { reviewedAt: number; snoozedUntil?: number | null };

/**
 * Mark accounts looked at (reviewedAt), and snooze them until a time or end their snooze (null).
 * Keys without a row (never flagged, or since merged away) are left alone; returns how many changed.
 */
export async function setReview(keys: readonly string[], change: ReviewChange, by: string): Promise<number> {
  const tx = (await db()).transaction('reviews', 'readwrite');
  let n = 0;
  for (const key of new Set(keys)) {
    const row = await tx.store.get(key);
    if (!row) continue;
    const { snoozedUntil, ...rest } = row;
    const until = change.snoozedUntil === undefined ? snoozedUntil : change.snoozedUntil ?? undefined;
    await tx.store.put({ ...rest, reviewedAt: change.reviewedAt, by, ...(until !== undefined ? { snoozedUntil: until } : {}) });
    n++;
  }
  await tx.done;
  return n;
}

export async function getReviewedAll(): Promise<ReviewedAll | undefined> {
  return (await (await db()).get('settings', REVIEWED_ALL))?.value as ReviewedAll | undefined;
}

export async function setReviewedAll(r: ReviewedAll): Promise<void> {
  await (await db()).put('settings', { key: REVIEWED_ALL, value: r });
}
