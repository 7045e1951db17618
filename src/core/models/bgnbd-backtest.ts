/**
 * BG/NBD on a transaction log: read it, summarise a calibration period into (x, t_x, T), fit,
 * and check the forecast against what the customers really did in the holdout period, beside a
 * plain baseline so the model has to earn its complexity.
 */
import { rocAuc } from '../metrics';
import { expectedConditional, fitBgNbd, pNoActivity, type BgNbdParams, type Summary } from './bgnbd';

export interface Txn {
  id: string;
  /** Day of the purchase, epoch ms at UTC midnight. */
  at: number;
  amount?: number;
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;

function ymd(s: string): number | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return new Date(t).getUTCDate() === +m[3] ? t : undefined;
}

/** What was wrong with a transaction log, for the caller to say in the user's language. */
export type TxnProblem = 'empty' | 'header' | 'columns' | 'date' | 'amount' | 'no_rows';

export class TxnReadError extends Error {
  constructor(
    readonly problem: TxnProblem,
    /** Line and column (1-based) first where they apply, then what was found. */
    readonly params: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

const ID_HEAD = /^(id|customer|client|account|user|member)|客户|会员|用户/i;
const DATE_HEAD = /date|day|time|日期|时间/i;
const AMOUNT_HEAD = /amount|value|dollar|revenue|total|price|sales|spend|金额|消费|销售额|总额/i;

/** The separator the first line uses: tab, comma or semicolon, else runs of spaces. */
function splitterFor(first: string): (line: string) => string[] {
  const sep = ['\t', ',', ';'].find((s) => first.includes(s));
  return sep ? (l) => l.split(sep).map((c) => c.trim()) : (l) => l.trim().split(/\s+/);
}

/**
 * A purchase log, one purchase per line: separated by tabs, commas, semicolons or spaces, with or
 * without a header line naming the customer, date and amount columns (`customer_id date
 * number_of_cds dollar_value`, as the CDNOW master file has). Without a header the columns are
 * `id date amount`, `id date count amount` or `id id2 date count amount` (the CDNOW sample).
 */
export function parseTransactions(text: string): Txn[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstAt = lines.findIndex((l) => l.trim());
  if (firstAt < 0) throw new TxnReadError('empty', [], 'the file is empty: expected one transaction per line');
  const split = splitterFor(lines[firstAt]!);
  const head = split(lines[firstAt]!);
  // A first line with words in it and no date anywhere names the columns.
  const header = head.some((c) => /\p{L}/u.test(c)) && !head.some((c) => ymd(c) !== undefined);
  let cols: { id: number; date: number; amount?: number } | undefined;
  if (header) {
    const id = head.findIndex((h) => ID_HEAD.test(h));
    const date = head.findIndex((h) => DATE_HEAD.test(h));
    const amount = head.findIndex((h, i) => i !== id && i !== date && AMOUNT_HEAD.test(h));
    if (id < 0 || date < 0) {
      throw new TxnReadError('header', [firstAt + 1, head.join(', ')], `line ${firstAt + 1}: the header needs a customer id and a date column (found: ${head.join(', ')})`);
    }
    cols = { id, date, ...(amount >= 0 ? { amount } : {}) };
  }
  const out: Txn[] = [];
  for (let i = header ? firstAt + 1 : firstAt; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const cells = split(lines[i]!);
    const c = cols ?? positional(cells.length);
    if (!c) {
      throw new TxnReadError('columns', [i + 1, cells.length], `line ${i + 1}: expected 3 to 5 columns (id, date, [count,] amount) or a header line naming them, found ${cells.length}`);
    }
    const at = ymd(cells[c.date] ?? '');
    if (at === undefined) {
      throw new TxnReadError('date', [i + 1, c.date + 1, cells[c.date] ?? ''], `line ${i + 1}, column ${c.date + 1}: "${cells[c.date] ?? ''}" is not a date like 19970325 or 1997-03-25`);
    }
    const amount = c.amount !== undefined ? Number((cells[c.amount] ?? '').replace(/[,$¥€£\s]/g, '')) : undefined;
    if (amount !== undefined && !Number.isFinite(amount)) {
      throw new TxnReadError('amount', [i + 1, c.amount! + 1, cells[c.amount!] ?? ''], `line ${i + 1}, column ${c.amount! + 1}: "${cells[c.amount!] ?? ''}" is not an amount`);
    }
    out.push({ id: (cells[c.id] ?? '').trim(), at, ...(amount !== undefined ? { amount } : {}) });
  }
  if (!out.length) throw new TxnReadError('no_rows', [], 'no transactions found after the header');
  return out;
}

/** Columns of a line without a header, by how many it has. */
function positional(n: number): { id: number; date: number; amount?: number } | undefined {
  if (n === 3) return { id: 0, date: 1, amount: 2 };
  if (n === 4) return { id: 0, date: 1, amount: 3 };
  if (n === 5) return { id: 0, date: 2, amount: 4 };
  return undefined;
}

export interface CustomerSummary extends Summary {
  id: string;
  /** Repeat purchases (distinct days) in the holdout period. */
  holdout: number;
}

/** Same-day purchases count once, as in the paper; customers first seen after calibration are left out. */
export function summarise(txns: Txn[], calibrationEnd: number, holdoutEnd: number): CustomerSummary[] {
  const days = new Map<string, Set<number>>();
  for (const t of txns) {
    if (t.at > holdoutEnd) continue;
    let s = days.get(t.id);
    if (!s) days.set(t.id, (s = new Set()));
    s.add(t.at);
  }
  const out: CustomerSummary[] = [];
  for (const [id, set] of days) {
    const sorted = [...set].sort((a, b) => a - b);
    const cal = sorted.filter((d) => d <= calibrationEnd);
    if (!cal.length) continue;
    out.push({
      id,
      x: cal.length - 1,
      tx: (cal[cal.length - 1] - cal[0]) / WEEK,
      T: (calibrationEnd - cal[0]) / WEEK,
      holdout: sorted.length - cal.length,
    });
  }
  return out;
}

function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

export interface TxnBacktestReport {
  params: BgNbdParams;
  logLik: number;
  customers: number;
  calibrationEnd: string;
  holdoutEnd: string;
  holdoutWeeks: number;
  /** Predicted vs actual holdout purchases per customer (the paper reports 0.626 on CDNOW). */
  correlation: number;
  /** The same for the baseline: the customer's calibration purchase rate x / T carried forward. */
  baselineCorrelation: number;
  cumulativeForecast: number;
  cumulativeActual: number;
  /** Ranking "no purchase in the holdout" by P(no activity), and by weeks since the last purchase. */
  aucNoActivity: number;
  aucRecencyBaseline: number;
}

/**
 * Where a period ends: a calendar day (epoch ms at UTC midnight), or the last day of week n
 * counted from the log's first purchase, week 1 being its first seven days (the paper's weeks:
 * on CDNOW, week 39 ends 1997-09-30 and week 78 on 1998-06-30).
 */
export type PeriodEnd = { day: number } | { week: number };

export function periodEndDay(end: PeriodEnd, firstDay: number): number {
  return 'day' in end ? end.day : firstDay + (7 * end.week - 1) * DAY;
}

/** The first and last purchase days of a log, and how many weeks (counted as above) it spans. */
export function logSpan(txns: Txn[]): { first: number; last: number; weeks: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const t of txns) {
    first = Math.min(first, t.at);
    last = Math.max(last, t.at);
  }
  return { first, last, weeks: Math.ceil((last - first + DAY) / WEEK) };
}

/** Calibration ends halfway through the log unless told otherwise; the holdout runs to its end. */
export function backtestTransactions(txns: Txn[], opts: { calibrationEnd?: number; holdoutEnd?: number } = {}): TxnBacktestReport {
  const { first, last } = logSpan(txns);
  const holdoutEnd = opts.holdoutEnd ?? last;
  const calibrationEnd = opts.calibrationEnd ?? first + Math.floor((holdoutEnd - first) / 2 / DAY) * DAY;
  if (!(first < calibrationEnd && calibrationEnd < holdoutEnd)) {
    throw new Error('the log needs purchases both before and after the end of calibration');
  }
  const customers = summarise(txns, calibrationEnd, holdoutEnd);
  const fit = fitBgNbd(customers);
  const t = (holdoutEnd - calibrationEnd) / WEEK;
  const predicted = customers.map((c) => expectedConditional(fit, t, c.x, c.tx, c.T));
  const actual = customers.map((c) => c.holdout);
  const baseline = customers.map((c) => (c.T > 0 ? (c.x / c.T) * t : 0));
  const none = customers.map((c) => (c.holdout === 0 ? 1 : 0));
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    params: { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b },
    logLik: fit.logLik,
    customers: customers.length,
    calibrationEnd: iso(calibrationEnd),
    holdoutEnd: iso(holdoutEnd),
    holdoutWeeks: Math.round(t * 100) / 100,
    correlation: pearson(predicted, actual),
    baselineCorrelation: pearson(baseline, actual),
    cumulativeForecast: predicted.reduce((s, v) => s + v, 0),
    cumulativeActual: actual.reduce((s, v) => s + v, 0),
    aucNoActivity: rocAuc(none, customers.map((c) => pNoActivity(fit, t, c.x, c.tx, c.T))),
    aucRecencyBaseline: rocAuc(none, customers.map((c) => c.T - c.tx)),
  };
}
