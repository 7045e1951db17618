import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../../src/core/backtest';
import { pick, syntheticCsv, uniform } from './synthetic';

const logit = (r: Record<string, number | string>) => 2 * (r.usage as number) + (r.plan === 'Basic' ? 0.7 : 0) - 0.4;
const columns = { usage: uniform(-1, 1), plan: pick(['Basic', 'Pro', 'Team']), seats: uniform(1, 50) };
const clean = syntheticCsv(1500, 3, logit, columns);
const codes = (csv: string) => runBacktest(csv, { label: 'Churn' }).warnings.map((w) => w.code);

describe('guardrails', () => {
  it('raise nothing on clean data with enough of both outcomes', () => {
    expect(codes(clean)).toEqual([]);
  });

  it('flag a column recorded after the outcome, and the too-good AUC it causes', () => {
    // A cancellation reason is only filled in for accounts that already left.
    const lines = clean.split('\n');
    const leaked = [
      `${lines[0]},cancel_reason`,
      ...lines.slice(1).map((l, i) => `${l},${l.endsWith('Yes') ? ['price', 'service'][i % 2] : ''}`),
    ].join('\n');
    const r = runBacktest(leaked, { label: 'Churn' });
    const leak = r.warnings.find((w) => w.code === 'leaky_column');
    expect(leak?.params[0]).toBe('cancel_reason');
    expect(leak?.key).toBe('guard_leaky_column');
    expect(r.warnings.map((w) => w.code)).toContain('auc_too_high');
    // A leaked column keeps the boosted models improving to their cycle cap: the slowest backtest.
  }, 20_000);

  it('flag rows duplicated across folds', () => {
    const lines = clean.split('\n');
    const doubled = [lines[0], ...lines.slice(1), ...lines.slice(1)].join('\n');
    const r = runBacktest(doubled, { label: 'Churn' });
    expect(r.duplicates).toBeGreaterThan(1000);
    expect(r.warnings.map((w) => w.code)).toContain('duplicate_rows');
  });

  it('with an id column, count the same account on both sides, not different accounts that look alike', () => {
    // Accounts often share every value (a quiet, healthy account shows no signal at all): not copies.
    const rows = Array.from({ length: 600 }, (_, i) => `A${i},${i % 4},${i % 3 ? 'No' : 'Yes'}`);
    const alike = ['id,x,Churn', ...rows].join('\n');
    expect(runBacktest(alike, { label: 'Churn', id: 'id' }).duplicates).toBe(0);
    expect(codes(alike)).toContain('duplicate_rows');
    const twice = runBacktest(['id,x,Churn', ...rows, ...rows].join('\n'), { label: 'Churn', id: 'id' });
    expect(twice.duplicates).toBeGreaterThan(900);
    expect(twice.warnings.find((w) => w.code === 'duplicate_rows')?.key).toBe('guard_duplicate_ids');
  });

  it('flag too few of the rarer outcome for stable fold figures (fewer than 10 per test fold)', () => {
    const rare = syntheticCsv(600, 4, (r) => (r.usage as number) - 4, columns);
    const r = runBacktest(rare, { label: 'Churn' });
    expect(r.positives).toBeLessThan(50);
    const w = r.warnings.find((x) => x.code === 'few_positives');
    expect(w?.params.slice(0, 2)).toEqual([r.positives, 'Yes']);
  });
});
