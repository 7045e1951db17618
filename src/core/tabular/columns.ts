import type { ColumnSpec } from './column-types';
import { isMissing, parseBoolean, parseDate, parseNumber } from './values';

/** A feature column's values: numbers (NaN = missing) or category labels (null = missing). */
export type ColumnValues = Float64Array | (string | null)[];

export function isNumericKind(spec: ColumnSpec): boolean {
  return spec.kind === 'numeric' || spec.kind === 'boolean' || spec.kind === 'date';
}

/** One cell as the models read it: a number, a category label, or null when missing. */
export function readCell(spec: ColumnSpec, raw: string | number | boolean | null | undefined): number | string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return null;
    if (spec.kind === 'categorical') return String(raw);
    if (spec.kind === 'boolean') return raw === 1 ? 1 : raw === 0 ? 0 : null;
    return raw;
  }
  if (typeof raw === 'boolean') return spec.kind === 'categorical' ? String(raw) : raw ? 1 : 0;
  if (isMissing(raw)) return null;
  switch (spec.kind) {
    case 'numeric':
      return parseNumber(raw);
    case 'boolean':
      return parseBoolean(raw, spec.boolPair!);
    case 'date':
      return parseDate(raw, spec.dateOrder!);
    default:
      return raw.trim();
  }
}

export function readColumn(spec: ColumnSpec, cells: readonly string[]): ColumnValues {
  if (isNumericKind(spec)) {
    const out = new Float64Array(cells.length);
    cells.forEach((c, i) => (out[i] = (readCell(spec, c) as number | null) ?? NaN));
    return out;
  }
  return cells.map((c) => readCell(spec, c) as string | null);
}
