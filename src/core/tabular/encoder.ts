import { isNumericKind, readCell, type ColumnValues } from './columns';
import type { ColumnSpec } from './column-types';
import type { RowRecord } from './table';

/**
 * One-hot + standardised design for linear models. Everything here is fitted on training rows
 * only (medians, levels, means, spreads) and stored as plain data, so a model can be saved,
 * reloaded in the worker and applied to a single account.
 */

/** Levels rarer than this in the training rows share one "(other)" feature. */
const MIN_LEVEL_COUNT = 5;
/** At most this many one-hot features per categorical column, most frequent first. */
const MAX_ONE_HOT = 30;

export const MISSING_LEVEL = '(missing)';
export const OTHER_LEVEL = '(other)';

export type FeatureSource =
  | { type: 'value'; fill: number }
  | { type: 'missing' }
  | { type: 'level'; level: string };

export interface EncodedFeature {
  name: string;
  /** Index into `Encoder.columns`: the source column this feature explains. */
  column: number;
  source: FeatureSource;
  mean: number;
  std: number;
}

export interface Encoder {
  columns: ColumnSpec[];
  /** Per categorical column, the levels it keeps and whether rare levels pooled into "(other)". */
  levels: ({ kept: string[]; other: boolean } | null)[];
  features: EncodedFeature[];
}

export function fitEncoder(columns: ColumnSpec[], values: ColumnValues[], rows: ArrayLike<number>): Encoder {
  const features: EncodedFeature[] = [];
  const add = (name: string, column: number, source: FeatureSource) =>
    features.push({ name, column, source, mean: 0, std: 1 });
  const levels: Encoder['levels'] = columns.map((spec, c) => {
    const col = values[c]!;
    if (isNumericKind(spec)) {
      const x = col as Float64Array;
      const seen: number[] = [];
      for (let k = 0; k < rows.length; k++) {
        const v = x[rows[k]!]!;
        if (!Number.isNaN(v)) seen.push(v);
      }
      add(spec.name, c, { type: 'value', fill: median(seen) });
      if (seen.length < rows.length) add(`${spec.name} ${MISSING_LEVEL}`, c, { type: 'missing' });
      return null;
    }
    const cats = col as (string | null)[];
    const counts = new Map<string, number>();
    for (let k = 0; k < rows.length; k++) {
      const key = cats[rows[k]!] ?? MISSING_LEVEL;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = ranked.filter(([, n]) => n >= MIN_LEVEL_COUNT).slice(0, MAX_ONE_HOT).map(([l]) => l);
    const other = kept.length < ranked.length;
    for (const level of other ? [...kept, OTHER_LEVEL] : kept) add(`${spec.name}=${level}`, c, { type: 'level', level });
    return { kept, other };
  });
  const enc: Encoder = { columns, levels, features: [] };
  const raw = rawColumns({ ...enc, features }, values, rows);
  features.forEach((f, k) => {
    const x = raw[k]!;
    let s = 0;
    let s2 = 0;
    for (let r = 0; r < x.length; r++) {
      s += x[r]!;
      s2 += x[r]! * x[r]!;
    }
    const mean = s / x.length;
    const std = Math.sqrt(Math.max(0, s2 / x.length - mean * mean));
    // A feature constant on the training rows carries nothing and would divide by zero.
    if (std > 1e-9) enc.features.push({ ...f, mean, std });
  });
  return enc;
}

/**
 * Unstandardised feature values of the given rows, one array per feature: the number (missing
 * ones filled with the training median), a missing flag, or a 0/1 level indicator — NaN for a
 * level training never saw and could not pool.
 */
export function rawColumns(enc: Encoder, values: ColumnValues[], rows: ArrayLike<number>): Float64Array[] {
  const levelsOf = new Map<number, (string | null)[]>();
  const rowLevels = (c: number): (string | null)[] => {
    let out = levelsOf.get(c);
    if (!out) {
      const { kept, other } = enc.levels[c]!;
      const known = new Set(kept);
      const cats = values[c] as (string | null)[];
      out = Array.from({ length: rows.length }, (_, r) => {
        const key = cats[rows[r]!] ?? MISSING_LEVEL;
        return known.has(key) ? key : other ? OTHER_LEVEL : null;
      });
      levelsOf.set(c, out);
    }
    return out;
  };
  return enc.features.map((f) => {
    const out = new Float64Array(rows.length);
    const src = f.source;
    if (src.type === 'level') {
      const lv = rowLevels(f.column);
      for (let r = 0; r < rows.length; r++) out[r] = lv[r] === null ? NaN : lv[r] === src.level ? 1 : 0;
      return out;
    }
    const x = values[f.column] as Float64Array;
    for (let r = 0; r < rows.length; r++) {
      const v = x[rows[r]!]!;
      out[r] = src.type === 'value' ? (Number.isNaN(v) ? src.fill : v) : Number.isNaN(v) ? 1 : 0;
    }
    return out;
  });
}

/** Standardised design of the given rows, one array per feature (column-major); a level
 * training never saw reads as the training average (0). */
export function encodeRows(enc: Encoder, values: ColumnValues[], rows: ArrayLike<number>): Float64Array[] {
  return rawColumns(enc, values, rows).map((x, k) => {
    const { mean, std } = enc.features[k]!;
    return x.map((v) => (Number.isNaN(v) ? 0 : (v - mean) / std));
  });
}

/** The standardised feature vector of one account, read by column name. */
export function encodeRecord(enc: Encoder, rec: RowRecord): Float64Array {
  const values = enc.columns.map((spec): ColumnValues => {
    const v = readCell(spec, rec[spec.name]);
    return isNumericKind(spec) ? Float64Array.of((v as number | null) ?? NaN) : [v as string | null];
  });
  return Float64Array.from(encodeRows(enc, values, [0]), (x) => x[0]!);
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
