/**
 * `npm run backtest -- <file.csv> --label <column> [--positive v] [--id column] [--json]`:
 * cross-validates every risk model on a labelled export and prints one row per model (mean ± std
 * over folds), the columns used and the guardrail warnings; `--json` prints the report instead.
 * `--transactions <file>` runs the BG/NBD transaction backtest. Bad input: a message naming the
 * row and column on stderr, exit code 2, no stack trace.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runBacktest, type BacktestReport, type MetricSummary } from '../src/core/backtest';
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
  /** The BG/NBD backtest module; loaded from the engine when not given. */
  loadTransactions?: () => Promise<TxnModule>;
}

interface CsvArgs {
  kind: 'csv';
  file: string;
  label: string;
  positive?: string;
  id?: string;
  folds?: number;
  seed?: number;
  json: boolean;
}
interface TxnArgs {
  kind: 'transactions';
  file: string;
  json: boolean;
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
    const m = /^--(label|positive|id|folds|seed|transactions)(?:=(.*))?$/.exec(a);
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
  if (named.transactions !== undefined) return { kind: 'transactions', file: named.transactions, json };
  if (files.length !== 1) return { error: files.length > 1 ? t('two_files', files[0]!, files[1]!) : t('usage') };
  if (named.label === undefined) return { error: `${t('no_label')}\n${t('usage')}` };
  const ints: Partial<Record<'folds' | 'seed', number>> = {};
  for (const k of ['folds', 'seed'] as const) {
    if (named[k] === undefined) continue;
    if (!/^\d+$/.test(named[k])) return { error: t('bad_number', `--${k}`, named[k]) };
    ints[k] = Number(named[k]);
  }
  return { kind: 'csv', file: files[0]!, label: named.label, positive: named.positive, id: named.id, json, ...ints };
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

/** What the CLI uses of the BG/NBD backtest, another part of the engine. */
export interface TxnModule {
  parseTransactions(text: string): unknown[];
  backtestTransactions(txns: unknown[]): TxnReportShape;
}

interface TxnReportShape {
  params: { r: number; alpha: number; a: number; b: number };
  logLik: number;
  correlation: number;
  baselineCorrelation: number;
  [more: string]: unknown;
}

/**
 * Loaded on demand, so the CSV backtest does not depend on the transaction models being built.
 * The reader and the backtest may sit in either of the two BG/NBD modules.
 */
async function loadTransactionModule(): Promise<TxnModule> {
  const specs = ['../src/core/models/bgnbd', '../src/core/models/bgnbd-backtest'];
  const mods = (await Promise.all(specs.map((s) => import(s)))) as Partial<TxnModule>[];
  const pick = <K extends keyof TxnModule>(k: K): TxnModule[K] => {
    const found = mods.find((m) => typeof m[k] === 'function')?.[k];
    if (!found) throw new Error(`${specs.join(', ')} export no ${k}()`);
    return found;
  };
  return { parseTransactions: pick('parseTransactions'), backtestTransactions: pick('backtestTransactions') };
}

async function backtestTxns(text: string, args: TxnArgs, io: CliIo, t: ReturnType<typeof translator>): Promise<number> {
  let mod: TxnModule;
  try {
    mod = await (io.loadTransactions ?? loadTransactionModule)();
  } catch (e) {
    io.err(t('txn_unavailable', (e as Error).message));
    return 1;
  }
  let report: TxnReportShape;
  try {
    report = mod.backtestTransactions(mod.parseTransactions(text));
  } catch (e) {
    io.err(`${args.file}: ${(e as Error).message}`);
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
