import { DEFAULT_FOLDS, DEFAULT_SEED, stratifiedKFold } from './cv';
import { duplicateRows, fewPositives, leakyColumns, tooGood, type Guardrail } from './guardrails';
import { brier, calibrationError, liftAt, meanStd, rocAuc } from './metrics';
import { fitModels, MODEL_KINDS, modelLogits, sigmoid, type ModelKind } from './models/model';
import type { ColumnSpec } from './tabular/column-types';
import { readDataset } from './tabular/dataset';
import { TabularError } from './tabular/errors';

export { contributions, predict, trainModel, MODEL_KINDS } from './models/model';
export type { Contributions, ModelKind, TrainedModel } from './models/model';

/**
 * Cross-validated backtest of every model on a labelled CSV export: the figures a team needs
 * before trusting a risk score, and the warnings that say when not to. Pure and synchronous,
 * with progress reported per model scored, so the same call runs in the CLI and in the worker.
 */

export interface BacktestOptions {
  /** Column holding the outcome (two values, e.g. Yes/No). */
  label: string;
  /** Value of `label` that means churned; recognised from common spellings when omitted. */
  positive?: string;
  /** Column identifying the account; never used as a feature. */
  id?: string;
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

export interface ModelBacktest {
  model: ModelKind;
  auc: MetricSummary;
  brier: MetricSummary;
  /** Churn rate among the top 10% of scores over the overall rate. */
  lift10: MetricSummary;
  /** Expected calibration error over 10 equal-width bins. */
  calibration: MetricSummary;
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
  /** Test rows with an identical copy in their fold's training rows. */
  duplicates: number;
  warnings: Guardrail[];
}

export function runBacktest(csvText: string, opts: BacktestOptions): BacktestReport {
  const k = opts.folds ?? DEFAULT_FOLDS;
  if (!Number.isInteger(k) || k < 2) throw new TabularError('tab_err_folds', [String(opts.folds)]);
  const seed = opts.seed ?? DEFAULT_SEED;
  const ds = readDataset(csvText, opts);
  const y = ds.labels.y;
  const positives = y.reduce((a, b) => a + b, 0);
  for (const [count, outcome] of [
    [positives, ds.labels.positive],
    [y.length - positives, ds.labels.negative],
  ] as const) {
    if (count < k) throw new TabularError('tab_err_too_few_class', [count, outcome, k]);
  }
  const folds = stratifiedKFold(y, k, seed);
  const total = folds.length * MODEL_KINDS.length + 1;
  let done = 0;
  const scores = MODEL_KINDS.map(() => ({ auc: [] as number[], brier: [] as number[], lift: [] as number[], ece: [] as number[] }));
  for (const { train, test } of folds) {
    const yTest = Array.from(test, (i) => y[i]!);
    const fitted = fitModels(ds.features, ds.values, train, y);
    MODEL_KINDS.forEach((kind, m) => {
      const model = fitted[kind];
      const p = Array.from(modelLogits(model, ds.values, test), sigmoid);
      const s = scores[m]!;
      s.auc.push(rocAuc(yTest, p));
      s.brier.push(brier(yTest, p));
      s.lift.push(liftAt(yTest, p, 0.1));
      s.ece.push(calibrationError(yTest, p, 10));
      opts.onProgress?.(++done, total);
    });
  }
  const summary = (xs: number[]): MetricSummary => ({ ...meanStd(xs), folds: xs });
  const models = MODEL_KINDS.map(
    (model, m): ModelBacktest => ({
      model,
      auc: summary(scores[m]!.auc),
      brier: summary(scores[m]!.brier),
      lift10: summary(scores[m]!.lift),
      calibration: summary(scores[m]!.ece),
    }),
  );
  const dup = duplicateRows(ds, folds);
  const warnings = [
    ...fewPositives(ds, k),
    ...leakyColumns(ds, folds),
    ...tooGood(models.map((m) => ({ model: m.model, auc: m.auc.mean }))),
    ...dup.warning,
  ];
  opts.onProgress?.(++done, total);
  const best = models.reduce((a, b) => (b.auc.mean > a.auc.mean ? b : a)).model;
  return {
    rows: y.length,
    positives,
    positive: ds.labels.positive,
    negative: ds.labels.negative,
    folds: k,
    seed,
    columns: ds.columns,
    models,
    best,
    duplicates: dup.count,
    warnings,
  };
}
