import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/core/types';
describe('cause ids', () => {
  it('lists the twelve DOMAIN.md causes', () => expect(CAUSE_IDS).toHaveLength(12));
});
