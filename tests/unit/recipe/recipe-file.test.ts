// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseRecipeFile } from '../../../src/options/recipe-file';

const good = (origin: string) => ({
  version: 1,
  origin,
  recordPath: '^/c/(\\d+)/?$',
  name: { selector: 'h1' },
  fields: [{ field: 'arr', selector: '[data-k="arr"]', label: 'ARR' }],
  list: { row: 'tbody > tr', name: 'a' },
  updatedAt: 1_700_000_000_000,
});

describe('reading a recipes file', () => {
  it('takes one recipe or a list of them', () => {
    const one = parseRecipeFile(JSON.stringify(good('https://a.example')), document);
    expect(one.ok && one.recipes.map((r) => r.origin)).toEqual(['https://a.example']);
    const two = parseRecipeFile(JSON.stringify([good('https://a.example'), good('https://b.example')]), document);
    expect(two.ok && two.recipes).toHaveLength(2);
  });

  it('names the recipe and the field that is wrong, and imports nothing', () => {
    const bad = { ...good('https://b.example'), fields: [{ field: 'arr', selector: 5 }] };
    const r = parseRecipeFile(JSON.stringify([good('https://a.example'), bad]), document);
    expect(r.ok).toBe(false);
    if (r.ok || r.kind !== 'invalid') throw new Error('expected invalid');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ index: 2, origin: 'https://b.example', field: 'fields.0.selector' });
  });

  it('rejects selectors and id patterns that would throw on the page', () => {
    const r = parseRecipeFile(JSON.stringify({ ...good('https://a.example'), recordPath: '^/c/\\d+$', list: { row: 'tr[', name: 'a' } }), document);
    if (r.ok || r.kind !== 'invalid') throw new Error('expected invalid');
    expect(r.problems.map((p) => p.field).sort()).toEqual(['list.row', 'recordPath']);
  });

  it('says when the file is not JSON, not recipes, or empty', () => {
    const notJson = parseRecipeFile('{oops', document);
    expect(!notJson.ok && notJson.kind).toBe('json');
    const notRecipes = parseRecipeFile('"text"', document);
    expect(!notRecipes.ok && notRecipes.kind).toBe('shape');
    const empty = parseRecipeFile('[]', document);
    expect(!empty.ok && empty.kind).toBe('empty');
  });
});
