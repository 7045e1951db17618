/** The popup's filters and counts over a list in memory, and the first screen the worker sends. */
import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, facetValues, indexRows, NO_FILTERS, NONE, statusCounts } from '../../../src/core/review-filter';
import type { FlaggedRow } from '../../../src/messages';
import { decodeRows, headOf } from '../../../src/protocol/review-list';

const row = (key: string, over: Partial<FlaggedRow>): FlaggedRow => ({
  key, name: key, level: 'high', risk: 60, valueAtRisk: 100, at: 0, site: 'https://a.example.com', status: 'new', ...over,
});

const ROWS: FlaggedRow[] = [
  row('a', { name: 'ACME Trading', owner: 'Anna', cause: 'price', valueAtRisk: 900 }),
  row('b', { name: '恒信科技华东分公司', owner: '王芳', cause: 'price', site: 'https://b.example.cn', valueAtRisk: 800, level: 'critical' }),
  row('c', { name: 'Ａｃｍｅ Labs', cause: 'competitor', valueAtRisk: 700, status: 'reviewed' }),
  row('d', { name: 'Contoso', owner: 'Anna', valueAtRisk: 600, status: 'snoozed', snoozedUntil: 1 }),
  row('e', { name: '华联物流', owner: '王芳', cause: 'competitor', site: 'https://b.example.cn', valueAtRisk: 500, status: 'cleared', level: 'medium' }),
];
const ix = indexRows(ROWS);
const keys = (rs: FlaggedRow[]) => rs.map((r) => r.key);

describe('filters over the list in memory', () => {
  it('shows new and reviewed accounts by default, and each status on its own tab', () => {
    expect(keys(applyFilters(ix, NO_FILTERS))).toEqual(['a', 'b', 'c']);
    expect(keys(applyFilters(ix, { ...NO_FILTERS, status: 'snoozed' }))).toEqual(['d']);
    expect(statusCounts(ix, NO_FILTERS)).toEqual({ open: 3, new: 2, snoozed: 1, cleared: 1 });
  });

  it('filters by level, cause, owner and site, "none" included', () => {
    expect(keys(applyFilters(ix, { ...NO_FILTERS, level: 'critical' }))).toEqual(['b']);
    expect(keys(applyFilters(ix, { ...NO_FILTERS, cause: 'price' }))).toEqual(['a', 'b']);
    expect(keys(applyFilters(ix, { ...NO_FILTERS, owner: NONE }))).toEqual(['c']);
    expect(keys(applyFilters(ix, { ...NO_FILTERS, site: 'https://b.example.cn' }))).toEqual(['b']);
  });

  it('searches Chinese names as written and Latin ones in any case or width', () => {
    expect(keys(applyFilters(ix, { ...NO_FILTERS, query: '恒信' }))).toEqual(['b']);
    expect(keys(applyFilters(ix, { ...NO_FILTERS, query: ' acme ' }))).toEqual(['a', 'c']);
    expect(keys(applyFilters(ix, { ...NO_FILTERS, query: 'ＡＣＭＥ' }))).toEqual(['a', 'c']);
    expect(keys(applyFilters(ix, { ...NO_FILTERS, query: 'huanan' }))).toEqual([]);
  });

  it('counts each facet under the other filters, most first', () => {
    expect([...facetCounts(ix, NO_FILTERS, 'cause')]).toEqual([['price', 2], ['competitor', 1]]);
    // With a cause chosen, the cause counts still show what each other cause would give.
    expect([...facetCounts(ix, { ...NO_FILTERS, cause: 'competitor', owner: 'Anna' }, 'cause')]).toEqual([['price', 1]]);
    expect([...facetCounts(ix, { ...NO_FILTERS, query: 'acme' }, 'owner')]).toEqual([['Anna', 1], [NONE, 1]]);
    expect(facetValues(ROWS, 'owner')).toEqual(['Anna', '王芳', NONE]);
  });
});

describe("the popup's first screen", () => {
  it('holds the top accounts to review and the counts of the whole list', () => {
    const head = headOf(ROWS, 2);
    expect(keys(decodeRows(head.rows))).toEqual(['a', 'b']);
    expect(head).toMatchObject({ causes: [['price', 2], ['competitor', 1]], statuses: { open: 3, new: 2, snoozed: 1, cleared: 1 }, total: 5, value: 2400 });
  });
});
