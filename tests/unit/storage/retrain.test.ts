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
    // Accounts the CRM gives no verdict on are scored by the model...
    const calls = (quiet: number) => Array.from({ length: 8 }, (_, k) => ({ id: `c${k}`, at: NOW - (quiet + k * 14) * DAY, kind: 'call' as const, source: 'page' as const }));
    await recordReads([{ key: 'demo:new-quiet', name: 'Quiet', fields: {}, interactions: calls(90) }, { key: 'demo:new-busy', name: 'Busy', fields: {}, interactions: calls(2) }], NOW);
    const [quiet, busy] = await rescore(['demo:new-quiet', 'demo:new-busy'], NOW);
    expect(quiet.model).toMatch(/^logistic \(20\+40\)/);
    expect(busy.model).toMatch(/^logistic/);
    expect(quiet.risk!).toBeGreaterThan(busy.risk!);
    // ...while one the CRM already marks as gone keeps that verdict, which is what the model guesses at.
    const [gone] = await rescore(['demo:acc-0'], NOW);
    expect(gone.model).toBe('scorecard');
    expect(gone.contributions.some((c) => c.feature === 'status')).toBe(true);
  });
});
