import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Score } from '../../src/core/types';
import type { ModelSummary, ModelViewData } from '../../src/protocol/model';
import type { UserSettings } from '../../src/messages';
import { labelledBook, type LabelledBook } from '../fixtures/labelled-accounts';
import { readStores, useExtension } from './setup';

const env = useExtension();
const SHOTS = '.tmp/e2e';
const NOW = Date.now();

/** Write a book of labelled accounts into the worker's database, as reads, imports and verdicts leave them. */
async function seed(book: LabelledBook): Promise<void> {
  // The worker opens (and if need be upgrades) the database first, so this writes into today's schema.
  await env.send({ type: 'settings:get' });
  const { truth: _, ...stores } = book;
  await (await env.b.worker()).evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('churnlens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const tx = db.transaction(['accounts', 'snapshots', 'interactions', 'verdicts'], 'readwrite');
    for (const a of stores.accounts) tx.objectStore('accounts').put(a);
    for (const s of stores.snapshots) tx.objectStore('snapshots').put(s);
    for (const i of stores.interactions) tx.objectStore('interactions').put(i);
    for (const v of stores.verdicts) tx.objectStore('verdicts').put(v);
    await new Promise((ok, no) => {
      tx.oncomplete = ok;
      tx.onerror = () => no(tx.error);
    });
    db.close();
  }, stores);
}

/** Labels by outcome and source, as the book made them. */
function truthOf(book: LabelledBook) {
  const out = { churned: { status: 0, import: 0, verdict: 0 }, retained: { status: 0, import: 0, verdict: 0 } };
  for (const { outcome, source } of book.truth.values()) out[outcome][source]++;
  return out;
}

/** Record every progress text the page shows while the worker retrains (it may pass faster than a poll). */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-churnlens="model-view"] [role="progressbar"]')?.getAttribute('aria-valuetext');
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext'] });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

const pointsIn = (d: string | null) => (d?.match(/[ML]/g) ?? []).length;

/** The charts of one model's panel hold its curves, point for point. */
async function checkCharts(page: Page, which: 'current' | 'candidate', m: ModelSummary): Promise<void> {
  const panel = page.locator(`[data-model="${which}"]`);
  const r = m.report!;
  for (const series of ['learned', 'scorecard'] as const) {
    const roc = panel.locator(`svg path.mv-line[data-series="${series}"]`);
    expect(pointsIn(await roc.getAttribute('d'))).toBe(r.roc[series].length);
    const cal = panel.locator(`svg g[data-series="${series}"]`);
    expect(pointsIn(await cal.locator('path').getAttribute('d'))).toBe(r.calibration[series].length);
    expect(await cal.locator('circle').count()).toBe(r.calibration[series].length);
  }
  expect(r.roc.learned.length).toBeGreaterThan(20);
  // The figures table shows the cross-validated figures of the model kept and of the scorecard.
  const bt = r.backtest;
  const best = bt.models.find((x) => x.model === bt.best)!;
  const auc = panel.locator('tr[data-metric="auc"]');
  expect(await auc.locator('[data-series="learned"]').textContent()).toBe(`${best.auc.mean.toFixed(3)} ± ${best.auc.std.toFixed(3)}`);
  expect(await auc.locator('[data-series="scorecard"]').textContent()).toBe(`${bt.baseline!.auc.mean.toFixed(3)} ± ${bt.baseline!.auc.std.toFixed(3)}`);
}

async function labelCells(page: Page, which: string): Promise<Record<string, [number, number]>> {
  return page.locator(`table[data-labels="${which}"] tbody tr`).evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [
      r.getAttribute('data-source'),
      [Number(r.querySelector('[data-outcome="churned"]')!.textContent), Number(r.querySelector('[data-outcome="retained"]')!.textContent)],
    ])),
  );
}

describe('the model view', () => {
  it('shows what the model learned from and how it does, retrains with progress, keeps and rolls back', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // A first book: 100 labels, too few churned for steady fold figures (the guardrail says so).
    const small = labelledBook(120, NOW, 3);
    await seed(small);
    const page = await env.b.context.newPage();
    await page.goto(env.b.extensionUrl('src/options/index.html'));
    const view = page.locator('[data-churnlens="model-view"]');
    await view.waitFor();
    expect(await view.locator('.mv-none').textContent()).toContain('No model yet');
    const t = truthOf(small);
    expect(await labelCells(page, 'now')).toEqual({
      status: [t.churned.status, t.retained.status], import: [t.churned.import, t.retained.import],
      verdict: [t.churned.verdict, t.retained.verdict],
      total: [t.churned.status + t.churned.import + t.churned.verdict, t.retained.status + t.retained.import + t.retained.verdict],
    });

    // Retrain: the worker's progress shows fold by fold; the new model waits to be kept.
    let progress = await watchProgress(page);
    await view.locator('[data-action="retrain"]').click();
    await view.locator('[data-model="candidate"]').waitFor();
    const steps = await progress();
    expect(steps.some((s) => /^Reading labelled accounts: \d+ of 100$/.test(s))).toBe(true);
    const folds = steps.filter((s) => s.startsWith('Cross-validating'));
    expect(folds).toEqual([1, 2, 3, 4, 5].map((k) => `Cross-validating: fold ${k} of 5`));
    let report = await env.send<ModelViewData>({ type: 'model:report' });
    expect(report.current).toBeNull();
    await checkCharts(page, 'candidate', report.candidate!);
    expect(await view.locator('[data-model="candidate"] [data-code="few_positives"]').count()).toBe(1);
    expect(await labelCells(page, 'candidate')).toMatchObject({ verdict: [t.churned.verdict, t.retained.verdict] });

    // Keep: the model scores every account.
    await view.locator('[data-action="keep"]').click();
    await view.locator('[data-model="current"]').waitFor();
    expect(await view.getByRole('status').textContent()).toBe('The new model now scores every account.');
    const first = (await env.send<ModelViewData>({ type: 'model:report' })).current!;
    const scores = (await readStores(env.b)).scores as Score[];
    const unlabelled = small.accounts.find((a) => !small.truth.has(a.key))!;
    expect(scores.find((s) => s.account === unlabelled.key)?.model).toMatch(/^(logistic|stumps) \(\d+\+\d+\)$/);

    // More labels, more verdicts: retrain again and compare the new model with the one in use.
    const big = labelledBook(300, NOW, 3);
    await seed(big);
    await page.reload();
    await view.waitFor();
    const tb = truthOf(big);
    expect((await labelCells(page, 'now')).verdict).toEqual([tb.churned.verdict, tb.retained.verdict]);
    progress = await watchProgress(page);
    await view.locator('[data-action="retrain"]').click();
    await view.locator('[data-model="candidate"]').waitFor();
    expect((await progress()).filter((s) => s.startsWith('Cross-validating'))).toHaveLength(5);
    report = await env.send<ModelViewData>({ type: 'model:report' });
    expect(report.current!.trainedAt).toBe(first.trainedAt);
    await checkCharts(page, 'current', report.current!);
    await checkCharts(page, 'candidate', report.candidate!);
    expect(await labelCells(page, 'candidate')).toMatchObject({ verdict: [tb.churned.verdict, tb.retained.verdict] });
    expect(tb.churned.verdict + tb.retained.verdict).toBe(50);
    expect(await view.locator('[data-model="candidate"] [data-code="few_positives"]').count()).toBe(0);
    await view.screenshot({ path: `${SHOTS}/model-view-en.png` });

    // The same view in Chinese, the choice still waiting.
    const settings = await env.send<UserSettings>({ type: 'settings:get' });
    await env.send({ type: 'settings:set', settings: { ...settings, lang: 'zh_CN' } });
    await page.reload();
    await view.locator('[data-model="candidate"]').waitFor();
    expect(await view.locator('h2').first().textContent()).toBe('风险模型');
    expect(await view.locator('[data-action="keep"]').textContent()).toBe('保留新模型');
    await view.screenshot({ path: `${SHOTS}/model-view-zh.png` });
    await env.send({ type: 'settings:set', settings: { ...settings, lang: 'en' } });
    await page.reload();
    await view.locator('[data-model="candidate"]').waitFor();

    // Keep the second model; then roll back to the first, which also works after the page is reopened.
    const second = report.candidate!;
    await view.locator('[data-action="keep"]').click();
    await expect.poll(async () => (await env.send<ModelViewData>({ type: 'model:report' })).current?.trainedAt).toBe(second.trainedAt);
    await page.close();
    const again = await env.b.context.newPage();
    await again.goto(env.b.extensionUrl('src/options/index.html'));
    const rollback = again.locator('[data-churnlens="model-view"] [data-action="rollback"]');
    await rollback.waitFor();
    expect(await rollback.textContent()).toMatch(/^Roll back to the model trained /);
    await rollback.click();
    await again.getByRole('status').waitFor();
    expect(await again.getByRole('status').textContent()).toMatch(/^Rolled back: the model trained .+ scores every account again\.$/);
    report = await env.send<ModelViewData>({ type: 'model:report' });
    expect(report.current!.trainedAt).toBe(first.trainedAt);
    expect(report.previous!.trainedAt).toBe(second.trainedAt);

    // A retrain rolled back before it is kept leaves the model in use alone.
    await again.locator('[data-action="retrain"]').click();
    await again.locator('[data-model="candidate"]').waitFor();
    await again.locator('[data-action="rollback"]').click();
    await again.locator('[data-model="candidate"]').waitFor({ state: 'detached' });
    report = await env.send<ModelViewData>({ type: 'model:report' });
    expect(report.candidate).toBeNull();
    expect(report.current!.trainedAt).toBe(first.trainedAt);
    await again.close();
    // Three trainings in the worker and three rescorings of every account on two shared cores.
  }, 150_000);
});
