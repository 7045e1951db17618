import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rescore } from '../../../src/background/scoring';
import { utcDay } from '../../../src/core/trend';
import type { Score } from '../../../src/core/types';
import { closeDb, db } from '../../../src/storage/db';
import { mergeAccount, recordReads } from '../../../src/storage/history';
import { baselines, saveScoreDays, trendDays } from '../../../src/storage/score-days';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 9);
const realTransaction = IDBDatabase.prototype.transaction;

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  IDBDatabase.prototype.transaction = realTransaction;
});

/** Accounts that went quiet `quiet` days before `NOW`, with calls every two weeks before that. */
async function read(keys: string[], quiet: number) {
  await recordReads(
    keys.map((key) => ({
      key, name: key, fields: {},
      interactions: Array.from({ length: 8 }, (_, k) => ({ id: `c${k}`, at: NOW - (quiet + k * 14) * DAY, kind: 'call' as const, source: 'page' as const })),
    })),
    NOW - 200 * DAY,
  );
}

const stored = async () => (await db()).getAll('scoreDays');
const fakeScore = (account: string, at: number, level: Score['level'] = 'low'): Score => ({
  account, at, level, risk: 10, valueAtRisk: 0, contributions: [], causes: [], actions: [], model: 'scorecard',
});

describe('score days', () => {
  it('keeps one per account per day: a later scoring that day replaces it, the next day adds one', async () => {
    await read(['demo:a', 'demo:b'], 30);
    const early = await rescore(['demo:a', 'demo:b'], NOW - 3 * DAY);
    await rescore(['demo:a', 'demo:b'], NOW - 3 * DAY + 3_600_000);
    await rescore(['demo:a'], NOW);
    const days = await stored();
    expect(days.map((d) => [d.account, d.day])).toEqual([
      ['demo:a', utcDay(NOW - 3 * DAY)], ['demo:a', utcDay(NOW)], ['demo:b', utcDay(NOW - 3 * DAY)],
    ]);
    const b = days.find((d) => d.account === 'demo:b')!;
    expect(b.at).toBe(NOW - 3 * DAY + 3_600_000);
    // The silence grew between the two scorings of account a, and its day says so in points.
    const a = days.filter((d) => d.account === 'demo:a');
    expect(a[1]!.points.silence).toBeGreaterThan(a[0]!.points.silence ?? 0);
    expect(early[0]!.contributions.length).toBeGreaterThan(0);
  });

  it('writes every day of a rescoring batch in one transaction', async () => {
    const keys = Array.from({ length: 120 }, (_, i) => `demo:acc-${i}`);
    await read(keys, 20);
    const writes: string[][] = [];
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], ...rest: unknown[]) {
      const list = typeof names === 'string' ? [names] : [...names];
      // Reads (the week's rise looks at earlier days) are not writes.
      if (list.includes('scoreDays') && rest[0] === 'readwrite') writes.push(list);
      return (realTransaction as (...a: unknown[]) => IDBTransaction).call(this, names, ...rest);
    } as typeof IDBDatabase.prototype.transaction;
    await rescore(keys, NOW);
    expect(writes).toEqual([['scoreDays']]);
    expect(await stored()).toHaveLength(120);
  });

  it('gives the side panel the 90-day window and the days a change is measured from', async () => {
    const at = (n: number) => NOW - n * DAY;
    await saveScoreDays([400, 200, 100, 89, 30, 8, 3, 0].map((n) => fakeScore('demo:a', at(n))));
    await saveScoreDays([fakeScore('demo:ab', at(1)), fakeScore('demo:', at(1))]);
    // The window (89 days back to today), the latest a week or more back (in it: 8), and the first (400).
    expect((await trendDays('demo:a', NOW)).map((d) => d.day)).toEqual([400, 89, 30, 8, 3, 0].map((n) => utcDay(at(n))));
    // Not scored for months: the last known day still stands as the baseline, outside the window.
    expect((await trendDays('demo:a', at(-150))).map((d) => d.day)).toEqual([utcDay(at(400)), utcDay(at(0))]);
    expect(await trendDays('demo:none', NOW)).toEqual([]);
  });

  it('follow an account known by name to its record id; the record’s own score stands on a day both have', async () => {
    const at = (n: number) => NOW - n * DAY;
    await recordReads([{ key: 'name:demo:acme', name: 'Acme', fields: {}, interactions: [] }], at(9));
    await saveScoreDays([fakeScore('name:demo:acme', at(9), 'low'), fakeScore('name:demo:acme', at(1), 'medium'), fakeScore('demo:acc-9', at(1), 'high')]);
    expect(await mergeAccount('name:demo:acme', 'demo:acc-9')).toBe(true);
    expect((await stored()).map((d) => [d.account, d.day, d.level])).toEqual([
      ['demo:acc-9', utcDay(at(9)), 'low'], ['demo:acc-9', utcDay(at(1)), 'high'],
    ]);
  });

  it('finds each flagged account’s baseline day: a week or more back, else its first', async () => {
    const at = (n: number) => NOW - n * DAY;
    await saveScoreDays([
      fakeScore('demo:old', at(20), 'low'), fakeScore('demo:old', at(9), 'medium'), fakeScore('demo:old', at(2), 'low'),
      fakeScore('demo:new', at(3), 'low'), fakeScore('demo:today', at(0), 'low'),
    ]);
    const got = await baselines([fakeScore('demo:old', NOW, 'high'), fakeScore('demo:new', NOW), fakeScore('demo:today', NOW), fakeScore('demo:never', NOW)], NOW);
    expect(Object.fromEntries([...got].map(([k, d]) => [k, [d.day, d.level]]))).toEqual({
      'demo:old': [utcDay(at(9)), 'medium'],
      'demo:new': [utcDay(at(3)), 'low'],
    });
  });
});
