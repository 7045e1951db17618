/**
 * Scores of a probabilistic classifier against 0/1 outcomes. All take parallel arrays
 * (outcome y ∈ {0,1}, predicted probability or score p) and are deterministic.
 */
import { reliability } from './curves';

/**
 * ROC AUC as the Mann–Whitney statistic: the chance a random positive outranks a random negative,
 * ties counting one half (average ranks). NaN when one class is absent, since it is undefined.
 */
export function rocAuc(y: ArrayLike<number>, p: ArrayLike<number>): number {
  const n = y.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  let pos = 0;
  let rankSumPos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && p[order[j + 1]!] === p[order[i]!]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[order[k]!] === 1) {
        pos++;
        rankSumPos += avgRank;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function brier(y: ArrayLike<number>, p: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (p[i]! - y[i]!) ** 2;
  return s / y.length;
}

/**
 * Positive rate among the top `share` of scores over the overall positive rate. Scores tied
 * across the cut enter in proportion, so the result does not depend on how ties were ordered.
 */
export function liftAt(y: ArrayLike<number>, p: ArrayLike<number>, share = 0.1): number {
  const n = y.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[b]! - p[a]!);
  const cut = share * n;
  let taken = 0;
  let hits = 0;
  let totalPos = 0;
  for (let i = 0; i < n; i++) totalPos += y[i]!;
  for (let i = 0; i < n && taken < cut; ) {
    let j = i;
    let groupPos = 0;
    while (j < n && p[order[j]!] === p[order[i]!]) groupPos += y[order[j++]!]!;
    const size = j - i;
    const take = Math.min(size, cut - taken);
    hits += (groupPos * take) / size;
    taken += take;
    i = j;
  }
  if (totalPos === 0 || taken === 0) return NaN;
  return hits / taken / (totalPos / n);
}

/**
 * Expected calibration error over equal-width probability bins: the mean gap between predicted
 * and observed rates, weighted by how many predictions fall in each bin.
 */
export function calibrationError(y: ArrayLike<number>, p: ArrayLike<number>, bins = 10): number {
  let e = 0;
  for (const bin of reliability(y, p, bins)) e += bin.count * Math.abs(bin.predicted - bin.observed);
  return e / y.length;
}

export function meanStd(xs: readonly number[]): { mean: number; std: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const varSum = xs.reduce((a, b) => a + (b - mean) ** 2, 0);
  // Population std, as numpy's .std() reports it, so figures compare with scikit-learn runs.
  return { mean, std: n > 0 ? Math.sqrt(varSum / n) : NaN };
}
