import { describe, expect, it } from 'vitest';
import { isAccountChanged } from '../../../src/protocol/changed';

describe('the pages’ check of the worker’s change broadcast', () => {
  it('takes what the worker sends, with or without an account', () => {
    expect(isAccountChanged({ type: 'account:changed' })).toBe(true);
    expect(isAccountChanged({ type: 'account:changed', key: 'salesforce:001A' })).toBe(true);
  });

  it('refuses other types, a key that is not text, and what is not an object', () => {
    for (const raw of [null, undefined, 'account:changed', 7, [], { type: 'account:change' }, { type: 'account:changed', key: 5 }, { type: 'account:changed', key: { toString: () => 'x' } }]) {
      expect(isAccountChanged(raw)).toBe(false);
    }
  });

});
