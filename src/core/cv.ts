import { mulberry32, shuffleInPlace } from './random';

export const DEFAULT_FOLDS = 5;
export const DEFAULT_SEED = 0;

export interface Fold {
  train: Int32Array;
  test: Int32Array;
}

/**
 * Stratified k-fold: each class is shuffled with the seeded PRNG and dealt round-robin, so every
 * test fold holds the same share of positives (±1) and a given seed always gives the same folds.
 * Dealing continues across classes, so fold sizes differ by at most one as well.
 */
export function stratifiedFoldOf(y: ArrayLike<number>, k = DEFAULT_FOLDS, seed = DEFAULT_SEED): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`folds must be an integer ≥ 2, got ${k}`);
  const rand = mulberry32(seed);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < y.length; i++) {
    const c = y[i]!;
    let list = byClass.get(c);
    if (!list) byClass.set(c, (list = []));
    list.push(i);
  }
  const fold = new Int32Array(y.length);
  let next = 0;
  for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
    for (const i of shuffleInPlace(byClass.get(c)!, rand)) {
      fold[i] = next;
      next = (next + 1) % k;
    }
  }
  return fold;
}

export function stratifiedKFold(y: ArrayLike<number>, k = DEFAULT_FOLDS, seed = DEFAULT_SEED): Fold[] {
  const fold = stratifiedFoldOf(y, k, seed);
  const folds: Fold[] = [];
  for (let f = 0; f < k; f++) {
    const test: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < fold.length; i++) (fold[i] === f ? test : train).push(i);
    folds.push({ train: Int32Array.from(train), test: Int32Array.from(test) });
  }
  return folds;
}
