import { describe, expect, it } from 'vitest';
import { lastAnswer } from '../../../src/core/last-answer';

describe('the last answer kept', () => {
  it('is given again for the same arguments, and worked out anew for any other', () => {
    let calls = 0;
    const head = lastAnswer((rows: readonly number[], first: number) => (calls++, rows.slice(0, first)));
    const rows = [3, 2, 1];
    const a = head(rows, 2);
    expect(head(rows, 2)).toBe(a);
    expect(calls).toBe(1);
    expect(head(rows, 1)).toEqual([3]);
    expect(head([3, 2, 1], 1)).toEqual([3]); // equal but not the same list: worked out again
    expect(calls).toBe(3);
    expect(head(rows, 2)).not.toBe(a); // only the last call is kept
  });
});
