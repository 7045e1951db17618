/**
 * Saving an import: every account and interaction of the file in ONE transaction, so a cancelled,
 * failed or interrupted import leaves nothing half-done. Rows join the accounts already known — by
 * CRM id (a page's record id, or the id an earlier import gave), else by name — and interactions
 * keep ids derived from their row, so importing the same file again adds nothing.
 */
import { nameKey } from '../adapters/name-key';
import { ImportError } from '../core/import/errors';
import type { AccountRef, ImportedAccount, ImportedInteraction } from '../core/import/rows';
import type { Account, ImportKind, ImportRecord } from '../core/types';
import type { IDBPObjectStore } from 'idb';
import { blocksHolding, fileBlocks, toBlocks } from './activity-blocks';
import { crmOf } from './history';
import { db } from './db';
import type { ChurnLensDB, StoredInteraction } from './schema';

export interface ImportMeta {
  fileId: string;
  fileName: string;
  kind: ImportKind;
  /** The CRM origin the export came from: its accounts are the ones to join. */
  site?: string;
}

export interface SaveProgress {
  (done: number, total: number): void;
}

/** Where unmatched imported accounts live: under a name key, so a later page read of them merges in. */
const IMPORT_SCOPE = 'import';
const idOfKey = (key: string) => key.slice(key.lastIndexOf(':') + 1);
const norm = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
/** The origin of the page an account was read on, if it has one. */
export const originOf = (url?: string) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/** The CRM's id an account is known by: its record id, or the id column of an earlier import. */
const crmIdsOf = (a: Account) => [a.key.startsWith('name:') ? undefined : idOfKey(a.key), a.fields.crmId?.raw].filter(Boolean) as string[];

function joiner(known: Account[], site?: string) {
  const scoped = site ? known.filter((a) => originOf(a.url) === site || a.key.startsWith(`name:${site}:`)) : known;
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const a of scoped) {
    for (const id of crmIdsOf(a)) if (!byId.has(id)) byId.set(id, a.key);
    if (!byName.has(norm(a.name))) byName.set(norm(a.name), a.key);
  }
  return (ref: AccountRef): string => {
    const hit = (ref.id && byId.get(ref.id)) || (ref.name && byName.get(norm(ref.name)));
    if (hit) return hit;
    const key = nameKey(site ?? IMPORT_SCOPE, ref.name ?? ref.id!);
    if (ref.id) byId.set(ref.id, key);
    if (ref.name) byName.set(norm(ref.name), key);
    return key;
  };
}

export const importRecordOf = async (fileId: string): Promise<ImportRecord | undefined> => (await db()).get('imports', fileId);

export async function listImports(): Promise<ImportRecord[]> {
  return (await (await db()).getAll('imports')).sort((a, b) => b.at - a.at);
}

/** The origins of the CRM pages accounts were read on, most accounts first. */
export async function knownSites(): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const a of await (await db()).getAll('accounts')) {
    const o = originOf(a.url);
    if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([o]) => o);
}

/**
 * Save a staged import. `cancelled` is asked as writes complete; when it says yes the transaction
 * is aborted and nothing stays. Returns the record kept and the keys of every account touched.
 * Activity goes into blocks (activity-blocks.ts); a row another file or a page already gave is
 * counted as there and kept once.
 */
export async function saveImport(
  meta: ImportMeta,
  accounts: ImportedAccount[],
  interactions: ImportedInteraction[],
  rows: number,
  skipped: number,
  now: number,
  progress: SaveProgress,
  cancelled: () => boolean,
): Promise<{ record: ImportRecord; keys: string[] }> {
  const d = await db();
  const tx = d.transaction(['accounts', 'snapshots', 'interactions', 'activityBlocks', 'imports'], 'readwrite');
  const accStore = tx.objectStore('accounts');
  const blockStore = tx.objectStore('activityBlocks');
  let aborted = false;
  const writes: Promise<unknown>[] = [];
  try {
    const known = new Map((await accStore.getAll()).map((a) => [a.key, a]));
    const keyOf = joiner([...known.values()], meta.site);
    const touched = new Map<string, ImportedAccount>();
    for (const a of accounts) touched.set(keyOf(a.ref), a);
    const activity = new Map<string, StoredInteraction>();
    for (const i of interactions) {
      const key = keyOf(i.ref);
      if (!touched.has(key)) touched.set(key, { ref: i.ref, fields: {} });
      const { ref: _ref, ...rest } = i;
      const row: StoredInteraction = { ...rest, account: key, uid: `${key}|${i.id}`, source: 'import' };
      activity.set(row.uid, row);
    }
    const { here, elsewhere } = await heldRows(tx.objectStore('interactions'), blockStore, meta.fileId, new Set([...activity.values()].map((r) => r.account)));
    const fresh = [...activity.values()].filter((r) => !elsewhere.has(r.uid));
    const blocks = toBlocks(meta.fileId, fresh);

    const changedAccounts: Account[] = [];
    for (const [key, imp] of touched) {
      const prev = known.get(key);
      const ref = imp.ref;
      const fields = { ...imp.fields, ...(ref.id ? { crmId: { raw: ref.id, label: 'ID' } } : {}) };
      const changed = Object.entries(fields).some(([k, v]) => prev?.fields[k]?.raw !== v.raw);
      const outcome = imp.outcome ?? prev?.outcome;
      if (prev && !changed && outcome === prev.outcome) continue;
      changedAccounts.push({
        ...prev,
        key,
        crm: prev?.crm ?? crmOf(key),
        name: prev?.name ?? ref.name ?? ref.id!,
        fields: { ...prev?.fields, ...fields },
        firstSeen: prev?.firstSeen ?? now,
        lastSeen: prev?.lastSeen ?? now,
        ...(outcome ? { outcome } : {}),
      });
      if (changed && Object.keys(imp.fields).length) writes.push(tx.objectStore('snapshots').add({ account: key, at: now, fields: imp.fields }));
    }

    const total = changedAccounts.length + fresh.length;
    let done = 0;
    const tick = (n: number) => () => {
      if (aborted) return;
      if (cancelled()) {
        aborted = true;
        tx.done.catch(() => {});
        tx.abort();
        return;
      }
      done += n;
      progress(done, total);
    };
    for (const a of changedAccounts) writes.push(accStore.put(a).then(tick(1)));
    writes.push(blockStore.delete(fileBlocks(meta.fileId)));
    for (const b of blocks) writes.push(blockStore.put(b).then(tick(b.items.length)));
    const record: ImportRecord = {
      id: meta.fileId, fileName: meta.fileName, kind: meta.kind, at: now, rows, skipped,
      added: {
        accounts: [...touched.keys()].filter((k) => !known.has(k)).length,
        interactions: fresh.filter((r) => !here.has(r.uid)).length,
      },
    };
    writes.push(tx.objectStore('imports').put(record));
    await Promise.all(writes);
    await tx.done;
    return { record, keys: [...touched.keys()] };
  } catch (e) {
    if (aborted) throw new ImportCancelled();
    // Whatever failed, what was queued must not commit: a transaction left alone commits.
    for (const w of [tx.done, ...writes]) w.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser.
    }
    // The disk or the browser's share of it is full: the transaction rolled back whole.
    if ((e as Error)?.name === 'QuotaExceededError' || tx.error?.name === 'QuotaExceededError') throw new ImportError('imp_err_quota');
    throw e;
  }
}

type SaveStores = ('accounts' | 'snapshots' | 'interactions' | 'activityBlocks' | 'imports')[];
type Store<N extends SaveStores[number]> = IDBPObjectStore<ChurnLensDB, SaveStores, N, 'readwrite'>;

/**
 * The uids of activity already kept for these accounts: in this file's earlier blocks (`here`,
 * about to be replaced) and anywhere else (`elsewhere`: pages, other files).
 */
async function heldRows(
  records: Store<'interactions'>,
  blocks: Store<'activityBlocks'>,
  file: string,
  accounts: Set<string>,
): Promise<{ here: Set<string>; elsewhere: Set<string> }> {
  const elsewhere = new Set<string>(await records.getAllKeys());
  const here = new Set<string>();
  // The first import has no blocks to look through: one request instead of one per account.
  if (!(await blocks.count())) return { here, elsewhere };
  for (const block of await blocksHolding(blocks, accounts)) {
    for (const r of block.items) if (accounts.has(r.account)) (block.file === file ? here : elsewhere).add(r.uid);
  }
  return { here, elsewhere };
}

export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
}
