/**
 * Account history: accounts, snapshots and interactions. Every write that spans stores is one
 * transaction, so a page read is either kept whole or not at all.
 */
import type { Account, FieldValue, Interaction } from '../core/types';
import type { AccountHistory } from '../core/engine';
import { outcomeFromStatus } from '../core/learn';
import { blocksHolding, mergeRows, moveBlockRows } from './activity-blocks';
import { accountRange, db } from './db';
import { moveReviewRow } from './reviews';
import { dayRange } from './score-days';
import type { StoredInteraction } from './schema';

export interface PageRead {
  key: string;
  name: string;
  url?: string;
  fields: Record<string, FieldValue>;
  interactions: Omit<Interaction, 'account'>[];
  /** Set by a record page's read (empty when it read everything); list rows leave it as it was. */
  problems?: string[];
}

/** A visit that shows the same values as the last one within this window adds no snapshot. */
const SAME_SNAPSHOT_MS = 60 * 60 * 1000;

const sameFields = (a: Record<string, FieldValue>, b: Record<string, FieldValue>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k]?.raw === a[k].raw);
};

export const crmOf = (key: string) => key.slice(0, key.indexOf(':'));

/** Store one or more reads (a record page, or the rows of a list) atomically. */
export async function recordReads(reads: PageRead[], now: number): Promise<void> {
  const d = await db();
  const tx = d.transaction(['accounts', 'snapshots', 'interactions'], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const snapshots = tx.objectStore('snapshots');
  const interactions = tx.objectStore('interactions');
  for (const read of reads) {
    const prev = await accounts.get(read.key);
    // The CRM's status field is the team's own label: an account marked lost is a lesson.
    const outcome = outcomeFromStatus(read.fields.status?.raw) ?? prev?.outcome;
    const readProblems = read.problems ?? prev?.readProblems;
    const account: Account = {
      key: read.key,
      crm: crmOf(read.key),
      name: read.name || prev?.name || read.key,
      url: read.url ?? prev?.url,
      fields: { ...prev?.fields, ...read.fields },
      firstSeen: prev?.firstSeen ?? now,
      lastSeen: now,
      ...(outcome ? { outcome } : {}),
      ...(readProblems?.length ? { readProblems } : {}),
    };
    await accounts.put(account);
    if (Object.keys(read.fields).length > 0) {
      const last = await snapshots.index('byAccount').openCursor(
        accountRange(read.key),
        'prev',
      );
      const unchanged = last && now - last.value.at < SAME_SNAPSHOT_MS && sameFields(last.value.fields, read.fields);
      if (!unchanged) await snapshots.add({ account: read.key, at: now, url: read.url, fields: read.fields });
    }
    for (const it of read.interactions) {
      await interactions.put({ ...it, account: read.key, uid: `${read.key}|${it.id}` });
    }
  }
  await tx.done;
}


export async function loadHistory(key: string): Promise<AccountHistory | null> {
  return (await loadHistories([key])).get(key) ?? null;
}

/**
 * Several accounts' histories in one transaction. Imported rows sit in blocks shared by neighbouring
 * accounts: each block is read once for all of them, so scoring a batch of accounts reads a few
 * blocks per file, not one or two per account.
 */
export async function loadHistories(keys: string[]): Promise<Map<string, AccountHistory>> {
  const tx = (await db()).transaction(['accounts', 'snapshots', 'interactions', 'activityBlocks', 'notes']);
  const [each, blocks] = await Promise.all([
    Promise.all(keys.map(async (key) => {
      const [account, snapshots, read, notes] = await Promise.all([
        tx.objectStore('accounts').get(key),
        tx.objectStore('snapshots').index('byAccount').getAll(accountRange(key)),
        tx.objectStore('interactions').index('byAccount').getAll(accountRange(key)),
        tx.objectStore('notes').index('byAccount').getAll(accountRange(key)),
      ]);
      return { key, account, snapshots, read, notes };
    })),
    blocksHolding(tx.objectStore('activityBlocks'), keys),
  ]);
  const wanted = new Map(keys.map((k) => [k, [] as StoredInteraction[]]));
  for (const block of blocks) for (const r of block.items) wanted.get(r.account)?.push(r);
  const out = new Map<string, AccountHistory>();
  for (const { key, account, snapshots, read, notes } of each) {
    if (account) out.set(key, { account, snapshots, interactions: mergeRows(read, wanted.get(key)!), notes });
  }
  return out;
}

/** Every account's activity, read from pages and imported, each row once: for models fitted on all of it. */
export async function allActivity(): Promise<Interaction[]> {
  const tx = (await db()).transaction(['interactions', 'activityBlocks']);
  const [read, blocks] = await Promise.all([tx.objectStore('interactions').getAll(), tx.objectStore('activityBlocks').getAll()]);
  return mergeRows(read, blocks.flatMap((b) => b.items));
}

/**
 * Move everything kept under `from` (an account known only by name) to `to` (its real id), in one
 * transaction. The record page's own values win where both have one.
 */
export async function mergeAccount(from: string, to: string): Promise<boolean> {
  if (from === to) return false;
  const d = await db();
  const tx = d.transaction(['accounts', 'snapshots', 'interactions', 'activityBlocks', 'notes', 'tasks', 'scores', 'aliases', 'verdicts', 'reviews', 'settings', 'scoreDays'], 'readwrite');
  await tx.objectStore('aliases').put({ from, to });
  const accounts = tx.objectStore('accounts');
  const old = await accounts.get(from);
  if (!old) {
    await tx.done;
    return false;
  }
  const target = await accounts.get(to);
  await accounts.put({
    ...old,
    ...target,
    key: to,
    crm: crmOf(to),
    fields: { ...old.fields, ...target?.fields },
    firstSeen: Math.min(old.firstSeen, target?.firstSeen ?? Infinity),
    lastSeen: Math.max(old.lastSeen, target?.lastSeen ?? -Infinity),
  });
  await accounts.delete(from);
  for (const s of await tx.objectStore('snapshots').index('byAccount').getAll(accountRange(from))) {
    await tx.objectStore('snapshots').put({ ...s, account: to });
  }
  for (const i of await tx.objectStore('interactions').index('byAccount').getAll(accountRange(from))) {
    await tx.objectStore('interactions').delete(i.uid);
    await tx.objectStore('interactions').put({ ...i, account: to, uid: `${to}|${i.id}` });
  }
  await moveBlockRows(tx.objectStore('activityBlocks'), from, to);
  for (const n of await tx.objectStore('notes').index('byAccount').getAll(accountRange(from))) {
    await tx.objectStore('notes').put({ ...n, account: to });
  }
  for (const t of await tx.objectStore('tasks').index('byAccount').getAll(accountRange(from))) {
    await tx.objectStore('tasks').put({ ...t, account: to });
  }
  for (const v of await tx.objectStore('verdicts').index('byAccount').getAll(accountRange(from))) {
    await tx.objectStore('verdicts').put({ ...v, account: to });
  }
  // Its review state goes with it where the record has none yet; the next scoring rewrites the rest of the row.
  await moveReviewRow({ reviews: tx.objectStore('reviews'), settings: tx.objectStore('settings') }, from, to);
  // Its trend goes with it; on a day the record was scored as well, the record's own score stands.
  const days = tx.objectStore('scoreDays');
  for (const day of await days.getAll(dayRange(from))) {
    if (!(await days.get([to, day.day]))) await days.put({ ...day, account: to });
    await days.delete([from, day.day]);
  }
  await tx.objectStore('scores').delete(from);
  await tx.done;
  return true;
}

/** Keys as the store knows them: a name key whose record id is known resolves to that id. */
export async function resolveKeys(keys: string[]): Promise<string[]> {
  const aliases = (await db()).transaction('aliases').store;
  return Promise.all(keys.map(async (k) => (k.startsWith('name:') ? ((await aliases.get(k))?.to ?? k) : k)));
}

/** The accounts under these keys, each read once however often its key repeats, in one transaction. */
export async function accountsByKey(keys: Iterable<string>): Promise<Map<string, Account>> {
  const store = (await db()).transaction('accounts').store;
  const found = await Promise.all([...new Set(keys)].map((k) => store.get(k)));
  return new Map(found.flatMap((a) => (a ? [[a.key, a] as const] : [])));
}

export async function labelledKeys(): Promise<string[]> {
  const all = await (await db()).getAll('accounts');
  return all.filter((a) => a.outcome).map((a) => a.key);
}
