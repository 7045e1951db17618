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
/**
 * A number gets a hinge max(0, x − knot) at each knot, so the model can bend its line where the
 * risk stops rising or turns (tenure, age, a product count whose middle value is safest): a
 * piecewise-linear function of the column, still the column's own sum of features. Nine knots
 * at the deciles follow such curves closely while each hinge still rests on a tenth of the rows;
 * a column with no more distinct values than that gets a knot at each, as a category would.
 */
const HINGE_QUANTILES = Array.from({ length: 9 }, (_, k) => (k + 1) / 10);

export const MISSING_LEVEL = '(missing)';
export const OTHER_LEVEL = '(other)';

export type FeatureSource =
  | { type: 'value'; fill: number }
  | { type: 'hinge'; knot: number; fill: number }
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
  return fitEncoderRaw(columns, values, rows).encoder;
}

/** The encoder, and the training rows' unstandardised features it was fitted on (rawColumns). */
export function fitEncoderRaw(
  columns: ColumnSpec[],
  values: ColumnValues[],
  rows: ArrayLike<number>,
): { encoder: Encoder; raw: Float64Array[] } {
  const features: EncodedFeature[] = [];
  const add = (name: string, column: number, source: FeatureSource) =>
    features.push({ name, column, source, mean: 0, std: 1 });
  const levels: Encoder['levels'] = columns.map((spec, c) => {
    const col = values[c]!;
    if (isNumericKind(spec)) {
      const x = col as Float64Array;
      const present = new Float64Array(rows.length);
      let m = 0;
      for (let k = 0; k < rows.length; k++) {
        const v = x[rows[k]!]!;
        if (!Number.isNaN(v)) present[m++] = v;
      }
      const seen = present.subarray(0, m).sort();
      const fill = median(seen);
      add(spec.name, c, { type: 'value', fill });
      for (const knot of hingeKnots(seen)) add(`${spec.name} > ${knot}`, c, { type: 'hinge', knot, fill });
      if (m < rows.length) add(`${spec.name} ${MISSING_LEVEL}`, c, { type: 'missing' });
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
  const kept: Float64Array[] = [];
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
    if (std > 1e-9) {
      enc.features.push({ ...f, mean, std });
      kept.push(x);
    }
  });
  return { encoder: enc, raw: kept };
}

/**
 * Unstandardised feature values of the given rows, one array per feature: the number (missing
 * ones filled with the training median), a missing flag, or a 0/1 level indicator — NaN for a
 * level training never saw and could not pool.
 */
export function rawColumns(enc: Encoder, values: ColumnValues[], rows: ArrayLike<number>): Float64Array[] {
  // Per categorical column, each row's level as an index into its kept levels ("(other)" last;
  // −1 for a level neither kept nor pooled), worked out once for all of the column's features.
  const codesOf = new Map<number, Int32Array>();
  const rowCodes = (c: number): Int32Array => {
    let out = codesOf.get(c);
    if (!out) {
      const { kept, other } = enc.levels[c]!;
      const code = new Map(kept.map((l, k) => [l, k]));
      const cats = values[c] as (string | null)[];
      out = new Int32Array(rows.length);
      for (let r = 0; r < rows.length; r++) out[r] = code.get(cats[rows[r]!] ?? MISSING_LEVEL) ?? (other ? kept.length : -1);
      codesOf.set(c, out);
    }
    return out;
  };
  return enc.features.map((f) => {
    const out = new Float64Array(rows.length);
    const src = f.source;
    if (src.type === 'level') {
      const { kept } = enc.levels[f.column]!;
      const mine = src.level === OTHER_LEVEL ? kept.length : kept.indexOf(src.level);
      const codes = rowCodes(f.column);
      for (let r = 0; r < rows.length; r++) out[r] = codes[r]! < 0 ? NaN : codes[r] === mine ? 1 : 0;
      return out;
    }
    const x = values[f.column] as Float64Array;
    if (src.type === 'missing') {
      for (let r = 0; r < rows.length; r++) out[r] = Number.isNaN(x[rows[r]!]!) ? 1 : 0;
      return out;
    }
    const knot = src.type === 'hinge' ? src.knot : -Infinity;
    for (let r = 0; r < rows.length; r++) {
      const v = x[rows[r]!]!;
      const filled = Number.isNaN(v) ? src.fill : v;
      out[r] = src.type === 'value' ? filled : Math.max(0, filled - knot);
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

/** Of sorted values. */
function median(s: Float64Array): number {
  if (s.length === 0) return 0;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Knots of sorted values, strictly inside their range: one at the minimum would repeat the line
 * itself, one at the maximum would be 0 on every row.
 */
function hingeKnots(sorted: Float64Array): number[] {
  const n = sorted.length;
  const interior: number[] = [];
  for (let k = 1; k < n - 1 && interior.length <= HINGE_QUANTILES.length; k++) {
    const v = sorted[k]!;
    if (v > sorted[0]! && v < sorted[n - 1]! && v !== interior[interior.length - 1]) interior.push(v);
  }
  if (interior.length <= HINGE_QUANTILES.length) return interior;
  const knots: number[] = [];
  for (const q of HINGE_QUANTILES) {
    const v = sorted[Math.floor(q * n)]!;
    if (v > sorted[0]! && v < sorted[n - 1]! && v !== knots[knots.length - 1]) knots.push(v);
  }
  return knots;
}
