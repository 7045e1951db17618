import { booleanPairOf, dateParts, isMissing, parseNumber, type DateOrder } from './values';
import type { Table } from './table';

export type ColumnKind = 'numeric' | 'boolean' | 'date' | 'categorical' | 'ignored';
export type IgnoreReason = 'label' | 'id' | 'baseline' | 'id_like' | 'unique_text' | 'high_cardinality' | 'constant' | 'empty';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  reason?: IgnoreReason;
  /** For booleans: the [yes, no] spelling, lower-cased. */
  boolPair?: readonly [string, string];
  /** For dates written day and month first: which comes first. */
  dateOrder?: DateOrder;
  distinct: number;
  missing: number;
}

/** A type must explain this share of a column's non-missing cells; the rest are read as missing. */
const TYPE_SHARE = 0.95;
/** Fewer rows than this cannot show that a column is an identifier rather than data. */
const MIN_ROWS_FOR_ID = 20;
/** Text columns with more levels than this and than this share of rows are names or free text. */
const MAX_LEVELS = 50;
const MAX_LEVEL_SHARE = 0.2;

/**
 * Types every column from the look of its values alone (never from the label), so the same
 * typing holds for every fold. Columns that cannot generalise — identifiers, unique or
 * near-unique text, constants, empty columns — are kept in the list as `ignored` with a reason,
 * so a report can show what was left out and why.
 */
export function inferColumnTypes(table: Table, roles: { label?: string; id?: string; baseline?: string } = {}): ColumnSpec[] {
  return table.header.map((name, j) => {
    const cells = table.rows.map((r) => r[j]!.trim());
    const present = cells.filter((c) => !isMissing(c));
    const distinctRaw = new Set(present);
    const base = { name, distinct: distinctRaw.size, missing: cells.length - present.length };
    if (name === roles.label) return { ...base, kind: 'ignored', reason: 'label' };
    if (name === roles.id) return { ...base, kind: 'ignored', reason: 'id' };
    if (name === roles.baseline) return { ...base, kind: 'ignored', reason: 'baseline' };
    if (present.length === 0) return { ...base, kind: 'ignored', reason: 'empty' };
    if (distinctRaw.size === 1 && base.missing === 0) return { ...base, kind: 'ignored', reason: 'constant' };

    const lower = new Set(present.map((c) => c.toLowerCase()));
    const pair = lower.size === 2 ? booleanPairOf(lower) : null;
    if (pair) return { ...base, kind: 'boolean', boolPair: pair };

    const nums = present.map(parseNumber).filter((n): n is number => n !== null);
    if (nums.length >= TYPE_SHARE * present.length) {
      return looksLikeIntegerId(nums, cells.length)
        ? { ...base, kind: 'ignored', reason: 'id_like' }
        : { ...base, kind: 'numeric' };
    }

    const dates = present.map(dateParts).filter((d) => d !== null);
    if (dates.length >= TYPE_SHARE * present.length) {
      const yearLast = dates.filter((d) => d.order === 'xxy');
      const dateOrder: DateOrder =
        yearLast.length === 0 ? 'ymd' : yearLast.some((d) => d.a > 12) ? 'dmy' : 'mdy';
      return { ...base, kind: 'date', dateOrder };
    }

    if (distinctRaw.size === present.length && present.length >= MIN_ROWS_FOR_ID) {
      return { ...base, kind: 'ignored', reason: 'unique_text' };
    }
    if (distinctRaw.size > MAX_LEVELS && distinctRaw.size > MAX_LEVEL_SHARE * present.length) {
      return { ...base, kind: 'ignored', reason: 'high_cardinality' };
    }
    return { ...base, kind: 'categorical' };
  });
}

/**
 * Integer columns with one distinct value per row that are either a dense sequence (row numbers)
 * or fixed-width codes (customer numbers). Amounts are rarely either, so they stay numeric.
 */
function looksLikeIntegerId(nums: number[], rows: number): boolean {
  if (rows < MIN_ROWS_FOR_ID || nums.length !== rows) return false;
  if (!nums.every(Number.isInteger) || new Set(nums).size !== nums.length) return false;
  let min = Infinity;
  let max = -Infinity;
  for (const n of nums) {
    if (n < min) min = n;
    if (n > max) max = n;
  }
  const dense = max - min + 1 <= 2 * nums.length;
  const width = String(Math.abs(min)).length;
  const fixedWidth = width >= 4 && min >= 0 && String(max).length === width;
  return dense || fixedWidth;
}

export const isFeature = (c: ColumnSpec): boolean => c.kind !== 'ignored';
