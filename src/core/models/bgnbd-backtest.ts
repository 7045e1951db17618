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

/**
 * Whitespace-separated logs (`id YYYYMMDD count amount`, or `id id2 YYYYMMDD count amount` as in
 * the CDNOW sample) or CSV with a header naming the id, date and amount columns.
 */
export function parseTransactions(text: string): Txn[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const first = lines.find((l) => l) ?? '';
  if (!first) throw new Error('the file is empty: expected one transaction per line');
  const csv = first.includes(',') && /[a-z]/i.test(first);
  let idCol = 0, dateCol = 1, amountCol: number | undefined;
  let start = 0;
  if (csv) {
    const header = first.split(',').map((h) => h.trim().toLowerCase());
    idCol = header.findIndex((h) => /^(id|customer|customer_id|client|account)/.test(h));
    dateCol = header.findIndex((h) => /date|day|time/.test(h));
    const a = header.findIndex((h) => /amount|value|dollars|revenue|total/.test(h));
    amountCol = a >= 0 ? a : undefined;
    if (idCol < 0 || dateCol < 0) throw new Error(`line 1: the header needs a customer id and a date column (found: ${header.join(', ')})`);
    start = lines.indexOf(first) + 1;
  }
  const out: Txn[] = [];
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    const cells = csv ? l.split(',') : l.split(/\s+/);
    if (!csv) {
      if (cells.length === 5) [idCol, dateCol, amountCol] = [0, 2, 4];
      else if (cells.length === 4) [idCol, dateCol, amountCol] = [0, 1, 3];
      else throw new Error(`line ${i + 1}: expected 4 or 5 columns (id date count amount), found ${cells.length}`);
    }
    const at = ymd(cells[dateCol] ?? '');
    if (at === undefined) throw new Error(`line ${i + 1}, column ${dateCol + 1}: "${cells[dateCol]}" is not a date like 19970325 or 1997-03-25`);
    const amount = amountCol !== undefined ? Number(cells[amountCol]) : undefined;
    if (amount !== undefined && !Number.isFinite(amount)) throw new Error(`line ${i + 1}, column ${amountCol! + 1}: "${cells[amountCol!]}" is not an amount`);
    out.push({ id: cells[idCol].trim(), at, ...(amount !== undefined ? { amount } : {}) });
  }
  if (!out.length) throw new Error('no transactions found after the header');
  return out;
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
