import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { retrain } from '../../../src/background/training';
import { rescore } from '../../../src/background/scoring';
import { closeDb } from '../../../src/storage/db';
import { recordReads } from '../../../src/storage/history';
import { getModel } from '../../../src/storage/models';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

/** Accounts read from a CRM whose status field says who left: the lost ones went quiet first. */
async function readAccounts(n: number) {
  await recordReads(
    Array.from({ length: n }, (_, i) => {
      const lost = i % 3 === 0;
      const quiet = lost ? 50 + (i % 7) * 15 : (i % 5) * 8;
      return {
        key: `demo:acc-${i}`, name: `Account ${i}`,
        fields: { status: { raw: lost ? 'Churned' : 'Active' } },
        interactions: Array.from({ length: 8 }, (_, k) => ({ id: `c${k}`, at: NOW - (quiet + k * 14) * DAY, kind: 'call' as const, source: 'page' as const })),
      };
    }),
    NOW,
  );
}

describe('retraining in the worker', () => {
  it('keeps no model while outcomes are too few', async () => {
    await readAccounts(12);
    expect(await retrain(NOW)).toMatchObject({ trained: false, positives: 4, negatives: 8 });
    expect(await getModel('risk')).toBeNull();
  });

  it('trains on labelled accounts, stores the model, and scoring uses it', async () => {
    await readAccounts(60);
    const r = await retrain(NOW);
    expect(r).toEqual({ trained: true, positives: 20, negatives: 40 });
    expect((await getModel('risk'))?.columns).toContain('silence');
    const [quiet, busy] = await rescore(['demo:acc-0', 'demo:acc-1'], NOW);
    expect(quiet.model).toMatch(/^logistic \(20\+40\)/);
    expect(quiet.risk!).toBeGreaterThan(busy.risk!);
  });
});
