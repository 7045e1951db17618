import { DEFAULT_FOLDS, DEFAULT_SEED, stratifiedKFold } from './cv';
import { duplicateRows, fewPositives, leakyColumns, tooGood, type Guardrail } from './guardrails';
import { brier, calibrationError, liftAt, meanStd, rocAuc } from './metrics';
import { fitModel, fitModels, MODEL_KINDS, modelLogits, sigmoid, type ModelKind, type TrainedModel } from './models/model';
import type { ColumnSpec } from './tabular/column-types';
import { parseCsv } from './tabular/csv';
import { datasetOf, type Dataset } from './tabular/dataset';
import { TabularError } from './tabular/errors';
import { columnIndex, sheetRow, type Table } from './tabular/table';
import { parseNumber } from './tabular/values';

export { contributions, predict, trainModel, MODEL_KINDS } from './models/model';
export type { Contributions, ModelKind, TrainedModel } from './models/model';

/**
 * Cross-validated backtest of every model on a labelled CSV export: the figures a team needs
 * before trusting a risk score, and the warnings that say when not to. Pure, and stepped per
 * model scored, so the same code gives the CLI's figures and the options page's model view.
 */

export interface BacktestOptions {
  /** Column holding the outcome (two values, e.g. Yes/No). */
  label: string;
  /** Value of `label` that means churned; recognised from common spellings when omitted. */
  positive?: string;
  /** Column identifying the account; never used as a feature. */
  id?: string;
  /**
   * Column holding a score the team already has (a probability 0–1, or a score 0–100): scored
   * as it stands on the same test folds, never learned from, so the models are measured against it.
   */
  baseline?: string;
  /** The models to fit; every kind when omitted. */
  models?: readonly ModelKind[];
  folds?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface MetricSummary {
  mean: number;
  std: number;
  /** One value per fold, in fold order. */
  folds: number[];
}

export interface Figures {
  auc: MetricSummary;
  brier: MetricSummary;
  /** Churn rate among the top 10% of scores over the overall rate. */
  lift10: MetricSummary;
  /** Expected calibration error over 10 equal-width bins. */
  calibration: MetricSummary;
}

export interface ModelBacktest extends Figures {
  model: ModelKind;
}

export interface BacktestReport {
  rows: number;
  positives: number;
  positive: string;
  negative: string;
  folds: number;
  seed: number;
  /** How every column was read, including the label, the id and the columns left out. */
  columns: ColumnSpec[];
  models: ModelBacktest[];
  /** The model with the highest mean ROC AUC (all of them are explainable: additive by column). */
  best: ModelKind;
  /** The team's own score (BacktestOptions.baseline) on the same folds. */
  baseline?: Figures & { column: string };
  /** Test rows with an identical copy in their fold's training rows. */
  duplicates: number;
  warnings: Guardrail[];
}

/** Each row's probability from the fold that held it out, per model (and for the baseline). */
export interface OutOfFold {
  y: Uint8Array;
  models: Partial<Record<ModelKind, Float64Array>>;
  baseline?: Float64Array;
}

export interface CrossValidation {
  report: BacktestReport;
  oof: OutOfFold;
  dataset: Dataset;
}

/** Where a cross-validation stands: `done` of `total` steps (a model fitted on a fold, then the checks). */
export interface CvProgress {
  done: number;
  total: number;
  fold: number;
  folds: number;
}

export function runBacktest(csvText: string, opts: BacktestOptions): BacktestReport {
  return backtestTable(parseCsv(csvText), opts).report;
}

export function backtestTable(table: Table, opts: BacktestOptions): CrossValidation {
  return runSteps(crossValidateSteps(table, opts), (p) => opts.onProgress?.(p.done, p.total));
}

/** Drive a generator of progress steps to its result in one go (the CLI, tests). */
export function runSteps<P, R>(steps: Generator<P, R>, onStep?: (p: P) => void): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onStep?.(next.value);
  }
}

/**
 * The cross-validation itself, one step per model fitted on a fold: the CLI runs it straight
 * through, the worker pauses between steps so its progress reaches the page. The figures are the
 * same either way: this is the one place they are computed.
 */
export function* crossValidateSteps(table: Table, opts: BacktestOptions): Generator<CvProgress, CrossValidation> {
  const k = opts.folds ?? DEFAULT_FOLDS;
  if (!Number.isInteger(k) || k < 2) throw new TabularError('tab_err_folds', [String(opts.folds)]);
  const seed = opts.seed ?? DEFAULT_SEED;
  const kinds = opts.models ?? MODEL_KINDS;
  const ds = datasetOf(table, opts);
  const y = ds.labels.y;
  const positives = y.reduce((a, b) => a + b, 0);
  for (const [count, outcome] of [
    [positives, ds.labels.positive],
    [y.length - positives, ds.labels.negative],
  ] as const) {
    if (count < k) throw new TabularError('tab_err_too_few_class', [count, outcome, k]);
  }
  const base = opts.baseline === undefined ? undefined : baselineScores(table, opts.baseline);
  const folds = stratifiedKFold(y, k, seed);
  const total = folds.length * kinds.length + 1;
  let done = 0;
  const blank = () => ({ auc: [] as number[], brier: [] as number[], lift: [] as number[], ece: [] as number[] });
  const scores = kinds.map(blank);
  const baseScores = blank();
  const oof: OutOfFold = { y, models: Object.fromEntries(kinds.map((m) => [m, new Float64Array(y.length)])) };
  if (base) oof.baseline = base;
  const measure = (s: ReturnType<typeof blank>, yTest: number[], p: ArrayLike<number>) => {
    s.auc.push(rocAuc(yTest, p));
    s.brier.push(brier(yTest, p));
    s.lift.push(liftAt(yTest, p, 0.1));
    s.ece.push(calibrationError(yTest, p, 10));
  };
  for (const [f, { train, test }] of folds.entries()) {
    const yTest = Array.from(test, (i) => y[i]!);
    if (base) measure(baseScores, yTest, Array.from(test, (i) => base[i]!));
    const fitted = fitKinds(kinds, ds, train);
    for (const [m, kind] of kinds.entries()) {
      const p = Array.from(modelLogits(fitted[kind]!, ds.values, test), sigmoid);
      test.forEach((i, r) => (oof.models[kind]![i] = p[r]!));
      measure(scores[m]!, yTest, p);
      yield { done: ++done, total, fold: f + 1, folds: k };
    }
  }
  const summary = (xs: number[]): MetricSummary => ({ ...meanStd(xs), folds: xs });
  const figures = (s: ReturnType<typeof blank>): Figures => ({
    auc: summary(s.auc), brier: summary(s.brier), lift10: summary(s.lift), calibration: summary(s.ece),
  });
  const models = kinds.map((model, m): ModelBacktest => ({ model, ...figures(scores[m]!) }));
  const dup = duplicateRows(ds, folds);
  const warnings = [
    ...fewPositives(ds, k),
    ...leakyColumns(ds, folds),
    ...tooGood(models.map((m) => ({ model: m.model, auc: m.auc.mean }))),
    ...dup.warning,
  ];
  yield { done: ++done, total, fold: k, folds: k };
  const best = models.reduce((a, b) => (b.auc.mean > a.auc.mean ? b : a)).model;
  const report: BacktestReport = {
    rows: y.length,
    positives,
    positive: ds.labels.positive,
    negative: ds.labels.negative,
    folds: k,
    seed,
    columns: ds.columns,
    models,
    best,
    ...(base ? { baseline: { column: opts.baseline!, ...figures(baseScores) } } : {}),
    duplicates: dup.count,
    warnings,
  };
  return { report, oof, dataset: ds };
}

/** Every kind asked for on the same rows; the blend needs the lot, fitted once (models/model.ts). */
function fitKinds(kinds: readonly ModelKind[], ds: Dataset, rows: Int32Array): Partial<Record<ModelKind, TrainedModel>> {
  if (kinds.includes('blend')) return fitModels(ds.features, ds.values, rows, ds.labels.y);
  return Object.fromEntries(kinds.map((kind) => [kind, fitModel(kind, ds.features, ds.values, rows, ds.labels.y)]));
}

/** The baseline column as probabilities: a 0–100 score (any value above 1) is read as a percentage. */
function baselineScores(table: Table, column: string): Float64Array {
  const j = columnIndex(table, column);
  const out = new Float64Array(table.rows.length);
  table.rows.forEach((r, i) => {
    const v = parseNumber(r[j]!.trim());
    if (v === null || v < 0 || v > 100) {
      throw new TabularError('tab_err_baseline_value', [sheetRow(i), column, r[j]!], { row: sheetRow(i), column });
    }
    out[i] = v;
  });
  if (out.some((v) => v > 1)) out.forEach((v, i) => (out[i] = v / 100));
  return out;
}
