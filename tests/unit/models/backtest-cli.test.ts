import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../scripts/backtest';
import { pick, syntheticCsv, uniform } from './synthetic';

const csv = syntheticCsv(300, 6, (r) => 2 * (r.usage as number), { usage: uniform(-1, 1), plan: pick(['A', 'B']) });

async function run(argv: string[], files: Record<string, string>, lang: CliIo['lang'] = 'en', loadTransactions?: CliIo['loadTransactions']) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p]!;
    },
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    lang,
    loadTransactions,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run backtest', () => {
  it('prints one row per model with mean ± std, the columns used and the warnings', async () => {
    const rare = syntheticCsv(300, 6, (r) => 2 * (r.usage as number) - 2.5, { usage: uniform(-1, 1), plan: pick(['A', 'B']) });
    const r = await run(['accounts.csv', '--label', 'Churn'], { 'accounts.csv': rare });
    expect(r.code).toBe(0);
    for (const name of ['Logistic regression', 'Boosted stumps', 'Stumps + pairs (GA2M)']) {
      expect(r.out).toMatch(new RegExp(`${name.replace(/[()+]/g, '\\$&')}.*\\d\\.\\d{3} ± \\d\\.\\d{3}`));
    }
    expect(r.out).toContain('usage (number), plan (category)');
    expect(r.out).toContain('Warnings:');
    expect(r.out).toContain('[few_positives]');
  });

  it('prints one JSON document with --json', async () => {
    const r = await run(['a.csv', '--label=Churn', '--json', '--folds', '3'], { 'a.csv': csv });
    const report = JSON.parse(r.out) as { folds: number; models: { model: string }[] };
    expect(report.folds).toBe(3);
    expect(report.models.map((m) => m.model)).toEqual(['logistic', 'stumps', 'ga2m']);
  });

  it('names the row and column of a malformed file, exits 2 and prints no stack', async () => {
    const bad = csv.replace(/\n([^\n]*)\n/, '\n$1,extra\n');
    const r = await run(['bad.csv', '--label', 'Churn'], { 'bad.csv': bad });
    expect(r.code).toBe(2);
    expect(r.err).toBe('bad.csv: Row 2 has 4 fields but the header has 3. Check that row for an unquoted delimiter or a broken line.');
    const third = await run(['t.csv', '--label', 'Churn'], { 't.csv': `${csv}\n0.5,A,Maybe` }, 'zh_CN');
    expect(third.code).toBe(2);
    expect(third.err).toContain('第 302 行：标签列“Churn”的值为“Maybe”');
    expect(third.err).not.toMatch(/\n\s+at /);
  });

  it('explains usage mistakes and unreadable files with exit code 2', async () => {
    expect((await run(['a.csv'], { 'a.csv': csv })).err).toContain('--label');
    expect((await run(['a.csv', '--label', 'Churn', '--bogus'], {})).err).toContain('Unknown option "--bogus"');
    expect((await run(['a.csv', '--label', 'Churn', '--folds', 'five'], {})).code).toBe(2);
    const missing = await run(['nope.csv', '--label', 'Churn'], {});
    expect(missing).toMatchObject({ code: 2, err: 'Cannot read "nope.csv": no such file. Give the path of the file.' });
  });
});

describe('npm run backtest -- --transactions', () => {
  // Stands in for the BG/NBD module: reads "customer date" lines, rejects anything else.
  const fake: CliIo['loadTransactions'] = async () => ({
    parseTransactions: (text: string) =>
      text.split('\n').map((line, i) => {
        const [id, date] = line.split(' ');
        if (!/^\d{8}$/.test(date ?? '')) throw new Error(`line ${i + 1}, column 2 (date): "${date ?? ''}" is not a YYYYMMDD date`);
        return { id, date };
      }),
    backtestTransactions: (txns: unknown[]) => ({
      params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      logLik: -9582.43,
      correlation: 0.61,
      baselineCorrelation: 0.52,
      customers: txns.length,
    }),
  });

  it('prints the fitted parameters, the holdout correlation and its recency baseline', async () => {
    const r = await run(['--transactions', 'cdnow.txt'], { 'cdnow.txt': '1 19970101\n2 19970102' }, 'en', fake);
    expect(r.code).toBe(0);
    expect(r.out).toContain('r = 0.243, α = 4.414, a = 0.793, b = 2.426; log-likelihood -9582.4');
    expect(r.out).toContain('0.610 (recency baseline: 0.520)');
    expect(r.out).toContain('customers: 2');
    const json = await run(['--transactions', 'cdnow.txt', '--json'], { 'cdnow.txt': '1 19970101' }, 'en', fake);
    expect(JSON.parse(json.out).params.alpha).toBe(4.414);
  });

  it('passes on the reader\'s located error with exit code 2', async () => {
    const r = await run(['--transactions', 'bad.txt'], { 'bad.txt': '1 19970101\n2 1997-01' }, 'en', fake);
    expect(r).toMatchObject({ code: 2, err: 'bad.txt: line 2, column 2 (date): "1997-01" is not a YYYYMMDD date' });
  });
});
