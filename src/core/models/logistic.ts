import type { ColumnSpec } from '../tabular/column-types';
import type { ColumnValues } from '../tabular/columns';
import { encodeRecord, encodeRows, fitEncoderRaw, type Encoder } from '../tabular/encoder';
import type { RowRecord } from '../tabular/table';

/**
 * L2-regularised logistic regression on one-hot + standardised features, fitted by Newton's
 * method (IRLS). The penalty is sklearn's default (C = 1 on the summed log-loss), so figures
 * compare with a scikit-learn run; Newton on this convex objective is deterministic and
 * converges in a handful of steps for the few dozen features a CRM export yields.
 */

export interface LogisticModel {
  kind: 'logistic';
  encoder: Encoder;
  intercept: number;
  /** One weight per `encoder.features` entry, on the standardised scale. */
  coef: number[];
}

const L2 = 1;
const MAX_ITER = 50;
/**
 * Newton stops when its decrement says the loss is within this much per row of its minimum
 * (Boyd & Vandenberghe §9.5): at 1e-6 of a log-loss near 0.4, the coefficients left to move
 * change no probability in its third decimal, and the last, most expensive steps are skipped.
 */
const DECREMENT_PER_ROW = 1e-6;

export function trainLogistic(
  columns: ColumnSpec[],
  values: ColumnValues[],
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
): LogisticModel {
  const { encoder, raw } = fitEncoderRaw(columns, values, rows);
  const design = sparseDesign(raw, encoder);
  const yy = Float64Array.from({ length: rows.length }, (_, r) => y[rows[r]!]!);
  const { intercept, coef } = fitLogistic(design, yy, L2);
  return { kind: 'logistic', encoder, intercept, coef };
}

/**
 * The unstandardised design, row by row, keeping only non-zero entries: one-hot columns are
 * mostly zeros, so the Hessian costs (non-zeros per row)² instead of (features)² per row.
 * Standardisation is applied algebraically through each feature's mean and spread.
 */
export interface SparseDesign {
  rows: number;
  features: number;
  /** Row i's entries are at ptr[i] .. ptr[i+1]−1, feature indices ascending. */
  ptr: Int32Array;
  idx: Int32Array;
  val: Float64Array;
  mean: Float64Array;
  std: Float64Array;
}

function sparseDesign(raw: Float64Array[], enc: Encoder): SparseDesign {
  const n = raw[0]?.length ?? 0;
  const p = raw.length;
  const mean = Float64Array.from(enc.features, (f) => f.mean);
  const std = Float64Array.from(enc.features, (f) => f.std);
  // A level training could not place reads as the average: the raw value equal to the mean.
  const at = (k: number, i: number): number => (Number.isNaN(raw[k]![i]!) ? mean[k]! : raw[k]![i]!);
  // Two passes feature by feature (each a contiguous array): count each row's entries, then
  // place them; taking features in order keeps every row's indices ascending.
  const ptr = new Int32Array(n + 1);
  for (let k = 0; k < p; k++) for (let i = 0; i < n; i++) if (at(k, i) !== 0) ptr[i + 1]!++;
  for (let i = 0; i < n; i++) ptr[i + 1]! += ptr[i]!;
  const idx = new Int32Array(ptr[n]!);
  const val = new Float64Array(ptr[n]!);
  const next = ptr.slice(0, n);
  for (let k = 0; k < p; k++) {
    for (let i = 0; i < n; i++) {
      const v = at(k, i);
      if (v === 0) continue;
      const j = next[i]!++;
      idx[j] = k;
      val[j] = v;
    }
  }
  return { rows: n, features: p, ptr, idx, val, mean, std };
}

/**
 * Newton–Raphson on Σ log-loss + λ/2‖w‖² over standardised features (intercept unpenalised),
 * with step halving. With z = (x − μ)/σ, every sum over z is rewritten over the sparse raw x:
 * Σ w z_a z_b = (Σ w x_a x_b − μ_a Σ w x_b − μ_b Σ w x_a + μ_a μ_b Σ w) / (σ_a σ_b).
 */
export function fitLogistic(X: SparseDesign, y: Float64Array, lambda: number): { intercept: number; coef: number[] } {
  const { rows: n, features: p, ptr, idx, val, mean, std } = X;
  const d = p + 1; // parameter 0 is the intercept
  const beta = new Float64Array(d);
  let rate = 0;
  for (let i = 0; i < n; i++) rate += y[i]!;
  rate = Math.min(1 - 1e-6, Math.max(1e-6, rate / n));
  beta[0] = Math.log(rate / (1 - rate));
  const eta = new Float64Array(n);
  const rawCoef = new Float64Array(p);
  const objective = (b: Float64Array): number => {
    let c0 = b[0]!;
    let penalty = 0;
    for (let k = 0; k < p; k++) {
      rawCoef[k] = b[k + 1]! / std[k]!;
      c0 -= rawCoef[k]! * mean[k]!;
      penalty += 0.5 * lambda * b[k + 1]! ** 2;
    }
    let f = penalty;
    for (let i = 0; i < n; i++) {
      let e = c0;
      for (let j = ptr[i]!; j < ptr[i + 1]!; j++) e += rawCoef[idx[j]!]! * val[j]!;
      eta[i] = e;
      // log(1 + e^e) − y·e, written to stay finite for large |e|
      f += (e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e))) - y[i]! * e;
    }
    return f;
  };
  let f = objective(beta);
  const M = new Float64Array(p * p);
  const v = new Float64Array(p);
  const rx = new Float64Array(p);
  for (let iter = 0; iter < MAX_ITER; iter++) {
    M.fill(0);
    v.fill(0);
    rx.fill(0);
    let S = 0;
    let R = 0;
    for (let i = 0; i < n; i++) {
      const q = 1 / (1 + Math.exp(-eta[i]!));
      const w = q * (1 - q);
      const r = q - y[i]!;
      S += w;
      R += r;
      const end = ptr[i + 1]!;
      for (let j = ptr[i]!; j < end; j++) {
        const a = idx[j]!;
        const wa = w * val[j]!;
        v[a]! += wa;
        rx[a]! += r * val[j]!;
        const row = a * p;
        for (let l = j; l < end; l++) M[row + idx[l]!]! += wa * val[l]!;
      }
    }
    const g = new Float64Array(d);
    const H = new Float64Array(d * d);
    g[0] = R;
    H[0] = S;
    for (let a = 0; a < p; a++) {
      g[a + 1] = (rx[a]! - mean[a]! * R) / std[a]! + lambda * beta[a + 1]!;
      H[a + 1] = H[(a + 1) * d] = (v[a]! - mean[a]! * S) / std[a]!;
      for (let b = a; b < p; b++) {
        const m = M[a * p + b]! - mean[a]! * v[b]! - mean[b]! * v[a]! + mean[a]! * mean[b]! * S;
        H[(a + 1) * d + b + 1] = H[(b + 1) * d + a + 1] = m / (std[a]! * std[b]!) + (a === b ? lambda : 0);
      }
    }
    const step = solveCholesky(cholesky(H, d), g, d);
    let decrement = 0;
    for (let k = 0; k < d; k++) decrement += g[k]! * step[k]!;
    if (decrement / 2 < DECREMENT_PER_ROW * n) break;
    let t = 1;
    const next = new Float64Array(d);
    let fNext = Infinity;
    for (let half = 0; half < 30; half++) {
      for (let k = 0; k < d; k++) next[k] = beta[k]! - t * step[k]!;
      fNext = objective(next);
      if (fNext <= f) break;
      t /= 2;
    }
    if (!(fNext <= f)) {
      objective(beta);
      break;
    }
    beta.set(next);
    f = fNext;
  }
  return { intercept: beta[0]!, coef: Array.from(beta.subarray(1)) };
}

/** Lower Cholesky factor of a symmetric positive definite matrix, with a tiny ridge if needed. */
function cholesky(H: Float64Array, d: number): Float64Array {
  for (let ridge = 0; ; ridge = ridge === 0 ? 1e-10 : ridge * 100) {
    const L = new Float64Array(d * d);
    let ok = true;
    for (let j = 0; j < d && ok; j++) {
      let s = H[j * d + j]! + ridge;
      for (let k = 0; k < j; k++) s -= L[j * d + k]! ** 2;
      if (!(s > 0)) {
        ok = false;
        break;
      }
      const ljj = Math.sqrt(s);
      L[j * d + j] = ljj;
      for (let i = j + 1; i < d; i++) {
        let t = H[i * d + j]!;
        for (let k = 0; k < j; k++) t -= L[i * d + k]! * L[j * d + k]!;
        L[i * d + j] = t / ljj;
      }
    }
    if (ok) return L;
  }
}

function solveCholesky(L: Float64Array, g: Float64Array, d: number): Float64Array {
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = g[i]!;
    for (let k = 0; k < i; k++) s -= L[i * d + k]! * z[k]!;
    z[i] = s / L[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < d; k++) s -= L[k * d + i]! * x[k]!;
    x[i] = s / L[i * d + i]!;
  }
  return x;
}

/** Logits of many rows at once (the backtest's test fold). */
export function logisticLogits(m: LogisticModel, values: ColumnValues[], rows: ArrayLike<number>): Float64Array {
  const X = encodeRows(m.encoder, values, rows);
  const out = new Float64Array(rows.length).fill(m.intercept);
  X.forEach((x, k) => {
    const c = m.coef[k]!;
    for (let r = 0; r < rows.length; r++) out[r]! += c * x[r]!;
  });
  return out;
}

/**
 * Each source column's share of one account's logit: coefficient × standardised value, summed
 * over the column's features. With the intercept they add up to the logit exactly; a column at
 * the training average contributes 0.
 */
export function logisticContributions(m: LogisticModel, rec: RowRecord): { base: number; byColumn: number[] } {
  const z = encodeRecord(m.encoder, rec);
  const byColumn = new Array<number>(m.encoder.columns.length).fill(0);
  m.encoder.features.forEach((f, k) => (byColumn[f.column]! += m.coef[k]! * z[k]!));
  return { base: m.intercept, byColumn };
}
