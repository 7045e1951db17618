import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brier, calibrationError, liftAt, meanStd, rocAuc } from '../../../src/core/metrics';

describe('rocAuc', () => {
  it('counts the share of positive–negative pairs ranked right, ties as half', () => {
    // pairs (pos, neg): (0.8,0.1) ✓ (0.8,0.4) ✓ (0.8,0.35)✓ (0.4,0.1) ✓ (0.4,0.4) ½ (0.4,0.35) ✓ → 5.5/6
    expect(rocAuc([1, 0, 1, 0, 0], [0.8, 0.1, 0.4, 0.4, 0.35])).toBeCloseTo(5.5 / 6, 12);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, ½ when every score ties', () => {
    expect(rocAuc([0, 0, 1, 1], [1, 2, 3, 4])).toBe(1);
    expect(rocAuc([1, 1, 0, 0], [1, 2, 3, 4])).toBe(0);
    expect(rocAuc([1, 0, 1, 0], [7, 7, 7, 7])).toBe(0.5);
  });

  it('is undefined (NaN) when one outcome is absent', () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
  });

  const labelled = fc
    .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 60 })
    .filter((xs) => xs.some(([y]) => y === 1) && xs.some(([y]) => y === 0));

  it('depends only on the order of scores (invariant to increasing transforms)', () => {
    fc.assert(
      fc.property(labelled, (xs) => {
        const y = xs.map(([v]) => v);
        const p = xs.map(([, s]) => s);
        expect(rocAuc(y, p.map((s) => Math.exp(s / 3) + 5))).toBeCloseTo(rocAuc(y, p), 12);
      }),
    );
  });

  it('flips to 1 − AUC when the scores are negated, and ignores row order', () => {
    fc.assert(
      fc.property(labelled, fc.integer(), (xs, shift) => {
        const y = xs.map(([v]) => v);
        const p = xs.map(([, s]) => s);
        const auc = rocAuc(y, p);
        expect(auc).toBeGreaterThanOrEqual(0);
        expect(auc).toBeLessThanOrEqual(1);
        expect(rocAuc(y, p.map((s) => -s))).toBeCloseTo(1 - auc, 12);
        const k = Math.abs(shift) % xs.length;
        const rot = [...xs.slice(k), ...xs.slice(0, k)];
        expect(rocAuc(rot.map(([v]) => v), rot.map(([, s]) => s))).toBeCloseTo(auc, 12);
      }),
    );
  });
});

describe('brier, lift, calibration', () => {
  it('brier is the mean squared gap', () => {
    expect(brier([1, 0, 1, 0], [0.9, 0.2, 0.6, 0])).toBeCloseTo((0.01 + 0.04 + 0.16 + 0) / 4, 12);
  });

  it('lift at 10% is the churn rate of the top tenth over the overall rate', () => {
    // 20 rows, 4 positives (20%); the top 2 scores hold 1 positive (50%) → lift 2.5
    const y = [1, 0, 1, 1, 1, ...new Array<number>(15).fill(0)];
    const p = y.map((_, i) => 1 - i / 20);
    expect(liftAt(y, p, 0.1)).toBeCloseTo(2.5, 12);
  });

  it('lift counts scores tied across the cut in proportion', () => {
    // every score tied: the top 10% holds the overall rate, lift 1
    expect(liftAt([1, 0, 0, 0, 1, 0, 0, 0, 0, 0], new Array<number>(10).fill(0.3), 0.1)).toBeCloseTo(1, 12);
  });

  it('calibration error weighs each bin’s gap by its size', () => {
    // bin [0.1,0.2): p 0.15,0.15 vs y 0,1 → gap |0.3 − 1| = 0.7 over 2 rows
    // bin [0.9,1.0]: p 0.95,0.95 vs y 1,1 → gap |1.9 − 2| = 0.1
    expect(calibrationError([0, 1, 1, 1], [0.15, 0.15, 0.95, 0.95], 10)).toBeCloseTo((0.7 + 0.1) / 4, 12);
    expect(calibrationError([0, 1], [0, 1], 10)).toBe(0);
  });

  it('meanStd reports the population standard deviation', () => {
    expect(meanStd([1, 2, 3, 4])).toEqual({ mean: 2.5, std: Math.sqrt(1.25) });
  });
});
