import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../src/core/metrics';
import { contributions, fitModel, MODEL_KINDS, modelLogits, predict, trainModel, type TrainedModel } from '../../../src/core/models/model';
import type { LogisticModel } from '../../../src/core/models/logistic';
import type { AdditiveModel } from '../../../src/core/models/additive';
import type { BlendModel } from '../../../src/core/models/blend';
import { GA2M_DEFAULTS, trainStumps } from '../../../src/core/models/stumps';
import { parseCsv } from '../../../src/core/tabular/csv';
import { readDataset } from '../../../src/core/tabular/dataset';
import { rowRecord } from '../../../src/core/tabular/table';
import { pick, syntheticCsv, uniform } from './synthetic';

const mainEffects = syntheticCsv(
  3000,
  1,
  (r) => 1.5 * (r.x as number) + ({ A: 0, B: 1, C: -1 } as Record<string, number>)[r.plan as string]! + 0.8 * (r.vip === 'Yes' ? 1 : 0) - 0.5,
  { x: uniform(-2, 2), plan: pick(['A', 'B', 'C']), vip: pick(['Yes', 'No']), noise: uniform(0, 1) },
);
const ds = readDataset(mainEffects, { label: 'Churn' });
const all = Int32Array.from(ds.labels.y, (_, i) => i);
const half = all.filter((i) => i % 2 === 0);
const rest = all.filter((i) => i % 2 === 1);
const models = Object.fromEntries(MODEL_KINDS.map((k) => [k, fitModel(k, ds.features, ds.values, half, ds.labels.y)])) as Record<
  (typeof MODEL_KINDS)[number],
  TrainedModel
>;

describe('logistic regression', () => {
  it('recovers the generating effects on the original scale', () => {
    const m = models.logistic as LogisticModel;
    // How far moving one column from one value to another moves the logit: the column's
    // contribution is its whole (piecewise-linear) function, so this reads the learned curve.
    const effect = (column: string, from: string, to: string) => {
      const at = (v: string) =>
        contributions(m, { x: '0', plan: 'A', vip: 'No', noise: '0.5', [column]: v }).columns.find((c) => c.column === column)!.value;
      return at(to) - at(from);
    };
    expect(effect('x', '-1', '1') / 2).toBeCloseTo(1.5, 0);
    expect(effect('x', '-2', '-1')).toBeCloseTo(1.5, 0);
    expect(effect('plan', 'C', 'B')).toBeCloseTo(2, 0);
    expect(effect('vip', 'No', 'Yes')).toBeCloseTo(0.8, 0);
    expect(Math.abs(effect('noise', '0', '1'))).toBeLessThan(0.4);
  });

  it('bends a number’s line at knots: a U-shaped risk is learned, not averaged away', () => {
    const u = readDataset(syntheticCsv(3000, 2, (r) => 2 * Math.abs(r.age as number) - 1, { age: uniform(-2, 2) }), { label: 'Churn' });
    const rows = Int32Array.from(u.labels.y, (_, i) => i);
    const m = fitModel('logistic', u.features, u.values, rows, u.labels.y);
    const at = (age: string) => contributions(m, { age }).logit;
    expect(at('-1.5') - at('0')).toBeGreaterThan(2);
    expect(at('1.5') - at('0')).toBeGreaterThan(2);
  });
});

describe('every model', () => {
  it.each(MODEL_KINDS)('%s ranks held-out rows close to the true logit', (kind) => {
    const y = Array.from(rest, (i) => ds.labels.y[i]!);
    const auc = rocAuc(y, modelLogits(models[kind], ds.values, rest));
    const truth = rocAuc(
      y,
      Array.from(rest, (i) => {
        const r = rowRecord(ds.table, i);
        return 1.5 * Number(r.x) + ({ A: 0, B: 1, C: -1 } as Record<string, number>)[r.plan!]! + 0.8 * (r.vip === 'Yes' ? 1 : 0);
      }),
    );
    expect(auc).toBeGreaterThan(truth - 0.02);
  });

  it.each(MODEL_KINDS)('%s: base + column contributions = the logit it scores the row with', (kind) => {
    const m = models[kind];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), (i) => {
        const c = contributions(m, rowRecord(ds.table, i));
        const sum = c.columns.reduce((s, x) => s + x.value, c.base);
        expect(sum).toBeCloseTo(c.logit, 10);
        expect(c.logit).toBeCloseTo(modelLogits(m, ds.values, [i])[0]!, 10);
        expect(predict(m, rowRecord(ds.table, i))).toBeCloseTo(c.probability, 12);
      }),
      { numRuns: 50 },
    );
  });

  it.each(MODEL_KINDS)('%s: contributions average 0 over the training rows (relative to the average account)', (kind) => {
    const m = models[kind];
    const sums = new Map<string, number>();
    for (const i of half) for (const c of contributions(m, rowRecord(ds.table, i)).columns) sums.set(c.column, (sums.get(c.column) ?? 0) + c.value);
    for (const s of sums.values()) expect(Math.abs(s / half.length)).toBeLessThan(1e-9);
  });

  it.each(MODEL_KINDS)('%s puts the weight on the columns that drive the outcome', (kind) => {
    const spread = new Map<string, number>();
    for (const i of rest) {
      for (const c of contributions(models[kind], rowRecord(ds.table, i)).columns) spread.set(c.column, (spread.get(c.column) ?? 0) + Math.abs(c.value));
    }
    expect(spread.get('x')!).toBeGreaterThan(spread.get('plan')!);
    expect(spread.get('plan')!).toBeGreaterThan(spread.get('noise')! * 2);
  });

  it.each(MODEL_KINDS)('%s scores an account with missing and never-seen values from the average', (kind) => {
    const m = models[kind];
    const c = contributions(m, { x: '', plan: 'Platinum', vip: null, noise: undefined });
    expect(Number.isFinite(c.logit)).toBe(true);
    expect(c.columns.find((x) => x.column === 'plan')!.value).toBe(0);
    expect(predict(m, { x: 1.2, plan: 'B', vip: true, noise: 0.5 })).toBeGreaterThan(predict(m, { x: -1.2, plan: 'C', vip: false, noise: 0.5 }));
  });

  it.each(MODEL_KINDS)('%s is deterministic and survives a JSON round trip', (kind) => {
    const again = fitModel(kind, ds.features, ds.values, half, ds.labels.y);
    expect(JSON.stringify(again)).toBe(JSON.stringify(models[kind]));
    const revived = JSON.parse(JSON.stringify(models[kind])) as TrainedModel;
    const row = rowRecord(ds.table, 7);
    expect(predict(revived, row)).toBe(predict(models[kind], row));
  });
});

describe('interaction terms', () => {
  // Churn depends only on whether u and v share a sign: no main effect at all.
  const xor = readDataset(
    syntheticCsv(3000, 2, (r) => 3 * Math.sign(r.u as number) * Math.sign(r.v as number), { u: uniform(-1, 1), v: uniform(-1, 1), w: uniform(-1, 1) }),
    { label: 'Churn' },
  );
  const idx = Int32Array.from(xor.labels.y, (_, i) => i);
  const tr = idx.filter((i) => i % 3 !== 0);
  const te = idx.filter((i) => i % 3 === 0);
  const yTe = Array.from(te, (i) => xor.labels.y[i]!);

  it('blend weighs its parts on held-out rows: logistic regression, blind to the interaction, gets next to nothing', () => {
    const blend = fitModel('blend', xor.features, xor.values, tr, xor.labels.y) as BlendModel;
    const weight = (kind: string) => blend.parts.find((p) => p.model.kind === kind)?.weight ?? 0;
    expect(weight('ga2m')).toBeGreaterThan(0.8);
    expect(weight('logistic')).toBeLessThan(0.1);
    expect(rocAuc(yTe, modelLogits(blend, xor.values, te))).toBeGreaterThan(0.85);
  });

  it('ga2m learns a pure interaction that main effects cannot, and splits it between its two columns', () => {
    const stumps = fitModel('stumps', xor.features, xor.values, tr, xor.labels.y);
    const ga2m = fitModel('ga2m', xor.features, xor.values, tr, xor.labels.y) as AdditiveModel;
    expect(rocAuc(yTe, modelLogits(stumps, xor.values, te))).toBeLessThan(0.6);
    expect(rocAuc(yTe, modelLogits(ga2m, xor.values, te))).toBeGreaterThan(0.85);
    const pairs = ga2m.terms.filter((t) => t.columns.length === 2).map((t) => t.columns.map((c) => ga2m.columns[c]!.name).join('×'));
    expect(pairs).toContain('u×v');
    const c = contributions(ga2m, { u: 0.5, v: 0.5, w: 0 });
    const u = c.columns.find((x) => x.column === 'u')!.value;
    const v = c.columns.find((x) => x.column === 'v')!.value;
    expect(u).toBeGreaterThan(0.5);
    expect(v).toBeGreaterThan(0.5);
  });
});

describe('smoothing (GA2M)', () => {
  it('random cuts in the first cycles follow a straight-line risk more closely than best cuts alone', () => {
    const line = readDataset(syntheticCsv(3000, 1, (r) => 1.5 * (r.x as number) - 0.5, { x: uniform(-2, 2), plan: pick(['A', 'B']) }), {
      label: 'Churn',
    });
    const rows = Int32Array.from(line.labels.y, (_, i) => i);
    const grid = Array.from({ length: 39 }, (_, k) => -1.9 + k * 0.1);
    // Mean distance between the learned curve of x and the true 1.5 x, both centred on the grid.
    const distance = (smoothingCycles: number) => {
      const m = trainStumps(line.features, line.values, rows, line.labels.y, { ...GA2M_DEFAULTS, smoothingCycles });
      const curve = grid.map((x) => contributions(m, { x: x.toFixed(2), plan: 'A' }).columns.find((c) => c.column === 'x')!.value);
      const mean = curve.reduce((a, b) => a + b, 0) / grid.length;
      return grid.reduce((s, x, k) => s + Math.abs(curve[k]! - mean - 1.5 * x), 0) / grid.length;
    };
    expect(GA2M_DEFAULTS.smoothingCycles).toBeGreaterThan(0);
    expect(distance(GA2M_DEFAULTS.smoothingCycles)).toBeLessThan(0.75 * distance(0));
  });
});

describe('trainModel', () => {
  it('trains on every row of a table, leaving out the label and id it is told about', () => {
    const table = parseCsv(mainEffects.replace(/^x,/, 'id,x,').replace(/\n/g, (_, off: number) => `\n${off},`));
    const labels = table.rows.map((r) => (r[table.header.indexOf('Churn')] === 'Yes' ? 1 : 0));
    const m = trainModel(table, labels, 'stumps', { label: 'Churn', id: 'id' }) as AdditiveModel;
    expect(m.columns.map((c) => c.name)).toEqual(['x', 'plan', 'vip', 'noise']);
    expect(predict(m, { x: 2, plan: 'B', vip: 'Yes' })).toBeGreaterThan(0.8);
    expect(() => trainModel(table, labels.slice(1), 'logistic', { label: 'Churn' })).toThrow(RangeError);
  });
});
