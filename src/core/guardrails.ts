import type { Fold } from './cv';
import { rocAuc } from './metrics';
import type { ModelKind } from './models/model';
import type { GuardrailKey } from './strings/guardrails';
import { binColumn, fitBins } from './tabular/bins';
import type { Dataset } from './tabular/dataset';
import { columnIndex } from './tabular/table';

/**
 * Checks that say when a backtest's figures should not be believed. Each warning has a stable
 * machine code, and an i18n key with parameters for the user's language.
 */

export type GuardrailCode = 'leaky_column' | 'auc_too_high' | 'duplicate_rows' | 'few_positives';

export interface Guardrail {
  code: GuardrailCode;
  key: GuardrailKey;
  params: (string | number)[];
}

/** A single column this good on held-out rows is almost always recorded after the outcome. */
export const LEAKY_COLUMN_AUC = 0.95;
/** Churn is noisy; whole-model AUCs above this mean leakage far more often than skill. */
export const TOO_HIGH_AUC = 0.98;
/** A few identical rows happen by chance when columns are few and coarse; more inflate the AUC. */
export const DUPLICATE_SHARE = 0.01;
/**
 * Rows of the rarer outcome needed per test fold. With 10 positives a fold's AUC has a standard
 * error near 0.07 (Hanley & McNeil); fewer make the mean ± std meaningless. At 5 folds: 50 rows.
 */
export const MIN_RARE_PER_FOLD = 10;

const fmt = (x: number): string => x.toFixed(3);

/**
 * Columns that alone separate the outcomes: per fold, each column's bins get their training
 * churn rate (smoothed toward the overall rate) and the test rows are ranked by it.
 */
export function leakyColumns(ds: Dataset, folds: Fold[]): Guardrail[] {
  const y = ds.labels.y;
  const out: Guardrail[] = [];
  ds.features.forEach((spec, c) => {
    const aucs = folds.map(({ train, test }) => {
      const bins = fitBins(spec, ds.values[c]!, train, 64);
      const trainBins = binColumn(bins, ds.values[c]!, train);
      const pos = new Float64Array(bins.count);
      const n = new Float64Array(bins.count);
      let prior = 0;
      train.forEach((i, r) => {
        pos[trainBins[r]!]! += y[i]!;
        n[trainBins[r]!]!++;
        prior += y[i]!;
      });
      prior /= train.length;
      const testBins = binColumn(bins, ds.values[c]!, test);
      const score = Array.from(testBins, (b) => (pos[b]! + prior) / (n[b]! + 1));
      return rocAuc(Array.from(test, (i) => y[i]!), score);
    });
    const auc = aucs.reduce((a, b) => a + b, 0) / aucs.length;
    if (auc > LEAKY_COLUMN_AUC) out.push({ code: 'leaky_column', key: 'guard_leaky_column', params: [spec.name, fmt(auc)] });
  });
  return out;
}

export function tooGood(models: { model: ModelKind; auc: number }[]): Guardrail[] {
  return models
    .filter((m) => m.auc > TOO_HIGH_AUC)
    .map((m) => ({ code: 'auc_too_high', key: 'guard_auc_too_high', params: [m.model, fmt(m.auc)] }));
}

/**
 * Test rows that are also training rows of their fold. With an id column that means the same
 * account on both sides (several rows per account); without one, identical feature values. Two
 * accounts with the same values are not copies: many healthy accounts show no signal at all.
 */
export function duplicateRows(ds: Dataset, folds: Fold[]): { count: number; warning: Guardrail[] } {
  const id = ds.columns.find((c) => c.reason === 'id');
  const cols = id ? [columnIndex(ds.table, id.name)] : ds.features.map((spec) => columnIndex(ds.table, spec.name));
  const keys = ds.table.rows.map((r) => JSON.stringify(cols.map((j) => r[j]!.trim())));
  let count = 0;
  for (const { train, test } of folds) {
    const seen = new Set(Array.from(train, (i) => keys[i]!));
    for (const i of test) if (seen.has(keys[i]!)) count++;
  }
  const share = count / ds.table.rows.length;
  const warning: Guardrail[] =
    share > DUPLICATE_SHARE
      ? [{ code: 'duplicate_rows', key: id ? 'guard_duplicate_ids' : 'guard_duplicate_rows', params: [count, (100 * share).toFixed(1)] }]
      : [];
  return { count, warning };
}

export function fewPositives(ds: Dataset, folds: number): Guardrail[] {
  const pos = ds.labels.y.reduce((a, b) => a + b, 0);
  const neg = ds.labels.y.length - pos;
  const [rare, outcome] = pos <= neg ? [pos, ds.labels.positive] : [neg, ds.labels.negative];
  if (rare >= MIN_RARE_PER_FOLD * folds) return [];
  return [
    {
      code: 'few_positives',
      key: 'guard_few_positives',
      params: [rare, outcome, (rare / folds).toFixed(1), MIN_RARE_PER_FOLD],
    },
  ];
}
