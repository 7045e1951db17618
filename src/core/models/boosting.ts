/**
 * Cyclic gradient boosting on log-loss over lookup-table terms, with early stopping on a
 * held-out split. Each candidate term is a table of cells (the bins of one column, or the cell
 * grid of a column pair) and proposes a split of its cells into a few leaves; every cycle visits
 * the terms in turn and each takes one shrunken Newton step on the current residual (EBM's
 * round-robin). A step only ever changes one term's table, so the model stays additive over
 * terms whatever is learned.
 */

export interface Candidate {
  /** Cell of each row of the fitting split and of the validation split. */
  fitCells: ArrayLike<number>;
  valCells: ArrayLike<number>;
  cells: number;
  /**
   * Leaf of every cell (−1: no rows there, left unchanged) and the split's gain, or null.
   * `smoothing`: this cycle is one of the first, where a candidate that can should cut at
   * random rather than at its best point (see `BoostSettings.smoothingCycles`).
   */
  split(h: Histogram, l2: number, minLeaf: number, smoothing: boolean): Split | null;
}

export interface Histogram {
  g: Float64Array;
  h: Float64Array;
  n: Float64Array;
}

export interface Split {
  gain: number;
  leafOf: Int32Array;
  leaves: number;
}

export interface BoostSettings {
  learningRate: number;
  maxCycles: number;
  /** Stop when the validation log-loss has not improved for this many cycles. */
  patience: number;
  minLeaf: number;
  l2: number;
  /**
   * Cycles at the start in which ordered columns are cut at a random point instead of the best
   * one (EBM's smoothing rounds). The best cut chases noise in single bins and leaves jagged
   * steps; random cuts, each with its Newton leaf values, add up to a smooth curve that follows
   * the trend, and the greedy cycles after them only add the steps the data really holds.
   */
  smoothingCycles: number;
}

/**
 * Rows being fitted, with their current model: the fitting rows keep exp(logit), so a step is a
 * multiplication by a per-cell factor instead of an exp per row; validation rows keep the logit.
 */
export interface BoostState {
  yFit: Uint8Array;
  yVal: Uint8Array;
  expFit: Float64Array;
  fVal: Float64Array;
}

export function boostState(yFit: Uint8Array, yVal: Uint8Array, base: number): BoostState {
  return {
    yFit,
    yVal,
    expFit: new Float64Array(yFit.length).fill(Math.exp(base)),
    fVal: new Float64Array(yVal.length).fill(base),
  };
}

/** Gain contribution of one leaf: G² / (H + λ). */
export const leafScore = (g: number, h: number, l2: number): number => (g * g) / (h + l2);

export function emptyHistogram(cells: number): Histogram {
  return { g: new Float64Array(cells), h: new Float64Array(cells), n: new Float64Array(cells) };
}

/** A step already applied to the validation rows whose factor the fitting rows still await. */
interface Pending {
  cells: ArrayLike<number>;
  factor: Float64Array;
}

/** Rows per cell: fixed for a candidate, so counted once. */
export function countCells(hist: Histogram, cells: ArrayLike<number>): void {
  hist.n.fill(0);
  for (let i = 0; i < cells.length; i++) hist.n[cells[i]!]!++;
}

/**
 * Gradient and hessian sums of the log-loss per cell at the state's current model. A pending
 * step is applied to the fitting rows in the same pass, so each boosting step reads them once.
 */
export function fillHistogram(hist: Histogram, cells: ArrayLike<number>, state: BoostState, pending?: Pending): void {
  const { g, h } = hist;
  g.fill(0);
  h.fill(0);
  const { expFit, yFit } = state;
  const pc = pending?.cells;
  const pf = pending?.factor;
  for (let i = 0; i < yFit.length; i++) {
    const e = pc ? (expFit[i] = expFit[i]! * pf![pc[i]!]!) : expFit[i]!;
    const b = cells[i]!;
    const p = 1 / (1 + 1 / e);
    g[b]! += p - yFit[i]!;
    h[b]! += p * (1 - p);
  }
}

/**
 * Boosts the candidates in place on `state` and returns, per candidate, the summed table of the
 * steps kept: those up to the cycle with the best validation loss (all of them when there is no
 * validation split).
 */
export function boost(candidates: Candidate[], state: BoostState, s: BoostSettings): Float64Array[] {
  const tables = candidates.map((c) => new Float64Array(c.cells));
  const hists = candidates.map((c) => {
    const h = emptyHistogram(c.cells);
    countCells(h, c.fitCells);
    return h;
  });
  const steps: { cand: number; delta: Float64Array }[] = [];
  const validate = state.yVal.length > 0;
  let bestLoss = validate ? valLoss(state) : 0;
  let bestSteps = 0;
  let bestCycle = 0;
  let pending: Pending | undefined;
  for (let cycle = 1; cycle <= s.maxCycles; cycle++) {
    const before = steps.length;
    candidates.forEach((c, k) => {
      const h = hists[k]!;
      fillHistogram(h, c.fitCells, state, pending);
      pending = undefined;
      const split = c.split(h, s.l2, s.minLeaf, cycle <= s.smoothingCycles);
      if (!split || !(split.gain > 1e-12)) return;
      const delta = leafValues(split, h, s);
      pending = { cells: c.fitCells, factor: delta.map(Math.exp) };
      for (let i = 0; i < state.fVal.length; i++) state.fVal[i]! += delta[c.valCells[i]!]!;
      const t = tables[k]!;
      for (let b = 0; b < t.length; b++) t[b]! += delta[b]!;
      steps.push({ cand: k, delta });
    });
    if (steps.length === before) break;
    const loss = validate ? valLoss(state) : 0;
    if (!validate || loss < bestLoss - 1e-9) {
      bestLoss = loss;
      bestSteps = steps.length;
      bestCycle = cycle;
    } else if (cycle - bestCycle >= s.patience) {
      break;
    }
  }
  if (pending) {
    const { cells, factor } = pending;
    for (let i = 0; i < state.expFit.length; i++) state.expFit[i]! *= factor[cells[i]!]!;
  }
  for (const { cand, delta } of steps.slice(bestSteps).reverse()) {
    const c = candidates[cand]!;
    const factor = delta.map((d) => Math.exp(-d));
    for (let i = 0; i < state.expFit.length; i++) state.expFit[i]! *= factor[c.fitCells[i]!]!;
    for (let i = 0; i < state.fVal.length; i++) state.fVal[i]! -= delta[c.valCells[i]!]!;
    const t = tables[cand]!;
    for (let b = 0; b < t.length; b++) t[b]! -= delta[b]!;
  }
  return tables;
}

/** Newton value of each leaf, shrunk by the learning rate, spread back over the cells. */
function leafValues(split: Split, hist: Histogram, s: BoostSettings): Float64Array {
  const lg = new Float64Array(split.leaves);
  const lh = new Float64Array(split.leaves);
  const { leafOf } = split;
  for (let b = 0; b < leafOf.length; b++) {
    const l = leafOf[b]!;
    if (l < 0) continue;
    lg[l]! += hist.g[b]!;
    lh[l]! += hist.h[b]!;
  }
  const delta = new Float64Array(leafOf.length);
  for (let b = 0; b < delta.length; b++) {
    const l = leafOf[b]!;
    if (l >= 0) delta[b] = (-s.learningRate * lg[l]!) / (lh[l]! + s.l2);
  }
  return delta;
}

function valLoss(state: BoostState): number {
  const { yVal, fVal } = state;
  let s = 0;
  for (let i = 0; i < yVal.length; i++) {
    const e = yVal[i] ? -fVal[i]! : fVal[i]!;
    s += e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
  }
  return s / yVal.length;
}

/**
 * Best two-leaf split of cells taken in the given order, with both leaves holding at least
 * `minLeaf` rows: the last position of the left leaf in `order`, and the gain. With `after`,
 * the only cut considered is the one right after that cell.
 */
export function bestOrderedCut(
  order: ArrayLike<number>,
  hist: Histogram,
  l2: number,
  minLeaf: number,
  after?: number,
): { cut: number; gain: number } | null {
  let G = 0;
  let H = 0;
  let N = 0;
  for (let k = 0; k < order.length; k++) {
    const b = order[k]!;
    G += hist.g[b]!;
    H += hist.h[b]!;
    N += hist.n[b]!;
  }
  const parent = leafScore(G, H, l2);
  let best: { cut: number; gain: number } | null = null;
  let gl = 0;
  let hl = 0;
  let nl = 0;
  for (let k = 0; k < order.length - 1; k++) {
    const b = order[k]!;
    gl += hist.g[b]!;
    hl += hist.h[b]!;
    nl += hist.n[b]!;
    if (nl < minLeaf || (after !== undefined && b !== after)) continue;
    if (N - nl < minLeaf) break;
    const gain = leafScore(gl, hl, l2) + leafScore(G - gl, H - hl, l2) - parent;
    if (!best || gain > best.gain) best = { cut: k, gain };
  }
  return best;
}
