import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../../src/adapters/problem-parse';
import { problem } from '../../../src/adapters/problems';

describe('reader problem codes', () => {
  it('come back as the code and details they were made from, colons in the last detail included', () => {
    expect(parseProblem(problem('too_large'))).toEqual({ code: 'too_large', details: [] });
    expect(parseProblem(problem('too_deep', 200))).toEqual({ code: 'too_deep', details: ['200'] });
    expect(parseProblem(problem('value_too_long', 500, 'Notes: internal'))).toEqual({ code: 'value_too_long', details: ['500', 'Notes: internal'] });
    expect(parseProblem(problem('unreadable', 'TypeError: x is null'))).toEqual({ code: 'unreadable', details: ['TypeError: x is null'] });
    expect(parseProblem(problem('taught_missing', 'nps', ''))).toEqual({ code: 'taught_missing', details: ['nps', ''] });
  });

  it('leave out a code this version does not know', () => {
    expect(parseProblem('page too large: stopped reading')).toBeNull();
    expect(parseProblem('')).toBeNull();
  });
});
