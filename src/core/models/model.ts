import { inferColumnTypes, type ColumnSpec } from '../tabular/column-types';
import type { ColumnValues } from '../tabular/columns';
import { featureValues } from '../tabular/dataset';
import { TabularError } from '../tabular/errors';
import type { RowRecord, Table } from '../tabular/table';
import { additiveContributions, additiveLogits, type AdditiveModel } from './additive';
import { blendOf, trainBlend, type BlendModel } from './blend';
import { logisticContributions, logisticLogits, trainLogistic, type LogisticModel } from './logistic';
import { GA2M_DEFAULTS, STUMP_DEFAULTS, trainStumps, trainStumpsOob } from './stumps';

/**
 * The learning models behind one interface. All are additive in the logit, so every prediction
 * splits exactly into one contribution per source column: the explanation is the model.
 * A trained model is plain data (JSON-safe), to be stored and scored in the worker.
 */

export const MODEL_KINDS = ['logistic', 'stumps', 'ga2m', 'blend'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export type TrainedModel = LogisticModel | AdditiveModel | BlendModel;

export interface Contributions {
  /** Logit of the average training account (intercept). */
  base: number;
  /** base + Σ columns[].value, the account's logit. */
  logit: number;
  probability: number;
  /** One entry per feature column, in model order; positive values raise the risk. */
  columns: { column: string; value: number }[];
}

/** Trains one model on the given rows of already-read columns (a cross-validation fold). */
export function fitModel(
  kind: ModelKind,
  features: ColumnSpec[],
  values: ColumnValues[],
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
): TrainedModel {
  switch (kind) {
    case 'logistic':
      return trainLogistic(features, values, rows, y);
    case 'stumps':
      return trainStumps(features, values, rows, y, STUMP_DEFAULTS);
    case 'ga2m':
      return trainStumps(features, values, rows, y, GA2M_DEFAULTS);
    case 'blend':
      return trainBlend(features, values, rows, y);
  }
}

/** Every kind on the same rows, each part fitted once: the blend reuses the logistic and GA2M fits. */
export function fitModels(
  features: ColumnSpec[],
  values: ColumnValues[],
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
): Record<ModelKind, TrainedModel> {
  const logistic = trainLogistic(features, values, rows, y);
  const ga2m = trainStumpsOob(features, values, rows, y, GA2M_DEFAULTS);
  return {
    logistic,
    stumps: trainStumps(features, values, rows, y, STUMP_DEFAULTS),
    ga2m: ga2m.model,
    blend: blendOf(features, values, rows, y, logistic, ga2m),
  };
}

export function modelLogits(m: TrainedModel, values: ColumnValues[], rows: ArrayLike<number>): Float64Array {
  switch (m.kind) {
    case 'logistic':
      return logisticLogits(m, values, rows);
    case 'blend': {
      const out = new Float64Array(rows.length).fill(m.intercept);
      for (const { weight, model } of m.parts) modelLogits(model, values, rows).forEach((z, r) => (out[r]! += weight * z));
      return out;
    }
    default:
      return additiveLogits(m, values, rows);
  }
}

/**
 * Trains on every row of a table (e.g. the team's labelled accounts). `labels` holds 1 for
 * churned, 0 otherwise, one per row; columns are typed from the table unless given, and the
 * label and id columns named in `roles` are left out.
 */
export function trainModel(
  table: Table,
  labels: ArrayLike<number>,
  kind: ModelKind,
  opts: { label?: string; id?: string; columns?: ColumnSpec[] } = {},
): TrainedModel {
  if (labels.length !== table.rows.length) {
    throw new RangeError(`trainModel: ${labels.length} labels for ${table.rows.length} rows`);
  }
  const columns = opts.columns ?? inferColumnTypes(table, { label: opts.label, id: opts.id });
  const { features, values } = featureValues(table, columns);
  if (features.length === 0) throw new TabularError('tab_err_no_features');
  return fitModel(kind, features, values, Int32Array.from(table.rows, (_, i) => i), labels);
}

export function featureColumns(m: TrainedModel): ColumnSpec[] {
  switch (m.kind) {
    case 'logistic':
      return m.encoder.columns;
    case 'blend':
      return featureColumns(m.parts[0]!.model);
    default:
      return m.columns;
  }
}

/** The intercept and each column's share of one account's logit, in featureColumns order. */
function split(m: TrainedModel, row: RowRecord): { base: number; byColumn: number[] } {
  switch (m.kind) {
    case 'logistic':
      return logisticContributions(m, row);
    case 'blend': {
      // Every part was trained on the same columns, so their shares add column by column.
      let base = m.intercept;
      const byColumn = new Array<number>(featureColumns(m).length).fill(0);
      for (const { weight, model } of m.parts) {
        const part = split(model, row);
        base += weight * part.base;
        part.byColumn.forEach((v, c) => (byColumn[c]! += weight * v));
      }
      return { base, byColumn };
    }
    default:
      return additiveContributions(m, row);
  }
}

export function contributions(m: TrainedModel, row: RowRecord): Contributions {
  const { base, byColumn } = split(m, row);
  const logit = byColumn.reduce((s, v) => s + v, base);
  return {
    base,
    logit,
    probability: sigmoid(logit),
    columns: featureColumns(m).map((spec, c) => ({ column: spec.name, value: byColumn[c]! })),
  };
}

/** Probability of the positive outcome (churn) for one account, its fields keyed by column. */
export function predict(m: TrainedModel, row: RowRecord): number {
  return contributions(m, row).probability;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
