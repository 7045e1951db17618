import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reliability, rocCurve } from '../../../src/core/curves';
import { calibrationError, rocAuc } from '../../../src/core/metrics';

/** Outcomes with both classes present and scores on a coarse grid, so ties are common. */
const sample = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 120 })
  .filter((rows) => rows.some(([y]) => y === 1) && rows.some(([y]) => y === 0))
  .map((rows) => ({ y: rows.map(([y]) => y), p: rows.map(([, s]) => s / 20) }));

const trapezoid = (pts: [number, number][]) =>
  pts.slice(1).reduce((a, [x, y], i) => a + (x - pts[i]![0]) * (y + pts[i]![1]) / 2, 0);

describe('ROC curve', () => {
  it('runs from (0,0) to (1,1), never turns back, and its area is the ROC AUC (ties counting half)', () => {
    fc.assert(
      fc.property(sample, ({ y, p }) => {
        const pts = rocCurve(y, p, 10_000);
        expect(pts[0]).toEqual([0, 0]);
        expect(pts.at(-1)).toEqual([1, 1]);
        for (let i = 1; i < pts.length; i++) {
          expect(pts[i]![0]).toBeGreaterThanOrEqual(pts[i - 1]![0]);
          expect(pts[i]![1]).toBeGreaterThanOrEqual(pts[i - 1]![1]);
        }
        // One point per distinct score, plus the origin.
        expect(pts).toHaveLength(new Set(p).size + 1);
        expect(trapezoid(pts)).toBeCloseTo(rocAuc(y, p), 10);
      }),
      { numRuns: 300 },
    );
  });

  it('is thinned to evenly spaced thresholds, ends kept, when long; empty with one outcome', () => {
    const n = 1000;
    const y = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const p = Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n);
    const pts = rocCurve(y, p, 50);
    expect(pts).toHaveLength(50);
    expect(pts[0]).toEqual([0, 0]);
    expect(pts.at(-1)).toEqual([1, 1]);
    expect(rocCurve([1, 1], [0.2, 0.4])).toEqual([]);
  });
});

describe('reliability diagram', () => {
  it('keeps every prediction once, in its bin, and its gaps add up to the calibration error', () => {
    fc.assert(
      fc.property(sample, ({ y, p }) => {
        const bins = reliability(y, p);
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(y.length);
        for (const b of bins) {
          expect(b.count).toBeGreaterThan(0);
          expect(b.predicted).toBeGreaterThanOrEqual(b.from - 1e-12);
          expect(b.predicted).toBeLessThanOrEqual(b.to + 1e-12);
          expect(b.observed).toBeGreaterThanOrEqual(0);
          expect(b.observed).toBeLessThanOrEqual(1);
        }
        const gaps = bins.reduce((s, b) => s + Math.abs(b.predicted - b.observed) * b.count, 0) / y.length;
        expect(gaps).toBeCloseTo(calibrationError(y, p, 10), 10);
      }),
      { numRuns: 300 },
    );
  });
});
