import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MessageOf } from '../../../src/messages';
import { isAccountChanged, type AccountChanged } from '../../../src/protocol/changed';

describe('the pages’ check of the worker’s change broadcast', () => {
  it('takes what the worker sends, with or without an account', () => {
    // The type check (npm run typecheck) holds the pages' shape to the worker's schema.
    expectTypeOf<MessageOf<'account:changed'>>().toEqualTypeOf<AccountChanged>();
    expect(isAccountChanged({ type: 'account:changed' })).toBe(true);
    expect(isAccountChanged({ type: 'account:changed', key: 'salesforce:001A' })).toBe(true);
  });

  it('refuses other types, a key that is not text, and what is not an object', () => {
    for (const raw of [null, undefined, 'account:changed', 7, [], { type: 'account:change' }, { type: 'account:changed', key: 5 }, { type: 'account:changed', key: { toString: () => 'x' } }]) {
      expect(isAccountChanged(raw)).toBe(false);
    }
  });
});
