/**
 * The content script's hand check and the protocol's valibot schemas describe the same three
 * messages: whatever one accepts, the other accepts, with the same result.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseContentInbound } from '../../../src/protocol/content-inbound';
import { BadgesRefresh, LIMITS, NoteFill, PickerStart } from '../../../src/protocol/parts';

const schema = v.variant('type', [PickerStart, NoteFill, BadgesRefresh]);

const nearlyMessages = fc.oneof(
  fc.record({ type: fc.constantFrom('picker:start', 'badges:refresh', 'note:fill', 'page:list', 'note:fil', ''), text: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant('x'.repeat(LIMITS.text + 1))) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constantFrom('picker:start', 'note:fill'), extra: fc.anything() }),
  fc.anything(),
);

describe('content script inbound check', () => {
  it('agrees with the protocol schemas on valid, near-valid and random values', () => {
    fc.assert(
      fc.property(nearlyMessages, (raw) => {
        const mine = parseContentInbound(raw);
        const theirs = v.safeParse(schema, raw);
        expect(mine.ok).toBe(theirs.success);
        if (mine.ok && theirs.success) expect(mine.message).toEqual(theirs.output);
      }),
      { numRuns: 2000 },
    );
  });

  it('says what was wrong', () => {
    expect(parseContentInbound({ type: 'note:fill', text: 3 })).toEqual({ ok: false, error: 'text: not a string' });
    expect(parseContentInbound('hello')).toMatchObject({ ok: false, error: expect.stringContaining('(root)') });
    expect(parseContentInbound({ type: 'data:clear' })).toMatchObject({ ok: false, error: expect.stringContaining('type') });
  });
});
