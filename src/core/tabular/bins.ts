import { isNumericKind, readCell, type ColumnValues } from './columns';
import type { ColumnSpec } from './column-types';

/**
 * Histogram bins for the boosted models, fitted on training rows only. Bin 0 always holds
 * missing values; numbers fall into quantile bins in order; categories get one bin per common
 * level and bin 1 for rare or unseen ones.
 */

/** Levels rarer than this in the training rows share the "other" bin. */
const MIN_LEVEL_COUNT = 5;

export interface ColumnBins {
  /** Numbers: upper bounds of bins 1..k (x ≤ edge[k-1] goes to bin k); the last bin is open. */
  edges?: number[];
  /** Categories: the level of bin 2 + k. */
  levels?: string[];
  count: number;
}

export const MISSING_BIN = 0;
export const OTHER_BIN = 1;

export function fitBins(spec: ColumnSpec, col: ColumnValues, rows: ArrayLike<number>, maxBins: number): ColumnBins {
  if (isNumericKind(spec)) {
    const x = col as Float64Array;
    let present = 0;
    const all = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) {
      const a = x[rows[k]!]!;
      if (!Number.isNaN(a)) all[present++] = a;
    }
    const v = all.subarray(0, present).sort();
    const distinct = Array.from(v.filter((a, k) => k === 0 || a !== v[k - 1]));
    const slots = maxBins - 1;
    let edges: number[];
    if (distinct.length <= slots) {
      edges = distinct.slice(0, -1);
    } else {
      edges = [];
      for (let k = 1; k < slots; k++) {
        const e = v[Math.floor((k * v.length) / slots) - 1]!;
        if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
      }
      if (edges[edges.length - 1] === v[v.length - 1]) edges.pop();
    }
    return { edges, count: edges.length + 2 };
  }
  const cats = col as (string | null)[];
  const counts = new Map<string, number>();
  for (let k = 0; k < rows.length; k++) {
    const c = cats[rows[k]!];
    if (c !== null && c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const levels = [...counts]
    .filter(([, n]) => n >= MIN_LEVEL_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxBins - 2)
    .map(([l]) => l);
  return { levels, count: levels.length + 2 };
}

export function binOf(b: ColumnBins, v: number | string | null): number {
  if (v === null || (typeof v === 'number' && Number.isNaN(v))) return MISSING_BIN;
  if (b.edges) {
    const x = v as number;
    let lo = 0;
    let hi = b.edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b.edges[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return 1 + lo;
  }
  const k = b.levels!.indexOf(v as string);
  return k < 0 ? OTHER_BIN : 2 + k;
}

export function binColumn(b: ColumnBins, col: ColumnValues, rows: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(rows.length);
  if (b.levels) {
    const index = new Map(b.levels.map((l, k) => [l, 2 + k]));
    const cats = col as (string | null)[];
    for (let r = 0; r < rows.length; r++) {
      const c = cats[rows[r]!];
      out[r] = c === null || c === undefined ? MISSING_BIN : (index.get(c) ?? OTHER_BIN);
    }
    return out;
  }
  for (let r = 0; r < rows.length; r++) out[r] = binOf(b, (col as Float64Array)[rows[r]!]!);
  return out;
}

export function binRecordValue(spec: ColumnSpec, b: ColumnBins, raw: Parameters<typeof readCell>[1]): number {
  return binOf(b, readCell(spec, raw));
}

/**
 * A bin no training row fell in that the model cannot place: an unseen category or a missing
 * value never seen (an empty bin between numbers still sits between its neighbours).
 */
export function isUnknownBin(b: ColumnBins, bin: number, counts: ArrayLike<number>): boolean {
  return counts[bin] === 0 && (!isOrdered(b) || bin === MISSING_BIN);
}

/** Whether the bins keep an order (numbers, dates, yes/no) or are unordered categories. */
export const isOrdered = (b: ColumnBins): boolean => b.edges !== undefined;
