/**
 * The review list in IndexedDB: rows follow every scoring, reviews and snoozes are kept, a snooze
 * ends by the clock, and a person's verdict stands through rescoring, retraining and a merge.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { flaggedRows } from '../../../src/background/review';
import { rescore, rescoreAll } from '../../../src/background/scoring';
import { retrain } from '../../../src/background/training';
import { bucketOf, countNew } from '../../../src/core/review';
import type { Verdict } from '../../../src/core/types';
import { clearAll, closeDb, db } from '../../../src/storage/db';
import { mergeAccount, recordReads } from '../../../src/storage/history';
import { getModel } from '../../../src/storage/models';
import { ensureReviewRows, getReviewedAll, reviewRows, setReview, setReviewedAll } from '../../../src/storage/reviews';
import { getScore } from '../../../src/storage/scores';
import { addVerdict } from '../../../src/storage/verdicts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);
const TEXTS = ['客户反馈设备频繁故障，要求返修', 'Support took 9 days to reply', 'They got a quote from a rival at 20% less', 'Asked for a 15% discount, budget is tight'];

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

/** Account i goes quiet for 12·i days after a complaint: 0–3 medium, 4+ high or critical; `healthy` ones call weekly. */
async function read(keys: number[], { healthy = false, at = NOW } = {}) {
  await recordReads(keys.map((i) => ({
    key: `demo:acc-${i}`, name: `客户 Account ${i}`, url: `https://crm${i % 2}.example.com/a/${i}`,
    fields: { owner: { raw: i % 3 ? 'Anna' : '王芳' }, arr: { raw: '120000', num: 120000 } },
    interactions: healthy
      // The same entry ids as a troubled account's, so re-reading one as healthy replaces its complaint.
      ? Array.from({ length: 8 }, (_, k) => ({ id: `c${k}`, at: at - k * 7 * DAY, kind: 'call' as const, text: 'Quarterly review went well', source: 'page' as const }))
      : Array.from({ length: 4 }, (_, k) => ({
        id: `c${k}`, at: at - (i * 12 + k * 20) * DAY, kind: (k ? 'call' : 'complaint') as 'call', text: TEXTS[i % 4], source: 'page' as const,
      })),
  })), at);
  return rescore(keys.map((i) => `demo:acc-${i}`), at);
}

/** One account's row, as the list holds it. */
const reviewRow = async (key: string) => (await reviewRows()).find((r) => r.account === key);

const verdict = (over: Partial<Verdict> & Pick<Verdict, 'account' | 'kind'>): Verdict => ({ id: crypto.randomUUID(), by: 'Anna', at: NOW, ...over });

describe('the review list', () => {
  it('keeps a compact row for every flagged account, with its owner and site', async () => {
    const scores = await read([0, 1, 5, 7]);
    await read([20], { healthy: true });
    const rows = await reviewRows();
    expect(rows.map((r) => r.account).sort()).toEqual(scores.map((s) => s.account).sort());
    expect(await reviewRow('demo:acc-20')).toBeUndefined();
    expect(await reviewRow('demo:acc-5')).toMatchObject({ owner: 'Anna', site: 'https://crm1.example.com', name: '客户 Account 5', raisedAt: NOW });
    const listed = await flaggedRows(NOW);
    expect(listed.map((r) => r.valueAtRisk)).toEqual([...listed.map((r) => r.valueAtRisk)].sort((a, b) => b - a));
    expect(listed.every((r) => r.status === 'new')).toBe(true);
  });

  it('answers from the list it judged last until a change, a snooze end or the next day calls for judging again', async () => {
    await read([0, 1, 5, 7]);
    const first = await flaggedRows(NOW + 1);
    expect(await flaggedRows(NOW + 2)).toBe(first);
    // Reviewed: the list changed.
    await setReview(['demo:acc-0'], { reviewedAt: NOW + 3 }, 'Anna');
    const reviewed = await flaggedRows(NOW + 4);
    expect(reviewed).not.toBe(first);
    expect(reviewed.find((r) => r.key === 'demo:acc-0')?.status).toBe('reviewed');
    // A snooze ends by the clock alone: the list kept while it ran is not given after its end.
    await setReview(['demo:acc-5'], { reviewedAt: NOW + 5, snoozedUntil: NOW + 3_600_000 }, 'Anna');
    const status = async (t: number) => (await flaggedRows(t)).find((r) => r.key === 'demo:acc-5')?.status;
    expect(await status(NOW + 6)).toBe('snoozed');
    expect(await status(NOW + 3_600_000)).toBe('new');
    // "Mark all reviewed", and a new UTC day, each judge again; so does an earlier clock.
    const before = await flaggedRows(NOW + 3_600_001);
    await setReviewedAll({ at: NOW + 3_600_002, by: 'Anna' });
    const all = await flaggedRows(NOW + 3_600_003);
    expect(all).not.toBe(before);
    expect(all.every((r) => r.status === 'reviewed')).toBe(true);
    expect(await flaggedRows(NOW + DAY)).not.toBe(all);
    expect(await flaggedRows(NOW + 7)).not.toBe(await flaggedRows(NOW + DAY + 1));
  });

  it('marks reviewed, snoozes, and a snooze ends by the clock alone', async () => {
    await read([0, 1, 5, 7]);
    expect(countNew(await reviewRows(), undefined, NOW)).toBe(4);
    expect(await setReview(['demo:acc-0', 'demo:acc-404'], { reviewedAt: NOW + 1 }, 'Anna')).toBe(1);
    await setReview(['demo:acc-5'], { reviewedAt: NOW + 1, snoozedUntil: NOW + 7 * DAY }, 'Anna');
    expect(countNew(await reviewRows(), undefined, NOW + DAY)).toBe(2);
    const at = (t: number) => flaggedRows(t).then((rs) => Object.fromEntries(rs.map((r) => [r.key, r.status])));
    expect(await at(NOW + DAY)).toMatchObject({ 'demo:acc-0': 'reviewed', 'demo:acc-5': 'snoozed', 'demo:acc-1': 'new' });
    // A rescoring in between keeps what the manager did.
    await rescore(['demo:acc-0', 'demo:acc-5'], NOW + 2 * DAY);
    expect(await reviewRow('demo:acc-5')).toMatchObject({ snoozedUntil: NOW + 7 * DAY, reviewedAt: NOW + 1, by: 'Anna' });
    expect((await at(NOW + 7 * DAY + 1))['demo:acc-5']).toBe('new');
    expect(countNew(await reviewRows(), undefined, NOW + 7 * DAY + 1)).toBe(3);
    // "Mark all reviewed" after it came back: nothing new.
    await setReviewedAll({ at: NOW + 8 * DAY, by: 'Anna' });
    expect(await getReviewedAll()).toEqual({ at: NOW + 8 * DAY, by: 'Anna' });
    expect(countNew(await reviewRows(), (await getReviewedAll())!.at, NOW + 8 * DAY)).toBe(0);
    // A snooze ended early by hand.
    await setReview(['demo:acc-7'], { reviewedAt: NOW + 9 * DAY, snoozedUntil: NOW + 99 * DAY }, 'Anna');
    await setReview(['demo:acc-7'], { reviewedAt: NOW + 9 * DAY, snoozedUntil: null }, 'Anna');
    expect((await reviewRow('demo:acc-7'))?.snoozedUntil).toBeUndefined();
  });

  it('drops the row of an account no longer flagged unless it holds review state', async () => {
    await read([5, 7]);
    await setReview(['demo:acc-7'], { reviewedAt: NOW + 1, snoozedUntil: NOW + 30 * DAY }, 'Anna');
    const later = NOW + DAY;
    await read([5, 7], { healthy: true, at: later });
    expect(await reviewRow('demo:acc-5')).toBeUndefined();
    expect(await reviewRow('demo:acc-7')).toMatchObject({ level: 'low', snoozedUntil: NOW + 30 * DAY });
    expect((await flaggedRows(later)).map((r) => r.key)).toEqual([]);
  });

  it('marks a level that rose within the week, until that rise is a week old', async () => {
    const [, was] = await read([1, 7]);
    const later = NOW + 100 * DAY;
    const [risen, other] = await rescore(['demo:acc-1', 'demo:acc-7'], later);
    expect(['high', 'critical']).toContain(risen.level);
    // The other one was critical a hundred days back and is no higher now.
    expect([was.level, other.level]).toEqual(['critical', 'high']);
    const rose = async (t: number) => Object.fromEntries((await flaggedRows(t)).map((r) => [r.key, r.rose ?? false]));
    expect(await rose(later)).toEqual({ 'demo:acc-1': true, 'demo:acc-7': false });
    expect(await rose(later + 6 * DAY)).toEqual({ 'demo:acc-1': true, 'demo:acc-7': false });
    expect(await rose(later + 8 * DAY)).toEqual({ 'demo:acc-1': false, 'demo:acc-7': false });
  });

  it('keeps ten thousand rows in a few hundred records', async () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `salesforce:001A${String(i).padStart(8, '0')}`);
    const ids = new Set(keys.map(bucketOf));
    expect(ids.size).toBe(256);
    await read([0, 1, 5, 7]);
    expect(await (await db()).count('reviews')).toBeLessThanOrEqual(4);
    expect((await reviewRows()).length).toBe(4);
  });

  it('builds the rows once for a database scored before the review list existed', async () => {
    await read([0, 5, 7]);
    // As a database of an earlier version holds it: scores, and no review list or its marks.
    await (await db()).clear('reviews');
    await (await db()).clear('settings');
    await ensureReviewRows();
    expect((await reviewRows()).map((r) => r.account).sort()).toEqual(['demo:acc-0', 'demo:acc-5', 'demo:acc-7']);
    // Built once: rows lost later are not rebuilt behind the scorings' back.
    await (await db()).clear('reviews');
    await (await db()).delete('settings', 'reviewRowsStamp');
    await ensureReviewRows();
    expect(await reviewRows()).toEqual([]);
  });

  it('answers from memory until the list changes, and sees data cleared', async () => {
    await read([0, 5]);
    const first = await reviewRows();
    expect(await reviewRows()).toBe(first);
    await setReview(['demo:acc-0'], { reviewedAt: NOW + 1 }, 'Anna');
    const second = await reviewRows();
    expect(second).not.toBe(first);
    expect(second.find((r) => r.account === 'demo:acc-0')?.reviewedAt).toBe(NOW + 1);
    await clearAll();
    expect(await reviewRows()).toEqual([]);
  });
});

describe('verdicts', () => {
  it('an override with its reason stands through a rescore and a retrain, with who and when', async () => {
    // Enough accounts with outcomes for a model to be trained.
    await recordReads(Array.from({ length: 60 }, (_, i) => ({
      key: `demo:lab-${i}`, name: `Labelled ${i}`, fields: { status: { raw: i % 3 ? 'Active' : 'Churned' } },
      interactions: Array.from({ length: 8 }, (_, k) => ({ id: `c${k}`, at: NOW - ((i % 3 ? (i % 5) * 8 : 50 + (i % 7) * 15) + k * 14) * DAY, kind: 'call' as const, source: 'page' as const })),
    })), NOW);
    const [before] = await read([1]);
    expect(before.level).toBe('medium');
    await addVerdict(verdict({ account: 'demo:acc-1', kind: 'override', level: 'critical', reason: 'Their CFO told us they are leaving', at: NOW + 1 }));
    const [after] = await rescore(['demo:acc-1'], NOW + 2);
    expect(after).toMatchObject({ level: 'critical', computedLevel: 'medium', verdict: { by: 'Anna', reason: 'Their CFO told us they are leaving', at: NOW + 1 } });
    expect((await retrain(NOW + 3)).trained).toBe(true);
    expect(await getModel('risk')).not.toBeNull();
    await rescoreAll(NOW + 4);
    const kept = (await getScore('demo:acc-1'))!;
    expect(kept.model).toMatch(/^logistic/);
    expect(kept).toMatchObject({ level: 'critical', verdict: { kind: 'override', reason: 'Their CFO told us they are leaving' } });
    expect(await reviewRow('demo:acc-1')).toMatchObject({ level: 'critical', verdict: { kind: 'override', by: 'Anna' } });
    // The newest verdict stands: a later "not a risk" replaces the override.
    await addVerdict(verdict({ account: 'demo:acc-1', kind: 'not_risk', level: 'medium', at: NOW + 5 }));
    const [now] = await rescore(['demo:acc-1'], NOW + 6);
    expect(now.verdict?.kind).toBe('not_risk');
    expect(now.computedLevel).toBeUndefined();
  });

  it('"not a risk" clears an account until its computed level rises above the one it was said at', async () => {
    const [s] = await read([1]);
    await addVerdict(verdict({ account: s.account, kind: 'not_risk', level: 'medium' }));
    await rescore([s.account], NOW + 1);
    expect((await flaggedRows(NOW + 1))[0].status).toBe('cleared');
    // Months more of silence after the complaint: the computed level rises, so it is flagged again.
    const later = NOW + 120 * DAY;
    const [risen] = await rescore([s.account], later);
    expect(['high', 'critical']).toContain(risen.level);
    expect((await flaggedRows(later))[0]).toMatchObject({ status: 'new', verdict: { kind: 'not_risk' } });
  });

  it('goes with the account when a row known by name meets its record', async () => {
    await recordReads([{
      key: 'name:demo:acme', name: 'Acme', fields: {},
      interactions: [0, 20, 40].map((d, k) => ({ id: `x${k}`, at: NOW - (90 + d) * DAY, kind: 'complaint' as const, text: TEXTS[0], source: 'page' as const })),
    }], NOW);
    expect((await rescore(['name:demo:acme'], NOW))[0].level).not.toBe('low');
    await addVerdict(verdict({ account: 'name:demo:acme', kind: 'real_risk' }));
    await setReview(['name:demo:acme'], { reviewedAt: NOW, snoozedUntil: NOW + 7 * DAY }, 'Anna');
    await mergeAccount('name:demo:acme', 'demo:acc-9');
    expect(await reviewRow('name:demo:acme')).toBeUndefined();
    expect(await reviewRow('demo:acc-9')).toMatchObject({ snoozedUntil: NOW + 7 * DAY });
    const [merged] = await rescore(['demo:acc-9'], NOW + 1);
    expect(merged.verdict?.kind).toBe('real_risk');
  });
});
