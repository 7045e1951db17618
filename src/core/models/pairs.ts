import { isOrdered, isUnknownBin, type ColumnBins } from '../tabular/bins';
import type { MainTerm, PairTerm } from './additive';
import {
  bestOrderedCut,
  boost,
  countCells,
  emptyHistogram,
  fillHistogram,
  leafScore,
  type BoostSettings,
  type BoostState,
  type Candidate,
  type Histogram,
  type Split,
} from './boosting';

/**
 * Pairwise interaction terms learned after the main effects (GA2M / EBM): every column pair is
 * scored by how much a small two-column tree would still gain on the residual (the FAST
 * heuristic), the strongest few are kept, and those are boosted like the main effects. Each pair
 * sees its columns on a coarse grid so the table stays small and well populated.
 */

/** Groups per axis of a pair's grid. */
const PAIR_GROUPS = 16;

/**
 * Coarse groups of a column's bins, in an order where neighbours behave alike: numbers in their
 * own order, categories sorted by their main effect. Groups hold roughly equal numbers of rows.
 * Bins no training row fell in get group −1: an interaction says nothing about them.
 */
function axisGroups(bins: ColumnBins, main: MainTerm, counts: Float64Array): { groups: number[]; size: number } {
  const order = Array.from({ length: bins.count }, (_, k) => k);
  if (!isOrdered(bins)) order.sort((a, b) => main.values[a]! - main.values[b]! || a - b);
  const total = counts.reduce((s, n) => s + n, 0);
  const groups = new Array<number>(bins.count).fill(0);
  let g = 0;
  let inGroup = 0;
  let seen = 0;
  for (const b of order) {
    if (isUnknownBin(bins, b, counts)) {
      groups[b] = -1;
      continue;
    }
    if (inGroup > 0 && seen >= ((g + 1) * total) / PAIR_GROUPS && counts[b]! > 0) {
      g++;
      inGroup = 0;
    }
    groups[b] = g;
    inGroup += counts[b]!;
    seen += counts[b]!;
  }
  return { groups, size: g + 1 };
}

export function trainPairs(
  bins: ColumnBins[],
  counts: Float64Array[],
  mains: MainTerm[],
  fitBinned: Uint8Array[],
  valBinned: Uint8Array[],
  state: BoostState,
  opts: BoostSettings & { pairs: number },
): PairTerm[] {
  const axes = bins.map((b, c) => axisGroups(b, mains[c]!, counts[c]!));
  const cellsOf = (binned: Uint8Array[], a: number, b: number): Uint16Array => {
    const ga = axes[a]!.groups;
    const gb = axes[b]!.groups;
    const width = axes[b]!.size;
    const xa = binned[a]!;
    const xb = binned[b]!;
    return Uint16Array.from({ length: xa.length }, (_, i) => ga[xa[i]!]! * width + gb[xb[i]!]!);
  };

  const ranked: { a: number; b: number; gain: number }[] = [];
  for (let a = 0; a < bins.length; a++) {
    for (let b = a + 1; b < bins.length; b++) {
      const [na, nb] = [axes[a]!.size, axes[b]!.size];
      if (na < 2 || nb < 2) continue;
      const hist = emptyHistogram(na * nb);
      const cells = cellsOf(fitBinned, a, b);
      countCells(hist, cells);
      fillHistogram(hist, cells, state);
      const split = pairSplit(na, nb)(hist, opts.l2, opts.minLeaf, false);
      if (split && split.gain > 0) ranked.push({ a, b, gain: split.gain });
    }
  }
  ranked.sort((p, q) => q.gain - p.gain || p.a - q.a || p.b - q.b);
  const chosen = ranked.slice(0, opts.pairs);
  const candidates = chosen.map(
    ({ a, b }): Candidate => ({
      fitCells: cellsOf(fitBinned, a, b),
      valCells: cellsOf(valBinned, a, b),
      cells: axes[a]!.size * axes[b]!.size,
      split: pairSplit(axes[a]!.size, axes[b]!.size),
    }),
  );
  const tables = boost(candidates, state, opts);
  return chosen
    .map(({ a, b }, k): PairTerm => ({
      columns: [a, b],
      groups: [axes[a]!.groups, axes[b]!.groups],
      shape: [axes[a]!.size, axes[b]!.size],
      values: Array.from(tables[k]!),
    }))
    .filter((t) => t.values.some((v) => v !== 0));
}

/**
 * A two-level tree on the pair's grid: cut one axis, then cut the other axis separately on each
 * side (four leaves at most), trying both axes first. This is the shape EBM boosts pairs with.
 */
function pairSplit(na: number, nb: number): Candidate['split'] {
  return (hist, l2, minLeaf) => {
    const byA = treeSplit(hist, na, nb, (p, s) => p * nb + s, l2, minLeaf);
    const byB = treeSplit(hist, nb, na, (p, s) => s * nb + p, l2, minLeaf);
    return byB && (!byA || byB.gain > byA.gain) ? byB : byA;
  };
}

function treeSplit(
  hist: Histogram,
  np: number,
  ns: number,
  cell: (p: number, s: number) => number,
  l2: number,
  minLeaf: number,
): Split | null {
  const total = emptyHistogram(ns);
  const left = emptyHistogram(ns);
  const right = emptyHistogram(ns);
  const order = Int32Array.from({ length: ns }, (_, k) => k);
  let G = 0;
  let H = 0;
  let N = 0;
  for (let p = 0; p < np; p++) {
    for (let s = 0; s < ns; s++) {
      const c = cell(p, s);
      total.g[s]! += hist.g[c]!;
      total.h[s]! += hist.h[c]!;
      total.n[s]! += hist.n[c]!;
      G += hist.g[c]!;
      H += hist.h[c]!;
      N += hist.n[c]!;
    }
  }
  const parent = leafScore(G, H, l2);
  let best: { gain: number; cp: number; cl: number; cr: number } | null = null;
  let gl = 0;
  let hl = 0;
  let nl = 0;
  for (let cp = 0; cp < np - 1; cp++) {
    for (let s = 0; s < ns; s++) {
      const c = cell(cp, s);
      left.g[s]! += hist.g[c]!;
      left.h[s]! += hist.h[c]!;
      left.n[s]! += hist.n[c]!;
      gl += hist.g[c]!;
      hl += hist.h[c]!;
      nl += hist.n[c]!;
    }
    if (nl < minLeaf) continue;
    if (N - nl < minLeaf) break;
    for (let s = 0; s < ns; s++) {
      right.g[s] = total.g[s]! - left.g[s]!;
      right.h[s] = total.h[s]! - left.h[s]!;
      right.n[s] = total.n[s]! - left.n[s]!;
    }
    const l = bestOrderedCut(order, left, l2, minLeaf);
    const r = bestOrderedCut(order, right, l2, minLeaf);
    const gain =
      leafScore(gl, hl, l2) + Math.max(0, l?.gain ?? 0) + leafScore(G - gl, H - hl, l2) + Math.max(0, r?.gain ?? 0) - parent;
    if (!best || gain > best.gain) {
      best = { gain, cp, cl: l && l.gain > 0 ? l.cut : ns, cr: r && r.gain > 0 ? r.cut : ns };
    }
  }
  if (!best) return null;
  const { cp, cl, cr } = best;
  const leafOf = new Int32Array(np * ns);
  for (let p = 0; p < np; p++) {
    for (let s = 0; s < ns; s++) leafOf[cell(p, s)] = p <= cp ? (s <= cl ? 0 : 1) : s <= cr ? 2 : 3;
  }
  return { gain: best.gain, leafOf, leaves: 4 };
}
