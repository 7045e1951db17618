import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stratifiedKFold } from '../../../src/core/cv';

describe('stratifiedKFold', () => {
  const outcomes = fc.array(fc.constantFrom(0, 1), { minLength: 10, maxLength: 300 });

  it('splits every row into exactly one test fold, with every class spread within one row', () => {
    fc.assert(
      fc.property(outcomes, fc.integer({ min: 2, max: 10 }), fc.nat(), (y, k, seed) => {
        const folds = stratifiedKFold(y, k, seed);
        expect(folds).toHaveLength(k);
        const seen = new Array<number>(y.length).fill(0);
        for (const f of folds) {
          for (const i of f.test) seen[i]!++;
          expect(f.train.length + f.test.length).toBe(y.length);
          expect(new Set([...f.train, ...f.test]).size).toBe(y.length);
        }
        expect(seen.every((c) => c === 1)).toBe(true);
        for (const cls of [0, 1]) {
          const counts = folds.map((f) => Array.from(f.test).filter((i) => y[i] === cls).length);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
        const sizes = folds.map((f) => f.test.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('repeats exactly for a seed and shuffles differently for another', () => {
    const y = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const a = stratifiedKFold(y, 5, 0).map((f) => Array.from(f.test));
    expect(stratifiedKFold(y, 5, 0).map((f) => Array.from(f.test))).toEqual(a);
    expect(stratifiedKFold(y, 5, 1).map((f) => Array.from(f.test))).not.toEqual(a);
  });

  it('rejects fewer than two folds', () => {
    expect(() => stratifiedKFold([0, 1, 0, 1], 1)).toThrow(RangeError);
  });
});
