/**
 * What ChurnLens keeps from one CRM site, and forgetting it. An account belongs to a site by the
 * page it was read on (or the name key a list gave it there); every record that names the account
 * goes with it, in whichever store it lives, in one transaction.
 */
import type { StoreNames } from 'idb';
import { moveBlockRows } from './activity-blocks';
import { db } from './db';
import { originOf } from './imports';
import type { ChurnLensDB } from './schema';
import type { RevokedSite } from '../messages';

const REVOKED = 'revokedSites';

export async function siteAccountKeys(origin: string): Promise<Set<string>> {
  const all = await (await db()).getAll('accounts');
  return new Set(all.filter((a) => originOf(a.url) === origin || a.key.startsWith(`name:${origin}:`)).map((a) => a.key));
}

/** Which account a record speaks for, whatever store it is in. */
function ownerOf(store: string, value: Record<string, unknown>): unknown[] {
  if (store === 'accounts') return [value.key];
  if (store === 'aliases') return [value.from, value.to];
  return [value.account];
}

/** Delete every account read on `origin` and everything kept about it; returns how many accounts. */
export async function deleteSiteData(origin: string): Promise<number> {
  const keys = await siteAccountKeys(origin);
  const d = await db();
  const names = [...d.objectStoreNames].filter((n) => !['settings', 'recipes', 'models', 'imports'].includes(n)) as StoreNames<ChurnLensDB>[];
  const tx = d.transaction(names, 'readwrite');
  for (const name of names) {
    // A block holds rows of many accounts: only the site's rows leave it.
    if (name === 'activityBlocks') {
      for (const key of keys) await moveBlockRows(tx.objectStore(name), key);
      continue;
    }
    let cursor = await tx.objectStore(name).openCursor();
    while (cursor) {
      if (ownerOf(name, cursor.value as unknown as Record<string, unknown>).some((k) => keys.has(k as string))) await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  await forgetRevoked(origin);
  return keys.size;
}

export async function revokedSites(): Promise<RevokedSite[]> {
  return ((await (await db()).get('settings', REVOKED))?.value as RevokedSite[] | undefined) ?? [];
}

/** Access to these origins was taken back: where ChurnLens holds accounts from one, offer to delete them. */
export async function noteRevoked(origins: string[], now: number): Promise<void> {
  const list = (await revokedSites()).filter((r) => !origins.includes(r.origin));
  for (const origin of origins) {
    const accounts = (await siteAccountKeys(origin)).size;
    if (accounts) list.push({ origin, at: now, accounts });
  }
  await (await db()).put('settings', { key: REVOKED, value: list });
}

/** The user answered the offer (kept the data, or it was deleted), or access came back. */
export async function forgetRevoked(origin: string): Promise<void> {
  const list = (await revokedSites()).filter((r) => r.origin !== origin);
  await (await db()).put('settings', { key: REVOKED, value: list });
}
