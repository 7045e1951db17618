import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../src/storage/db';
import { DB_VERSION } from '../../../src/storage/migrations';
import type { Account, Score } from '../../../src/core/types';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const account = (i: number): Account => ({
  key: `demo:acc-${i}`, crm: 'demo', name: `客户 ${i}`, fields: { arr: { raw: '$1,000', num: 1000 } },
  firstSeen: i, lastSeen: i + 1,
});
const score = (i: number): Score => ({
  account: `demo:acc-${i}`, at: i, level: i % 2 ? 'high' : 'low', risk: i, valueAtRisk: i * 10,
  contributions: [], causes: [], actions: [], model: 'scorecard',
});

describe('schema migrations', () => {
  it('upgrades a filled v1 database and keeps every record', async () => {
    const v1 = await openDb(1);
    expect([...v1.objectStoreNames].sort()).toEqual(['accounts', 'interactions', 'notes', 'scores', 'settings', 'snapshots']);
    for (let i = 0; i < 25; i++) {
      await v1.put('accounts', account(i));
      await v1.add('snapshots', { account: `demo:acc-${i}`, at: i, fields: { nps: { raw: '7', num: 7 } } });
      await v1.put('interactions', { uid: `demo:acc-${i}|x`, id: 'x', account: `demo:acc-${i}`, at: i, kind: 'call', source: 'page' });
      await v1.put('notes', { id: `n${i}`, account: `demo:acc-${i}`, at: i, text: `note ${i}` });
      await v1.put('scores', score(i));
    }
    await v1.put('settings', { key: 'user', value: { lang: 'zh_CN' } });
    v1.close();

    const latest = await openDb();
    expect(latest.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThan(1);
    expect(await latest.count('accounts')).toBe(25);
    expect(await latest.count('snapshots')).toBe(25);
    expect(await latest.count('interactions')).toBe(25);
    expect(await latest.count('notes')).toBe(25);
    expect(await latest.count('scores')).toBe(25);
    expect((await latest.get('accounts', 'demo:acc-7'))?.name).toBe('客户 7');
    expect((await latest.get('settings', 'user'))?.value).toEqual({ lang: 'zh_CN' });
    // The index v2 adds is built over the records v1 wrote.
    const top = await latest.getAllFromIndex('scores', 'byValueAtRisk', IDBKeyRange.lowerBound(200));
    expect(top.map((s) => s.account).sort()).toEqual(['demo:acc-20', 'demo:acc-21', 'demo:acc-22', 'demo:acc-23', 'demo:acc-24']);
    expect([...latest.objectStoreNames]).toEqual(expect.arrayContaining(['recipes', 'models', 'aliases']));
    latest.close();
  });

  it('creates the latest schema directly on a fresh profile', async () => {
    const d = await openDb();
    expect(d.version).toBe(DB_VERSION);
    expect([...d.transaction('scores').store.indexNames].sort()).toEqual(['byLevel', 'byValueAtRisk']);
    d.close();
  });
});
