/**
 * The pictures behind the figures: a ROC curve and a reliability diagram from out-of-fold
 * predictions (each account's probability from the fold that held it out). Pure and deterministic.
 */

/** At most this many points per ROC curve: enough to draw it smooth, few enough to store with a model. */
export const ROC_POINTS = 200;

/**
 * ROC curve: (false positive rate, true positive rate) at every distinct threshold, from (0,0) to
 * (1,1). Tied scores move both rates at once, as a threshold cannot split them. A longer curve is
 * thinned to evenly spaced thresholds, ends kept. Empty when one outcome is absent.
 */
export function rocCurve(y: ArrayLike<number>, p: ArrayLike<number>, max = ROC_POINTS): [number, number][] {
  const n = y.length;
  let pos = 0;
  for (let i = 0; i < n; i++) pos += y[i]!;
  const neg = n - pos;
  if (pos === 0 || neg === 0) return [];
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[b]! - p[a]!);
  const points: [number, number][] = [[0, 0]];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < n; ) {
    const at = p[order[i]!]!;
    while (i < n && p[order[i]!] === at) {
      if (y[order[i]!] === 1) tp++;
      else fp++;
      i++;
    }
    points.push([fp / neg, tp / pos]);
  }
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, k) => points[Math.round(k * step)]!);
}

export interface ReliabilityBin {
  /** The bin's range of predicted probability. */
  from: number;
  to: number;
  /** Mean predicted probability and observed churn rate of the accounts in it. */
  predicted: number;
  observed: number;
  count: number;
}

/**
 * Reliability diagram: predictions in equal-width bins, each bin's mean prediction against the
 * share that churned. Empty bins are left out; a well calibrated model lies on the diagonal.
 */
export function reliability(y: ArrayLike<number>, p: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const count = new Float64Array(bins);
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  for (let i = 0; i < y.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p[i]! * bins)));
    count[b]!++;
    sumP[b]! += p[i]!;
    sumY[b]! += y[i]!;
  }
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (count[b]! > 0) out.push({ from: b / bins, to: (b + 1) / bins, predicted: sumP[b]! / count[b]!, observed: sumY[b]! / count[b]!, count: count[b]! });
  }
  return out;
}
