/**
 * The manager's review list ('reviews' store): one compact row per flagged account, rewritten on
 * every scoring, carrying what the manager did with it (reviewed, snoozed). Rows are kept in 256
 * buckets (schema.ts ReviewBucket): reading ten thousand rows is reading 256 records, which
 * IndexedDB does several times faster than ten thousand. The team's last "Mark all reviewed" is one
 * record in 'settings'. Each change reads and writes its buckets in one transaction, so a scoring
 * and a click on the same account never overwrite each other, and stamps the list anew in it: the
 * worker keeps the rows it last read and reads them again only when the stamp has changed (or was
 * cleared with all data), so a popup opened beside a running worker gets them from memory.
 */
import type { IDBPDatabase } from 'idb';
import { bucketOf, keepsRow, mayHaveRisen, rowOf, type ReviewRow } from '../core/review';
import { levelRose } from '../core/trend';
import type { Account, Score } from '../core/types';
import { db } from './db';
import type { ChurnLensDB, ReviewBucket } from './schema';
import { baselines } from './score-days';

const REVIEWED_ALL = 'reviewedAll';
const BUILT = 'reviewRowsBuilt';
const STAMP = 'reviewRowsStamp';

export interface ReviewedAll {
  at: number;
  by: string;
}

type Reviews = { get(k: string): Promise<ReviewBucket | undefined>; put(v: ReviewBucket): Promise<unknown>; delete(k: string): Promise<unknown> };
type Settings = { put(v: { key: string; value: unknown }): Promise<unknown> };
/** The stores a change of the list writes, in the caller's transaction. */
export type ReviewStores = { reviews: Reviews; settings: Settings };

/** Change the rows of some accounts, bucket by bucket, and stamp the list as changed. */
async function update({ reviews: store, settings }: ReviewStores, keys: Iterable<string>, change: (key: string, row: ReviewRow | undefined) => ReviewRow | undefined): Promise<void> {
  await settings.put({ key: STAMP, value: crypto.randomUUID() });
  const byBucket = new Map<string, string[]>();
  for (const k of new Set(keys)) byBucket.set(bucketOf(k), [...(byBucket.get(bucketOf(k)) ?? []), k]);
  for (const [id, ks] of byBucket) {
    const rows = { ...(await store.get(id))?.rows };
    for (const k of ks) {
      const next = change(k, rows[k]);
      if (next) rows[k] = next;
      else delete rows[k];
    }
    if (Object.keys(rows).length) await store.put({ account: id, rows });
    else await store.delete(id);
  }
}

const storesOf = (tx: { objectStore(n: 'reviews'): Reviews; objectStore(n: 'settings'): Settings }): ReviewStores =>
  ({ reviews: tx.objectStore('reviews'), settings: tx.objectStore('settings') });

async function rowsOf(d: IDBPDatabase<ChurnLensDB>, keys: Iterable<string>): Promise<Map<string, ReviewRow>> {
  const store = d.transaction('reviews').store;
  const out = new Map<string, ReviewRow>();
  await Promise.all([...new Set([...keys].map(bucketOf))].map(async (id) => {
    for (const [k, r] of Object.entries((await store.get(id))?.rows ?? {})) out.set(k, r);
  }));
  return out;
}

/**
 * Rows for new scores; an account no longer flagged keeps its row only while it holds review state.
 * Whether its level rose within the week is judged here, against the score days just written,
 * for the few accounts whose level went up lately.
 */
export async function saveReviewRows(scores: readonly Score[], accounts: ReadonlyMap<string, Account>): Promise<void> {
  const scored = scores.filter((s) => accounts.has(s.account));
  if (!scored.length) return;
  const d = await db();
  const before = await rowsOf(d, scored.map((s) => s.account));
  const recent = scored.filter((s) => mayHaveRisen(rowOf(s, accounts.get(s.account)!, before.get(s.account))));
  const base = await baselines(recent, Math.max(...scored.map((s) => s.at)));
  const rose = new Set(recent.filter((s) => levelRose(s.level, base.get(s.account))).map((s) => s.account));
  const byKey = new Map(scored.map((s) => [s.account, s]));
  const tx = d.transaction(['reviews', 'settings'], 'readwrite');
  await update(storesOf(tx), byKey.keys(), (key, prev) => {
    const row = rowOf(byKey.get(key)!, accounts.get(key)!, prev, rose.has(key));
    return keepsRow(row) ? row : undefined;
  });
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
  if (!(await tx.objectStore('settings').get(BUILT))) {
    const fresh = new Map<string, ReviewRow>();
    for (const level of ['medium', 'high', 'critical']) {
      for (const s of await tx.objectStore('scores').index('byLevel').getAll(level)) {
        const account = await tx.objectStore('accounts').get(s.account);
        if (account) fresh.set(s.account, rowOf(s, account, undefined));
      }
    }
    await update(storesOf(tx), fresh.keys(), (key, row) => row ?? fresh.get(key));
    await tx.objectStore('settings').put({ key: BUILT, value: true });
  }
  await tx.done;
}

let kept: { stamp: unknown; rows: ReviewRow[] } | null = null;

/** Every row, from memory while the list's stamp is the one they were read under. */
export async function reviewRows(): Promise<ReviewRow[]> {
  const tx = (await db()).transaction(['reviews', 'settings']);
  const stamp = (await tx.objectStore('settings').get(STAMP))?.value;
  if (kept && kept.stamp === stamp) return kept.rows;
  const rows = (await tx.objectStore('reviews').getAll()).flatMap((b) => Object.values(b.rows));
  kept = { stamp, rows };
  return rows;
}

export type ReviewChange = { reviewedAt: number; snoozedUntil?: number | null };

/**
 * Mark accounts looked at (reviewedAt), and snooze them until a time or end their snooze (null).
 * Keys without a row (never flagged, or since merged away) are left alone; returns how many changed.
 */
export async function setReview(keys: readonly string[], change: ReviewChange, by: string): Promise<number> {
  const tx = (await db()).transaction(['reviews', 'settings'], 'readwrite');
  let n = 0;
  await update(storesOf(tx), keys, (_key, row) => {
    if (!row) return undefined;
    n++;
    const { snoozedUntil, ...rest } = row;
    const until = change.snoozedUntil === undefined ? snoozedUntil : change.snoozedUntil ?? undefined;
    return { ...rest, reviewedAt: change.reviewedAt, by, ...(until !== undefined ? { snoozedUntil: until } : {}) };
  });
  await tx.done;
  return n;
}

/** An account known by name met its record: its row goes along where the record has none yet (inside the merge's transaction). */
export async function moveReviewRow(stores: ReviewStores, from: string, to: string): Promise<void> {
  let moved: ReviewRow | undefined;
  await update(stores, [from], (_key, row) => {
    moved = row;
    return undefined;
  });
  if (moved) await update(stores, [to], (_key, row) => row ?? { ...moved!, account: to });
}

export async function getReviewedAll(): Promise<ReviewedAll | undefined> {
  return (await (await db()).get('settings', REVIEWED_ALL))?.value as ReviewedAll | undefined;
}

export async function setReviewedAll(r: ReviewedAll): Promise<void> {
  await (await db()).put('settings', { key: REVIEWED_ALL, value: r });
}
