import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  expectedConditional, expectedUnconditional, fitBgNbd, gradientAt, logLikelihood, pAlive, pNoActivity, type Summary,
} from '../../../src/core/models/bgnbd';

const DATA = resolve(process.cwd(), '../shared/data/cdnow_customers_summary.csv');
const has = existsSync(DATA);
const PAPER = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function summaries(): Summary[] {
  return readFileSync(DATA, 'utf8').trim().split('\n').slice(1).map((l) => {
    const [, x, tx, T] = l.split(',').map(Number);
    return { x, tx, T };
  });
}

describe.skipIf(!has)('BG/NBD on the CDNOW sample (Fader, Hardie & Lee 2005)', () => {
  if (!has) console.log('skipped: ../shared/data is absent');
  const fit = has ? fitBgNbd(summaries()) : { ...PAPER, logLik: Number.NaN, iterations: 0 };

  it('recovers the paper’s parameters and log-likelihood', () => {
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(fit[k] - PAPER[k])).toBeLessThan(0.005);
    expect(Math.abs(fit.logLik - -9582.4)).toBeLessThan(0.1);
  });

  it('matches the paper’s conditional and unconditional expectations', () => {
    expect(expectedConditional(fit, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 2);
    expect(Math.abs(expectedConditional(fit, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.0015);
    const ts = [0.1429, 1, 3, 31.8571, 32, 78];
    const want = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    ts.forEach((t, i) => expect(Math.abs(expectedUnconditional(fit, t) - want[i])).toBeLessThan(0.0015));
  });
});

describe('BG/NBD properties', () => {
  const p = PAPER;
  const hist = fc.record({ x: fc.integer({ min: 0, max: 30 }), tx: fc.double({ min: 0, max: 1, noNaN: true }), T: fc.double({ min: 0.5, max: 80, noNaN: true }) })
    .map(({ x, tx, T }) => ({ x, tx: x === 0 ? 0 : tx * T, T }));

  it('P(alive) is a probability, 1 without repeat purchases', () => {
    fc.assert(fc.property(hist, ({ x, tx, T }) => {
      const v = pAlive(p, x, tx, T);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      if (x === 0) expect(v).toBe(1);
    }));
  });

  it('the chance of no activity falls as the window grows', () => {
    fc.assert(fc.property(hist, fc.double({ min: 0.1, max: 50, noNaN: true }), ({ x, tx, T }, tau) => {
      expect(pNoActivity(p, tau * 2, x, tx, T)).toBeLessThanOrEqual(pNoActivity(p, tau, x, tx, T) + 1e-12);
    }));
  });

  it('the analytic gradient matches finite differences', () => {
    const data: Summary[] = [{ x: 0, tx: 0, T: 30 }, { x: 3, tx: 20, T: 38 }, { x: 1, tx: 2, T: 10 }, { x: 7, tx: 35, T: 36 }];
    const g = gradientAt(data, p);
    const keys = ['r', 'alpha', 'a', 'b'] as const;
    keys.forEach((k, i) => {
      const h = 1e-6;
      const up = { ...p, [k]: p[k] * Math.exp(h) };
      const down = { ...p, [k]: p[k] * Math.exp(-h) };
      const fd = (logLikelihood(data, up) - logLikelihood(data, down)) / (2 * h);
      expect(Math.abs(fd - g[i])).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
    });
  });
});
