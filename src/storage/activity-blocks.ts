/**
 * Imported activity, kept in blocks: one file's rows sorted by account and cut every BLOCK_ROWS
 * rows, each block indexed by the accounts it holds. IndexedDB pays per record written (about
 * 0.15 ms in Chromium whatever the record's size), so 100,000 rows as 100,000 records took 15-20 s
 * to save and as 200 blocks take a fraction of a second. Histories are read for many neighbouring
 * accounts at once (history.ts loadHistories), so each block is read once for all it holds. A row
 * keeps the uid (`account|id`) it would have as a record of its own, so the same activity in two
 * files, or read from a page too, is counted and shown once.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ActivityBlock, ChurnLensDB, StoredInteraction } from './schema';

export const BLOCK_ROWS = 500;

/** A file's rows as blocks, in account order so each account's rows sit together. */
export function toBlocks(file: string, rows: StoredInteraction[]): ActivityBlock[] {
  const sorted = [...rows].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.at - b.at));
  const blocks: ActivityBlock[] = [];
  for (let i = 0; i < sorted.length; i += BLOCK_ROWS) {
    const items = sorted.slice(i, i + BLOCK_ROWS);
    blocks.push({ file, n: blocks.length, accounts: [...new Set(items.map((r) => r.account))], items });
  }
  return blocks;
}

/** Every block key of one file, for replacing what an earlier import of it wrote. */
export const fileBlocks = (file: string) => IDBKeyRange.bound([file, 0], [file, Infinity]);

/** An account's activity from records and blocks together: each uid once, oldest first. */
export function mergeRows(...parts: StoredInteraction[][]): StoredInteraction[] {
  const byUid = new Map<string, StoredInteraction>();
  for (const part of parts) for (const r of part) if (!byUid.has(r.uid)) byUid.set(r.uid, r);
  return [...byUid.values()].sort((a, b) => a.at - b.at);
}

type Tx = ArrayLike<StoreNames<ChurnLensDB>>;
type Blocks<T extends Tx, M extends IDBTransactionMode = 'readwrite'> = IDBPObjectStore<ChurnLensDB, T, 'activityBlocks', M>;

/** Every block holding rows of any of these accounts, each read once however many of them it holds. */
export async function blocksHolding<T extends Tx, M extends IDBTransactionMode>(store: Blocks<T, M>, accounts: Iterable<string>): Promise<ActivityBlock[]> {
  const index = store.index('byAccount');
  const keys = new Map<string, [string, number]>();
  for (const held of await Promise.all([...accounts].map((a) => index.getAllKeys(a)))) {
    for (const k of held) keys.set(`${k[0]}\u0000${k[1]}`, k);
  }
  return (await Promise.all([...keys.values()].map((k) => store.get(k)))).filter((b): b is ActivityBlock => b !== undefined);
}

/**
 * Give one account's rows to another (an account known by name whose record id turned up), or drop
 * them (`to` undefined), rewriting only the blocks that hold them.
 */
export async function moveBlockRows<T extends Tx>(store: Blocks<T>, from: string, to?: string): Promise<void> {
  for (const block of await store.index('byAccount').getAll(from)) {
    const items = block.items.flatMap((r) => (r.account !== from ? [r] : to ? [{ ...r, account: to, uid: `${to}|${r.id}` }] : []));
    if (!items.length) await store.delete([block.file, block.n]);
    else await store.put({ ...block, items, accounts: [...new Set(items.map((r) => r.account))] });
  }
}
