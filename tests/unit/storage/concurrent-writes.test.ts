/**
 * Two tabs (or twenty) writing the same account at once lose nothing: each read is one transaction
 * over accounts, snapshots and interactions, so writes land whole and one after another.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, db } from '../../../src/storage/db';
import { loadHistory, recordReads } from '../../../src/storage/history';

const NOW = Date.UTC(2026, 11, 2);
const DAY = 86_400_000;

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('writes to one account at once', () => {
  it('keeps every field, snapshot and interaction from every tab', async () => {
    const tabs = 20;
    await Promise.all(
      Array.from({ length: tabs }, (_, t) =>
        recordReads([{
          key: 'demo:acc-1', name: 'Acme 阿克米',
          // Each tab shows a field of its own and one the others show too, with its own value.
          fields: { [`seen by tab ${t}`]: { raw: String(t) }, owner: { raw: `Owner ${t}` } },
          interactions: [{ id: `tab-${t}`, at: NOW - t * DAY, kind: 'call', text: `call from tab ${t}`, source: 'page' }],
        }], NOW + t),
      ),
    );
    const h = (await loadHistory('demo:acc-1'))!;
    expect(h.interactions.map((i) => i.id).sort()).toEqual(Array.from({ length: tabs }, (_, t) => `tab-${t}`).sort());
    for (let t = 0; t < tabs; t++) expect(h.account.fields[`seen by tab ${t}`]?.raw).toBe(String(t));
    // The last write wins the shared field, whole: never a mix of two tabs' values.
    expect(h.account.fields.owner?.raw).toMatch(/^Owner \d+$/);
    expect(h.snapshots).toHaveLength(tabs);
    expect(await (await db()).count('accounts')).toBe(1);
  });
});
