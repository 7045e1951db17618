import type { ColumnSpec } from '../tabular/column-types';
import type { ColumnValues } from '../tabular/columns';
import { binColumn, binRecordValue, type ColumnBins } from '../tabular/bins';
import type { RowRecord } from '../tabular/table';

/**
 * An additive model over binned columns: logit = intercept + Σ terms, each term a lookup table
 * over the bins of one column (a main effect) or of two columns (a pairwise interaction). Boosted
 * stumps and their interaction terms both end up in this form, which makes every prediction
 * exactly decomposable by column. Plain data, so it can be stored and reloaded.
 */

export interface MainTerm {
  columns: [number];
  /** Logit contribution per bin of the column. */
  values: number[];
}

export interface PairTerm {
  columns: [number, number];
  /** Per axis, the coarse group each bin of that column falls in (−1: never seen, term is 0). */
  groups: [number[], number[]];
  /** Number of groups on each axis. */
  shape: [number, number];
  /** Row-major table over (group of first column, group of second column). */
  values: number[];
}

export type Term = MainTerm | PairTerm;

export interface AdditiveModel {
  kind: 'stumps' | 'ga2m';
  columns: ColumnSpec[];
  bins: ColumnBins[];
  intercept: number;
  terms: Term[];
}

export const isPair = (t: Term): t is PairTerm => t.columns.length === 2;

export function termValue(t: Term, binsOfRow: ArrayLike<number>): number {
  if (isPair(t)) {
    const a = t.groups[0][binsOfRow[t.columns[0]]!]!;
    const b = t.groups[1][binsOfRow[t.columns[1]]!]!;
    return a < 0 || b < 0 ? 0 : t.values[a * t.shape[1] + b]!;
  }
  return t.values[binsOfRow[t.columns[0]]!]!;
}

/** Logits of many rows at once (the backtest's test fold). */
export function additiveLogits(m: AdditiveModel, values: ColumnValues[], rows: ArrayLike<number>): Float64Array {
  const binned = m.columns.map((_, c) => binColumn(m.bins[c]!, values[c]!, rows));
  const out = new Float64Array(rows.length).fill(m.intercept);
  for (const t of m.terms) {
    if (isPair(t)) {
      const [ga, gb] = t.groups;
      const width = t.shape[1];
      const ba = binned[t.columns[0]]!;
      const bb = binned[t.columns[1]]!;
      for (let r = 0; r < rows.length; r++) {
        const a = ga[ba[r]!]!;
        const b = gb[bb[r]!]!;
        if (a >= 0 && b >= 0) out[r]! += t.values[a * width + b]!;
      }
    } else {
      const b = binned[t.columns[0]]!;
      for (let r = 0; r < rows.length; r++) out[r]! += t.values[b[r]!]!;
    }
  }
  return out;
}

/**
 * Each column's share of one account's logit: its main term, plus half of every interaction
 * term it takes part in. With the intercept these add up to the logit exactly.
 */
export function additiveContributions(m: AdditiveModel, rec: RowRecord): { base: number; byColumn: number[] } {
  const bins = m.columns.map((spec, c) => binRecordValue(spec, m.bins[c]!, rec[spec.name]));
  const byColumn = new Array<number>(m.columns.length).fill(0);
  for (const t of m.terms) {
    const v = termValue(t, bins);
    if (isPair(t)) {
      byColumn[t.columns[0]]! += v / 2;
      byColumn[t.columns[1]]! += v / 2;
    } else {
      byColumn[t.columns[0]]! += v;
    }
  }
  return { base: m.intercept, byColumn };
}
