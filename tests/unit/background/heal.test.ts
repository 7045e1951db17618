/**
 * Accounts a stopped worker saved but never scored (fake-indexeddb): the next start scores each of
 * them once, and leaves the scores already kept as they were.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { scoreUnscored } from '../../../src/background/heal';
import { rescore } from '../../../src/background/scoring';
import { closeDb, db } from '../../../src/storage/db';
import { recordReads } from '../../../src/storage/history';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 9);

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('scoring what a stopped worker left unscored', () => {
  it('scores every account with no score, in batches, and no other', async () => {
    const keys = Array.from({ length: 450 }, (_, i) => `demo:acc-${i}`);
    await recordReads(keys.map((key, i) => ({
      key, name: key, fields: {},
      interactions: [{ id: 'c1', at: NOW - (10 + (i % 120)) * DAY, kind: 'call' as const, source: 'page' as const }],
    })), NOW - 300 * DAY);
    // The worker got through the first 100 before it was stopped.
    await rescore(keys.slice(0, 100), NOW - DAY);
    const kept = await (await db()).getAll('scores');
    expect(kept).toHaveLength(100);

    expect(await scoreUnscored(() => NOW)).toBe(350);
    const scores = await (await db()).getAll('scores');
    expect(scores.map((s) => s.account).sort()).toEqual([...keys].sort());
    // The hundred scored before keep their time; the rest are scored now.
    expect(scores.filter((s) => s.at === NOW - DAY).map((s) => s.account).sort()).toEqual(kept.map((s) => s.account).sort());
    expect(await scoreUnscored(() => NOW)).toBe(0);
  });
});
