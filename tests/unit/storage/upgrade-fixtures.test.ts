/**
 * Databases as earlier schema versions left them on users' machines (tests/fixtures/db/v<N>.json:
 * stores, indexes and records, dumped once from the shipped migrations at that version on
 * 2026-12-02 and never regenerated) are rebuilt with the raw IndexedDB API, not with today's
 * migrations, and then opened by today's code. Every record must come through unchanged. A new
 * schema version adds the fixture of the one before it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../../src/storage/db';
import { DB_VERSION } from '../../../src/storage/migrations';
import { DB_NAME } from '../../../src/storage/schema';

interface StoreFixture {
  keyPath: string | string[];
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  records: Record<string, unknown>[];
}
interface DbFixture { version: number; stores: Record<string, StoreFixture> }

const DIR = resolve(import.meta.dirname, '../../fixtures/db');
const fixtures = readdirSync(DIR).filter((f) => /^v\d+\.json$/.test(f)).map((f) => JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as DbFixture);

function build(f: DbFixture): Promise<void> {
  return new Promise((done, fail) => {
    const req = indexedDB.open(DB_NAME, f.version);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const [name, s] of Object.entries(f.stores)) {
        const store = db.createObjectStore(name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const ix of s.indexes) store.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry });
        for (const r of s.records) store.put(r);
      }
    };
    req.onsuccess = () => (req.result.close(), done());
    req.onerror = () => fail(req.error);
  });
}

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('upgrading databases that earlier versions wrote', () => {
  it('has a fixture for every earlier schema version', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const f of fixtures) {
    it(`keeps every record of a v${f.version} database, field for field`, async () => {
      await build(f);
      const db = await openDb();
      expect(db.version).toBe(DB_VERSION);
      let records = 0;
      for (const [name, s] of Object.entries(f.stores)) {
        const now = await db.getAll(name as never);
        expect(now, name).toEqual(s.records);
        records += now.length;
      }
      expect(records).toBeGreaterThan(50);
      db.close();
    });
  }
});
