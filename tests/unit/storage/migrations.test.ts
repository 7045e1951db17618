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
    expect([...latest.objectStoreNames]).toEqual(expect.arrayContaining(['recipes', 'models', 'aliases', 'tasks']));
    latest.close();
  });

  it('upgrades a filled v3 database to v4: every record stays and tasks start empty', async () => {
    const v3 = await openDb(3);
    expect([...v3.objectStoreNames]).not.toContain('tasks');
    for (let i = 0; i < 10; i++) {
      await v3.put('accounts', account(i));
      await v3.put('notes', { id: `n${i}`, account: `demo:acc-${i}`, at: i, text: `note ${i}` });
      await v3.put('scores', score(i));
    }
    await v3.put('aliases', { from: 'name:https://crm.example.com:acme', to: 'demo:acc-3' });
    await v3.put('recipes', { version: 1, origin: 'https://crm.example.com', name: { selector: 'h1' }, fields: [], updatedAt: 1 });
    v3.close();

    const v4 = await openDb(4);
    expect(await v4.count('accounts')).toBe(10);
    expect(await v4.count('notes')).toBe(10);
    expect(await v4.count('scores')).toBe(10);
    expect((await v4.get('aliases', 'name:https://crm.example.com:acme'))?.to).toBe('demo:acc-3');
    expect((await v4.get('recipes', 'https://crm.example.com'))?.name.selector).toBe('h1');
    expect((await v4.get('notes', 'n4'))?.text).toBe('note 4');
    expect(await v4.count('tasks')).toBe(0);
    expect([...v4.transaction('tasks').store.indexNames].sort()).toEqual(['byAccount', 'byStatusDue']);
    await v4.put('tasks', { id: 't1', account: 'demo:acc-1', title: 'Call', due: '2026-12-01', status: 'open', createdAt: 5 });
    expect(await v4.countFromIndex('tasks', 'byAccount', IDBKeyRange.bound(['demo:acc-1', 0], ['demo:acc-1', Infinity]))).toBe(1);
    v4.close();
  });

  it('creates the latest schema directly on a fresh profile', async () => {
    const d = await openDb();
    expect(d.version).toBe(DB_VERSION);
    expect([...d.transaction('scores').store.indexNames].sort()).toEqual(['byLevel', 'byValueAtRisk']);
    d.close();
  });
});
