import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../scripts/backtest';
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
