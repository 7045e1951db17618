/**
 * How a single cell reads: missing, a number, a yes/no, a date. Shared by column typing (on the
 * whole table) and by prediction (one account's fields), so both read a value the same way.
 */

const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-', '--', '—', '#n/a', 'undefined']);

export function isMissing(raw: string): boolean {
  return MISSING.has(raw.trim().toLowerCase());
}

// Currency signs, thousands separators and a trailing % are how CRMs export amounts and rates.
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[-+]?\d+)?$/i;

export function parseNumber(raw: string): number | null {
  let s = raw.trim().replace(/^[$€£¥￥]\s*|\s*(?:元|%)$/gu, '');
  if (s === '' || !/\d/.test(s)) return null;
  if (!NUMBER.test(s)) return null;
  s = s.replace(/,/g, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Pairs that mean yes/no; the first of each pair is "yes" (1). */
const BOOL_PAIRS: readonly (readonly [string, string])[] = [
  ['yes', 'no'],
  ['y', 'n'],
  ['true', 'false'],
  ['t', 'f'],
  ['1', '0'],
  ['1.0', '0.0'],
  ['是', '否'],
  ['有', '无'],
  ['on', 'off'],
];

/** The yes/no pair a set of distinct (lower-cased) values belongs to, if any. */
export function booleanPairOf(values: Iterable<string>): readonly [string, string] | null {
  const vs = [...values];
  return BOOL_PAIRS.find((pair) => vs.every((v) => pair.includes(v))) ?? null;
}

export function parseBoolean(raw: string, pair: readonly [string, string]): number | null {
  const v = raw.trim().toLowerCase();
  if (v === pair[0]) return 1;
  if (v === pair[1]) return 0;
  return null;
}

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const XXY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ZH = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** Whether the date has its year first or last, and for year-last dates the day/month parts. */
export function dateParts(raw: string): { order: 'ymd' | 'xxy'; a: number; b: number } | null {
  const s = raw.trim();
  const m = YMD.exec(s) ?? ZH.exec(s);
  if (m) return { order: 'ymd', a: Number(m[2]), b: Number(m[3]) };
  const x = XXY.exec(s);
  if (x) return { order: 'xxy', a: Number(x[1]), b: Number(x[2]) };
  return null;
}

/** Days since 1970-01-01 (UTC), so dates become a number the models can use. */
export function parseDate(raw: string, order: DateOrder): number | null {
  const s = raw.trim();
  let y: number;
  let mo: number;
  let d: number;
  let hh = 0;
  let mm = 0;
  let ss = 0;
  const m = YMD.exec(s) ?? ZH.exec(s);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    [hh, mm, ss] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  } else {
    const x = XXY.exec(s);
    if (!x || order === 'ymd') return null;
    y = Number(x[3]);
    [mo, d] = order === 'mdy' ? [Number(x[1]), Number(x[2])] : [Number(x[2]), Number(x[1])];
    [hh, mm, ss] = [Number(x[4] ?? 0), Number(x[5] ?? 0), Number(x[6] ?? 0)];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, mo - 1, d, hh, mm, ss);
  if (new Date(ms).getUTCDate() !== d) return null;
  return ms / 86_400_000;
}
