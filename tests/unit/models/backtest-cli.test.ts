import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeriodEnd, runCli, type CliIo } from '../../../scripts/backtest';
import { backtestTransactions, parseTransactions } from '../../../src/core/models/bgnbd-backtest';
import { pick, syntheticCsv, uniform } from './synthetic';

const csv = syntheticCsv(300, 6, (r) => 2 * (r.usage as number), { usage: uniform(-1, 1), plan: pick(['A', 'B']) });

async function run(argv: string[], files: Record<string, string>, lang: CliIo['lang'] = 'en') {
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
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run backtest', () => {
  it('prints one row per model with mean ± std, the columns used and the warnings', async () => {
    const rare = syntheticCsv(300, 6, (r) => 2 * (r.usage as number) - 2.5, { usage: uniform(-1, 1), plan: pick(['A', 'B']) });
    const r = await run(['accounts.csv', '--label', 'Churn'], { 'accounts.csv': rare });
    expect(r.code).toBe(0);
    for (const name of ['Logistic regression', 'Boosted stumps', 'Stumps + pairs (GA2M)', 'Blend: logistic + GA2M']) {
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
    expect(report.models.map((m) => m.model)).toEqual(['logistic', 'stumps', 'ga2m', 'blend']);
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

describe('period ends of the transaction backtest', () => {
  it('reads a day in either spelling, or a week number from the first purchase', () => {
    expect(parsePeriodEnd('1997-09-30')).toEqual({ day: Date.UTC(1997, 8, 30) });
    expect(parsePeriodEnd('19970930')).toEqual({ day: Date.UTC(1997, 8, 30) });
    expect(parsePeriodEnd(' 39 ')).toEqual({ week: 39 });
    for (const bad of ['0', '1997-02-30', '19971301', '1997-9-30', 'week 39', '-3', '12345', '']) expect(parsePeriodEnd(bad)).toBeNull();
  });

  it('says what is wrong with an option and what to give instead, with exit code 2', async () => {
    const log = '1 19970101 1 10\n1 19970301 1 10\n2 19970115 1 5\n2 19970601 1 5';
    const files = { 'log.txt': log };
    const bad = await run(['--transactions', 'log.txt', '--calibration-end', '1997-02-30'], files);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('Option --calibration-end needs a date (1997-09-30 or 19970930) or a week number') });
    expect(bad.err).toContain('got "1997-02-30"');
    const outside = await run(['--transactions', 'log.txt', '--holdout-end', '40'], files);
    expect(outside.code).toBe(2);
    expect(outside.err).toContain('log.txt: --holdout-end falls on 1997-10-07, outside the log, which runs from 1997-01-01 to 1997-06-01');
    expect(outside.err).toContain('or a week from 1 to 22');
    const early = await run(['--transactions', 'log.txt', '--calibration-end=1997-01-01'], files);
    expect(early.err).toContain('--calibration-end falls on 1997-01-01, outside the log');
    const order = await run(['--transactions', 'log.txt', '--calibration-end', '10', '--holdout-end', '1997-02-01'], files, 'zh_CN');
    expect(order).toMatchObject({ code: 2, err: 'log.txt: 校准期必须在留出期之前结束，但校准期结束于 1997-03-11，留出期结束于 1997-02-01。请给出更早的 --calibration-end 或更晚的 --holdout-end。' });
    const csvOnly = await run(['a.csv', '--label', 'Churn', '--holdout-end', '30'], { 'a.csv': csv });
    expect(csvOnly.err).toContain('Option --holdout-end only applies to a transaction backtest: add --transactions <file>.');
  });

  it('says where the log is wrong and what to do, in the shell\'s language, with exit code 2', async () => {
    const files = { 'bad.txt': '1 19970101 1 10\n2 19970231 1 5' };
    const r = await run(['--transactions', 'bad.txt'], files);
    expect(r).toMatchObject({ code: 2, err: 'bad.txt: line 2, column 2: "19970231" is not a date like 19970325 or 1997-03-25. Correct or remove that line.' });
    const zh = await run(['--transactions', 'bad.txt'], files, 'zh_CN');
    expect(zh).toMatchObject({ code: 2, err: 'bad.txt: 第 2 行第 2 列：“19970231”不是日期（应如 19970325 或 1997-03-25）。请改正或删除该行。' });
  });
});

const SAMPLE = resolve(__dirname, '../../..', '../shared/data/CDNOW_sample.txt');

describe.skipIf(!existsSync(SAMPLE))('npm run backtest -- --transactions on the CDNOW sample', () => {
  const text = existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : '';
  const files = { 'cdnow.txt': text };

  it('by default fits weeks 1–39 and checks weeks 40–78, as the paper does', async () => {
    const r = await run(['--transactions', 'cdnow.txt'], files);
    expect(r.code).toBe(0);
    expect(r.out).toContain('r = 0.243, α = 4.414, a = 0.793, b = 2.426; log-likelihood -9582.4');
    expect(r.out).toContain('calibrationEnd: 1997-09-30');
    expect(r.out).toContain('holdoutEnd: 1998-06-30');
    const same = await run(['--transactions', 'cdnow.txt', '--calibration-end', '39', '--holdout-end', '19980630', '--json'], files);
    expect(JSON.parse(same.out).params).toEqual(JSON.parse((await run(['--transactions', 'cdnow.txt', '--json'], files)).out).params);
  });

  it('fits and checks another split when told: weeks 1–26, then 27–52', async () => {
    const byWeek = await run(['--transactions', 'cdnow.txt', '--calibration-end', '26', '--holdout-end', '52', '--json'], files);
    expect(byWeek.code).toBe(0);
    const report = JSON.parse(byWeek.out);
    expect(report).toMatchObject({ calibrationEnd: '1997-07-01', holdoutEnd: '1997-12-30', holdoutWeeks: 26 });
    const direct = backtestTransactions(parseTransactions(text), { calibrationEnd: Date.UTC(1997, 6, 1), holdoutEnd: Date.UTC(1997, 11, 30) });
    expect(report).toEqual(JSON.parse(JSON.stringify(direct)));
    // A shorter calibration sees fewer repeat purchases: the fit differs from the default one.
    expect(report.params.alpha).not.toBeCloseTo(4.414, 1);
    const byDay = await run(['--transactions', 'cdnow.txt', '--calibration-end', '1997-07-01', '--holdout-end', '1997-12-30', '--json'], files);
    expect(JSON.parse(byDay.out)).toEqual(report);
  });
});
