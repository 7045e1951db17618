import type { ColumnSpec } from '../tabular/column-types';
import type { ColumnValues } from '../tabular/columns';
import type { AdditiveModel } from './additive';
import { fitLogistic, logisticLogits, trainLogistic, type LogisticModel } from './logistic';
import { GA2M_DEFAULTS, trainStumpsOob } from './stumps';

/**
 * Logistic regression and GA2M averaged in the logit: logit = intercept + Σ weight × part's
 * logit. A weighted sum of additive models is additive, so each column's contribution is still
 * exact (the weighted sum of its contributions in the parts). The two err differently — smooth
 * lines bent at a few knots, against step functions with interactions — and their average ranks
 * better than either when neither dominates.
 *
 * The weights and the intercept are a logistic regression of the outcome on the parts' held-out
 * logits (stacking): GA2M's bags already score every training row without having fitted it, and
 * logistic regression is fitted on the same parts to match. So the mix is learned from the data
 * at hand, never fixed for one data set: where interactions matter (bank churn) GA2M takes about
 * 0.9 of the weight, where the risk is mostly smooth curves (telco) logistic regression gets 0.15
 * to 0.4, and the intercept and scale recalibrate the mix. A part whose held-out weight comes out
 * negative (it only adds noise beside the others) is dropped.
 */

export interface BlendModel {
  kind: 'blend';
  intercept: number;
  parts: { weight: number; model: LogisticModel | AdditiveModel }[];
}

export function trainBlend(
  columns: ColumnSpec[],
  values: ColumnValues[],
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
): BlendModel {
  return blendOf(columns, values, rows, y, trainLogistic(columns, values, rows, y), trainStumpsOob(columns, values, rows, y, GA2M_DEFAULTS));
}

/**
 * The blend of a logistic regression and a GA2M already trained on these rows (the GA2M with its
 * held-out scores), so a backtest that reports all three fits each part once.
 */
export function blendOf(
  columns: ColumnSpec[],
  values: ColumnValues[],
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  logistic: LogisticModel,
  ga2m: ReturnType<typeof trainStumpsOob>,
): BlendModel {
  const n = rows.length;
  const heldOut = Array.from({ length: n }, (_, r) => r).filter((r) => !Number.isNaN(ga2m.oob[r]!));
  const zLogistic = new Float64Array(n);
  for (const p of new Set(heldOut.map((r) => ga2m.part[r]!))) {
    const fit: number[] = [];
    const test: number[] = [];
    for (let r = 0; r < n; r++) {
      if (ga2m.part[r] !== p) fit.push(rows[r]!);
      else if (!Number.isNaN(ga2m.oob[r]!)) test.push(r);
    }
    const m = trainLogistic(columns, values, fit, y);
    logisticLogits(m, values, test.map((r) => rows[r]!)).forEach((z, k) => (zLogistic[test[k]!] = z));
  }
  const parts = [
    { model: logistic as LogisticModel | AdditiveModel, z: zLogistic },
    { model: ga2m.model, z: ga2m.oob },
  ];
  const yHeld = Float64Array.from(heldOut, (r) => y[rows[r]!]!);
  for (;;) {
    const { intercept, coef } = stack(
      parts.map((p) => Float64Array.from(heldOut, (r) => p.z[r]!)),
      yHeld,
    );
    const worst = coef.indexOf(Math.min(...coef));
    if (coef[worst]! > 0 || parts.length === 1) {
      return { kind: 'blend', intercept, parts: parts.map((p, k) => ({ weight: coef[k]!, model: p.model })) };
    }
    parts.splice(worst, 1);
  }
}

/** Unpenalised logistic regression of the outcome on the given logits, one per part. */
function stack(z: Float64Array[], y: Float64Array): { intercept: number; coef: number[] } {
  const n = y.length;
  const p = z.length;
  const ptr = Int32Array.from({ length: n + 1 }, (_, i) => i * p);
  const idx = Int32Array.from({ length: n * p }, (_, j) => j % p);
  const val = Float64Array.from({ length: n * p }, (_, j) => z[j % p]![Math.floor(j / p)]!);
  const design = { rows: n, features: p, ptr, idx, val, mean: new Float64Array(p), std: new Float64Array(p).fill(1) };
  return fitLogistic(design, y, 0);
}
