/**
 * Account history: accounts, snapshots and interactions. Every write that spans stores is one
 * transaction, so a page read is either kept whole or not at all.
 */
import type { Account, FieldValue, Interaction } from '../core/types';
import type { AccountHistory } from '../core/engine';
import { db } from './db';

export interface PageRead {
  key: string;
  name: string;
  url?: string;
  fields: Record<string, FieldValue>;
  interactions: Omit<Interaction, 'account'>[];
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
    const account: Account = {
      key: read.key,
      crm: crmOf(read.key),
      name: read.name || prev?.name || read.key,
      url: read.url ?? prev?.url,
      fields: { ...prev?.fields, ...read.fields },
      firstSeen: prev?.firstSeen ?? now,
      lastSeen: now,
      ...(prev?.outcome ? { outcome: prev.outcome } : {}),
    };
    await accounts.put(account);
    if (Object.keys(read.fields).length > 0) {
      const last = await snapshots.index('byAccount').openCursor(
        IDBKeyRange.bound([read.key, -Infinity], [read.key, Infinity]),
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

const accountRange = (key: string) => IDBKeyRange.bound([key, -Infinity], [key, Infinity]);

export async function loadHistory(key: string): Promise<AccountHistory | null> {
  const d = await db();
  const tx = d.transaction(['accounts', 'snapshots', 'interactions', 'notes']);
  const account = await tx.objectStore('accounts').get(key);
  if (!account) return null;
  const [snapshots, interactions, notes] = await Promise.all([
    tx.objectStore('snapshots').index('byAccount').getAll(accountRange(key)),
    tx.objectStore('interactions').index('byAccount').getAll(accountRange(key)),
    tx.objectStore('notes').index('byAccount').getAll(accountRange(key)),
  ]);
  return { account, snapshots, interactions, notes };
}
