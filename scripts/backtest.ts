/**
 * `npm run backtest -- <file.csv> --label <column> [--positive v] [--id column] [--baseline column]
 * [--models a,b] [--json]`: cross-validates the risk models on a labelled export and prints one row
 * per model (mean ± std over folds), and one for the baseline score when named, the columns used
 * and the guardrail warnings; `--json` prints the report instead. The options page's model view
 * offers its training table as such a file, and this prints the figures the view shows.
 * `--transactions <file> [--calibration-end <date|week>] [--holdout-end <date|week>]` runs the
 * BG/NBD transaction backtest: fitted on the calibration period (by default the first half of
 * the log), checked on the holdout (by default the rest). Bad input: a message naming the row
 * and column, or the option, on stderr, exit code 2, no stack trace.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MODEL_KINDS, runBacktest, type BacktestReport, type MetricSummary, type ModelKind } from '../src/core/backtest';
import {
  backtestTransactions,
  logSpan,
  parseTransactions,
  TxnReadError,
  periodEndDay,
  type PeriodEnd,
  type TxnBacktestReport,
} from '../src/core/models/bgnbd-backtest';
import { backtestStrings } from '../src/core/strings/backtest';
import { guardrailStrings } from '../src/core/strings/guardrails';
import { tabularStrings } from '../src/core/strings/tabular';
import { TabularError } from '../src/core/tabular/errors';
import { fill } from '../src/i18n/define';
import { backtestCliStrings } from './backtest-strings';

type Lang = 'en' | 'zh_CN';
const strings = {
  en: { ...backtestCliStrings.en, ...backtestStrings.en, ...guardrailStrings.en, ...tabularStrings.en },
  zh_CN: { ...backtestCliStrings.zh_CN, ...backtestStrings.zh_CN, ...guardrailStrings.zh_CN, ...tabularStrings.zh_CN },
};
type Key = keyof typeof strings.en;

export interface CliIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
  /** Show progress on stderr (a terminal is watching). */
  progress?: boolean;
}

interface CsvArgs {
  kind: 'csv';
  file: string;
  label: string;
  positive?: string;
  id?: string;
  baseline?: string;
  models?: ModelKind[];
  folds?: number;
  seed?: number;
  json: boolean;
}
interface TxnArgs {
  kind: 'transactions';
  file: string;
  calibrationEnd?: PeriodEnd;
  holdoutEnd?: PeriodEnd;
  json: boolean;
}

const PERIOD_OPTIONS = { 'calibration-end': 'calibrationEnd', 'holdout-end': 'holdoutEnd' } as const;

/**
 * A period end as typed: a day (1997-09-30 or 19970930) or a week number from the log's first
 * purchase (39). Eight digits are a day, one to four a week; anything else is null.
 */
export function parsePeriodEnd(raw: string): PeriodEnd | null {
  const v = raw.trim();
  if (/^\d{1,4}$/.test(v)) return Number(v) >= 1 ? { week: Number(v) } : null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  if (!m) return null;
  const day = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return new Date(day).getUTCMonth() === +m[2]! - 1 && new Date(day).getUTCDate() === +m[3]! ? { day } : null;
}

function translator(lang: Lang) {
  return (key: Key, ...params: (string | number)[]): string => fill(strings[lang][key], params);
}

function parseArgs(argv: string[], t: ReturnType<typeof translator>): CsvArgs | TxnArgs | { error: string } {
  const named: Record<string, string> = {};
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return { error: t('usage') };
    if (a === '--json') {
      json = true;
      continue;
    }
    const m = /^--(label|positive|id|baseline|models|folds|seed|transactions|calibration-end|holdout-end)(?:=(.*))?$/.exec(a);
    if (m) {
      const v = m[2] ?? argv[++i];
      if (v === undefined || v === '') return { error: `${t('missing_value', `--${m[1]}`)}\n${t('usage')}` };
      named[m[1]!] = v;
    } else if (a.startsWith('-')) {
      return { error: `${t('bad_option', a)}\n${t('usage')}` };
    } else {
      files.push(a);
    }
  }
  const periods: Pick<TxnArgs, 'calibrationEnd' | 'holdoutEnd'> = {};
  for (const [option, key] of Object.entries(PERIOD_OPTIONS)) {
    const raw = named[option];
    if (raw === undefined) continue;
    if (named.transactions === undefined) return { error: `${t('txn_only_option', `--${option}`)}\n${t('usage')}` };
    const end = parsePeriodEnd(raw);
    if (!end) return { error: t('txn_bad_period_end', `--${option}`, raw) };
    periods[key] = end;
  }
  if (named.transactions !== undefined) {
    if (files.length > 0) return { error: `${t('txn_extra_file', files[0]!)}\n${t('usage')}` };
    return { kind: 'transactions', file: named.transactions, json, ...periods };
  }
  if (files.length !== 1) return { error: files.length > 1 ? t('two_files', files[0]!, files[1]!) : t('usage') };
  if (named.label === undefined) return { error: `${t('no_label')}\n${t('usage')}` };
  const ints: Partial<Record<'folds' | 'seed', number>> = {};
  for (const k of ['folds', 'seed'] as const) {
    if (named[k] === undefined) continue;
    if (!/^\d+$/.test(named[k])) return { error: t('bad_number', `--${k}`, named[k]) };
    ints[k] = Number(named[k]);
  }
  let models: ModelKind[] | undefined;
  if (named.models !== undefined) {
    const asked = named.models.split(',').map((m) => m.trim());
    if (!asked.every((m): m is ModelKind => (MODEL_KINDS as readonly string[]).includes(m))) {
      return { error: t('bad_models', MODEL_KINDS.join(','), named.models) };
    }
    models = asked;
  }
  return {
    kind: 'csv', file: files[0]!, label: named.label, positive: named.positive, id: named.id, baseline: named.baseline,
    ...(models ? { models } : {}), json, ...ints,
  };
}

/** Runs the CLI; returns the exit code. Exported so tests can drive it without a process. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const t = translator(io.lang);
  const args = parseArgs(argv, t);
  if ('error' in args) {
    io.err(args.error);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.err(t('no_file', args.file, err.code === 'ENOENT' ? t('not_found') : err.message));
    return 2;
  }
  return args.kind === 'csv' ? backtestCsv(text, args, io, t) : backtestTxns(text, args, io, t);
}

function backtestCsv(text: string, args: CsvArgs, io: CliIo, t: ReturnType<typeof translator>): number {
  let report: BacktestReport;
  try {
    report = runBacktest(text, {
      label: args.label,
      positive: args.positive,
      id: args.id,
      baseline: args.baseline,
      models: args.models,
      folds: args.folds,
      seed: args.seed,
      onProgress: io.progress ? (done, total) => io.err(`\r${t('progress', done, total)}`) : undefined,
    });
  } catch (e) {
    if (!(e instanceof TabularError)) throw e;
    io.err(`${args.file}: ${t(e.key, ...e.params)}`);
    return 2;
  }
  io.out(args.json ? JSON.stringify(report, null, 2) : humanReport(report, args.file, t));
  return 0;
}

const pm = (s: MetricSummary, digits: number) => `${s.mean.toFixed(digits)} ± ${s.std.toFixed(digits)}`;

/** Terminal columns a string takes: CJK characters are two wide. */
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function humanReport(r: BacktestReport, file: string, t: ReturnType<typeof translator>): string {
  const lines: string[] = [];
  const share = ((100 * r.positives) / r.rows).toFixed(1);
  lines.push(`${file}: ${t('bt_summary', r.rows, r.positives, r.positive, share, r.folds, r.seed)}`, '');
  const table = [
    [t('bt_metric_model'), t('bt_metric_auc'), t('bt_metric_brier'), t('bt_metric_lift'), t('bt_metric_calibration')],
    ...r.models.map((m) => [
      m.model === r.best ? t('bt_model_best', t(`bt_model_${m.model}`)) : t(`bt_model_${m.model}`),
      pm(m.auc, 3),
      pm(m.brier, 4),
      pm(m.lift10, 2),
      pm(m.calibration, 3),
    ]),
    ...(r.baseline
      ? [[t('bt_model_baseline', r.baseline.column), pm(r.baseline.auc, 3), pm(r.baseline.brier, 4), pm(r.baseline.lift10, 2), pm(r.baseline.calibration, 3)]]
      : []),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => width(row[c]!))));
  for (const row of table) lines.push(row.map((cell, c) => pad(cell, widths[c]!)).join('   ').trimEnd());
  lines.push('');
  const list = (cols: BacktestReport['columns'], what: (c: BacktestReport['columns'][number]) => string) =>
    cols.map((c) => t('bt_column_item', c.name, what(c))).join(t('bt_separator'));
  const used = r.columns.filter((c) => c.kind !== 'ignored');
  lines.push(t('bt_columns_used', used.length, list(used, (c) => t(`bt_col_${c.kind as 'numeric'}`))));
  const left = r.columns.filter((c) => c.kind === 'ignored');
  if (left.length) lines.push(t('bt_columns_left_out', list(left, (c) => t(`bt_ignored_${c.reason!}`))));
  lines.push('');
  if (r.warnings.length === 0) lines.push(t('bt_no_warnings'));
  else {
    lines.push(t('bt_warnings'));
    for (const w of r.warnings) lines.push(`  [${w.code}] ${t(w.key, ...w.params)}`);
  }
  return lines.join('\n');
}

/**
 * Reads the log, places the periods' ends on it (checking each lies inside the log, and
 * calibration before holdout) and runs the backtest.
 */
function backtestTxns(text: string, args: TxnArgs, io: CliIo, t: ReturnType<typeof translator>): number {
  let report: TxnBacktestReport;
  try {
    const txns = parseTransactions(text);
    const span = logSpan(txns);
    const iso = (day: number) => new Date(day).toISOString().slice(0, 10);
    const ends: { calibrationEnd?: number; holdoutEnd?: number } = {};
    for (const [option, key] of Object.entries(PERIOD_OPTIONS)) {
      const end = args[key];
      if (!end) continue;
      const day = periodEndDay(end, span.first);
      // Calibration needs a day after the first purchase; the holdout cannot run past the log.
      if (!(day > span.first && day <= span.last)) {
        io.err(`${args.file}: ${t('txn_period_outside', `--${option}`, iso(day), iso(span.first), iso(span.last), span.weeks)}`);
        return 2;
      }
      ends[key] = day;
    }
    if (ends.calibrationEnd !== undefined && ends.calibrationEnd >= (ends.holdoutEnd ?? span.last)) {
      io.err(`${args.file}: ${t('txn_period_order', iso(ends.calibrationEnd), iso(ends.holdoutEnd ?? span.last))}`);
      return 2;
    }
    report = backtestTransactions(txns, ends);
  } catch (e) {
    io.err(`${args.file}: ${e instanceof TxnReadError ? t(`txn_err_${e.problem}`, ...e.params) : (e as Error).message}`);
    return 2;
  }
  if (args.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  const f = (x: number) => (Number.isFinite(x) && !Number.isInteger(x) ? x.toFixed(3) : String(x));
  const { params: p } = report;
  const lines = [
    t('txn_title', args.file),
    t('txn_params', f(p.r), f(p.alpha), f(p.a), f(p.b), report.logLik.toFixed(1)),
    t('txn_correlation', f(report.correlation), f(report.baselineCorrelation)),
  ];
  for (const [k, v] of Object.entries(report)) {
    if (['params', 'logLik', 'correlation', 'baselineCorrelation'].includes(k)) continue;
    if (typeof v === 'number' || typeof v === 'string') lines.push(t('txn_field', k, typeof v === 'number' ? f(v) : v));
  }
  io.out(lines.join('\n'));
  return 0;
}

async function main(): Promise<void> {
  const lang: Lang = /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'zh_CN' : 'en';
  const code = await runCli(process.argv.slice(2), {
    readFile: (p) => readFileSync(p, 'utf8'),
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(s.startsWith('\r') ? s : `${s}\n`),
    lang,
    progress: process.stderr.isTTY,
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  process.exitCode = code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    // A bug, not bad input: say what happened without a stack trace.
    process.stderr.write(`backtest: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
