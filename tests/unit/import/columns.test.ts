/**
 * Activity rows cross to the worker by columns: what the page sends is what the worker rebuilds,
 * and the worker's check refuses columns that do not line up or rows without an account.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedInteraction } from '../../../src/core/import/rows';
import { INTERACTION_KINDS } from '../../../src/core/types';
import { parseMessage } from '../../../src/messages';
import { fromColumns, toColumns } from '../../../src/protocol/import';

const row: fc.Arbitrary<ImportedInteraction> = fc.record(
  {
    ref: fc.oneof(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }) }),
      fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }) }),
      fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), name: fc.string({ minLength: 1, maxLength: 40 }) }),
    ),
    id: fc.string({ minLength: 1, maxLength: 30 }),
    at: fc.integer({ min: 0, max: 4e12 }),
    kind: fc.constantFrom(...INTERACTION_KINDS),
    text: fc.string({ maxLength: 200 }),
    amount: fc.double({ noNaN: true, noDefaultInfinity: true }),
    open: fc.boolean(),
  },
  { requiredKeys: ['ref', 'id', 'at', 'kind'] },
);

const rowsMessage = (interactions: unknown) => ({ type: 'import:rows', id: 'import-0001', accounts: [], interactions });

describe('activity rows by columns', () => {
  it('rebuilds every row as it was, and the worker accepts it', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
      const cols = toColumns(rows);
      expect(fromColumns(cols)).toEqual(rows);
      const parsed = parseMessage(rowsMessage(cols));
      expect(parsed.ok).toBe(true);
    }));
  });

  it('refuses columns of different lengths, a row with no account, and an unknown kind', () => {
    const cols = toColumns([
      { ref: { id: 'C1' }, id: 'imp:1', at: 1, kind: 'call', text: '电话' },
      { ref: { name: '星河' }, id: 'imp:2', at: 2, kind: 'order', amount: 300 },
    ]);
    const broken = [
      { ...cols, text: ['电话'] },
      { ...cols, refId: [null, null], refName: ['星河', null] },
      { ...cols, kind: [0, INTERACTION_KINDS.length] },
      { ...cols, at: [1, Number.NaN] },
    ];
    for (const c of broken) expect(parseMessage(rowsMessage(c))).toMatchObject({ ok: false });
    expect(parseMessage(rowsMessage(cols)).ok).toBe(true);
  });
});
