import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/backtest';
import { retrainWithProgress, trainingExamples } from '../../../src/background/training';
import { crossValidateSteps, type BacktestReport } from '../../../src/core/backtest';
import { labelOf, trainingTable } from '../../../src/core/learn';
import { parseCsv, writeCsv } from '../../../src/core/tabular/csv';
import type { Account, Verdict } from '../../../src/core/types';
import type { ModelProgressData } from '../../../src/protocol/model';
import { closeDb, db } from '../../../src/storage/db';
import { labelledBook, type LabelledBook } from '../../fixtures/labelled-accounts';

const NOW = Date.UTC(2026, 10, 22, 10);
const data = resolve(__dirname, '../../..', '../shared/data');

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

async function store(book: LabelledBook): Promise<void> {
  const tx = (await db()).transaction(['accounts', 'snapshots', 'interactions', 'verdicts'], 'readwrite');
  await Promise.all([
    ...book.accounts.map((a) => tx.objectStore('accounts').put(a)),
    ...book.snapshots.map((s) => tx.objectStore('snapshots').add(s)),
    ...book.interactions.map((i) => tx.objectStore('interactions').put(i)),
    ...book.verdicts.map((v) => tx.objectStore('verdicts').put(v)),
    tx.done,
  ]);
}

/** CLI output of `npm run backtest` on files given in memory. */
async function cli(argv: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { readFile: (p) => files[p]!, out: (s) => out.push(s), err: (s) => err.push(s), lang: 'en' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('what a label is, and where it came from', () => {
  const account = (over: Partial<Account>): Account => ({ key: 'demo:a', crm: 'demo', name: 'A', fields: {}, firstSeen: 0, lastSeen: 0, ...over });
  const verdict = (kind: Verdict['kind']): Verdict => ({ id: 'v', account: 'demo:a', kind, by: 'Mei', at: 1, ...(kind === 'override' ? { level: 'high', reason: 'r' } : {}) });

  it('takes a CRM status field, an imported outcome, or a person’s verdict, which overrides both', () => {
    const status = account({ outcome: 'churned', fields: { status: { raw: '已流失' } } });
    const imported = account({ outcome: 'retained', fields: { status: { raw: 'Renewal due' } } });
    expect(labelOf(status)).toEqual({ outcome: 'churned', source: 'status' });
    expect(labelOf(imported)).toEqual({ outcome: 'retained', source: 'import' });
    expect(labelOf(account({}))).toBeUndefined();
    expect(labelOf(status, verdict('not_risk'))).toEqual({ outcome: 'retained', source: 'verdict' });
    expect(labelOf(imported, verdict('real_risk'))).toEqual({ outcome: 'churned', source: 'verdict' });
    expect(labelOf(account({}), verdict('real_risk'))).toEqual({ outcome: 'churned', source: 'verdict' });
    // Overriding the level says how worried to be, not what happened: the account's own outcome stands.
    expect(labelOf(status, verdict('override'))).toEqual({ outcome: 'churned', source: 'status' });
    expect(labelOf(account({}), verdict('override'))).toBeUndefined();
  });
});

describe('retraining for the model view', () => {
  it('trains on status, imported and verdict labels, fold by fold, with the scorecard measured on the same folds', async () => {
    const book = labelledBook(300, NOW, 5);
    await store(book);
    const seen: ModelProgressData[] = [];
    const r = await retrainWithProgress(NOW, (p) => seen.push(p));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = r.learned.report!;
    const truth = { churned: { status: 0, import: 0, verdict: 0 }, retained: { status: 0, import: 0, verdict: 0 } };
    for (const { outcome, source } of book.truth.values()) truth[outcome][source]++;
    expect(report.labels).toEqual(truth);
    expect(truth.churned.verdict + truth.retained.verdict).toBe(50);

    // Reading, then fold 1 to 5 (each once per model tried), then the checks and saving.
    const steps = seen.map((p) => `${p.step} ${p.done}/${p.total}`);
    expect(steps.at(0)).toBe('reading 50/250');
    expect(steps.filter((s) => s.startsWith('reading')).at(-1)).toBe('reading 250/250');
    expect(steps.filter((s) => s.startsWith('fold'))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5].map((f) => `fold ${f}/5`));
    expect(steps.at(-1)).toBe('saving 5/5');

    const bt = report.backtest;
    expect(bt.rows).toBe(250);
    expect(bt.models.map((m) => m.model)).toEqual(['logistic', 'stumps']);
    expect(r.learned.model.kind).toBe(bt.best);
    expect(bt.baseline?.column).toBe('scorecard');
    for (const f of [bt.models[0]!, bt.baseline!]) {
      expect(f.auc.folds).toHaveLength(5);
      expect(f.auc.mean).toBeGreaterThan(0.6);
    }
    expect(report.roc.learned.at(-1)).toEqual([1, 1]);
    expect(report.roc.scorecard.length).toBeGreaterThan(2);
    expect(report.calibration.learned.reduce((s, b) => s + b.count, 0)).toBe(250);
  }, 30_000);

  it('gives the backtest CLI a file on which it prints the very figures the model view shows', async () => {
    await store(labelledBook(2000, NOW, 11));
    const examples = await trainingExamples(NOW);
    const r = await retrainWithProgress(NOW, () => {});
    if (!r.ok) throw new Error('not trained');
    // What the model view's download holds (model:table), as the CLI reads it.
    const file = writeCsv(trainingTable(examples));
    const argv = ['training.csv', '--label', 'outcome', '--id', 'account', '--baseline', 'scorecard', '--models', 'logistic,stumps'];
    const json = await cli([...argv, '--json'], { 'training.csv': file });
    expect(json.code).toBe(0);
    const printed = JSON.parse(json.out) as BacktestReport;
    expect(printed).toEqual(r.learned.report!.backtest);

    const human = await cli(argv, { 'training.csv': file });
    const bt = r.learned.report!.backtest;
    const pm = (s: { mean: number; std: number }, d: number) => `${s.mean.toFixed(d)} ± ${s.std.toFixed(d)}`;
    for (const f of [...bt.models, bt.baseline!]) expect(human.out).toContain(`${pm(f.auc, 3)}   ${pm(f.brier, 4)}   ${pm(f.lift10, 2)}`);
    expect(human.out).toContain('Baseline: scorecard');
    expect(human.out).toContain('account (the account id)');
    expect(human.out).toContain('scorecard (the baseline score)');
    // Two thousand accounts read, trained on and backtested twice, on a shared two-core machine.
  }, 90_000);
});

describe.skipIf(!existsSync(resolve(data, 'telco.csv')))('on the same file', () => {
  it('telco.csv: the CLI and the worker’s stepped cross-validation give the same figures', async () => {
    const csv = readFileSync(resolve(data, 'telco.csv'), 'utf8');
    const printed = await cli(['telco.csv', '--label', 'Churn', '--id', 'customerID', '--models', 'logistic,stumps', '--json'], { 'telco.csv': csv });
    expect(printed.code).toBe(0);
    // The worker's way: one step at a time, letting the event loop run between steps.
    const steps = crossValidateSteps(parseCsv(csv), { label: 'Churn', id: 'customerID', models: ['logistic', 'stumps'] });
    let next = steps.next();
    let n = 0;
    while (!next.done) {
      n++;
      await new Promise((ok) => setTimeout(ok, 0));
      next = steps.next();
    }
    expect(n).toBe(11);
    expect(JSON.parse(printed.out)).toEqual(next.value.report);
  }, 60_000);
});
