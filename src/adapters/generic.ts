/**
 * The generic reader: any web CRM (or the bundled demo CRM) read through ordinary markup, with no
 * site-specific knowledge. The record id comes from the URL (a query id or the last path segment
 * that looks like one); without one, a page that names an account is keyed by that name within
 * its origin. Every specific adapter is built from the same blocks exported here.
 */
import type { CrmAdapter } from './types';
import { defineAdapter } from './define';

export { readFields, readPairs, fieldValue } from './fields';
export { readTimeline, localeOf } from './timeline';
export { kindOf, stableHash } from './kinds';
export { readTableRows, isDataTable } from './table';
export { readListRows, nameKey, type KeyRules } from './list';
export { readRecordWith, type RecordHints } from './record';
export { parseDate } from './parse-date';
export { parseAmount } from './parse-amount';
export { canonicalField, normaliseLabel } from './synonyms';

const ID_PARAMS = ['id', 'recordid', 'record_id', 'rowid', 'row_id', 'accountid', 'account_id', 'customerid', 'customer_id', 'objectid', 'object_id', 'oid', 'cid', 'rid'];
const ACTION_SEGMENTS = new Set(['view', 'edit', 'detail', 'details', 'show', 'overview', 'info', 'profile', 'summary', 'index.html', 'index.htm']);
const PAGING_SEGMENTS = new Set(['page', 'p', 'pages', 'year', 'v1', 'v2', 'api']);
const ID_TEXT = /^[\w.~%-]{1,100}$/;

/** The id a URL names: a query parameter, else the last path (or hash-route) segment that looks like one. */
function idFromUrl(url: URL): string | null {
  // Hash routes carry their own query ("#/table/x?rowId=2") or are one ("#id=14&model=res.partner").
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : /^#[\w.-]+=/.test(url.hash) ? url.hash.slice(1) : '';
  for (const params of [url.searchParams, new URLSearchParams(hashQuery)]) {
    for (const [k, v] of params) if (ID_PARAMS.includes(k.toLowerCase()) && ID_TEXT.test(v)) return v;
  }
  const hashPath = url.hash.startsWith('#/') || url.hash.startsWith('#!/') ? url.hash.replace(/^#!?/, '').split('?')[0]! : '';
  for (const path of [hashPath, url.pathname]) {
    const segs = path.split('/').filter(Boolean).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    while (segs.length && ACTION_SEGMENTS.has(segs[segs.length - 1]!.toLowerCase())) segs.pop();
    const last = segs[segs.length - 1];
    const prev = segs[segs.length - 2]?.toLowerCase();
    if (last && /\d/.test(last) && ID_TEXT.test(last) && !/\.(html?|php|aspx?|jsp)$/i.test(last) && !(prev && PAGING_SEGMENTS.has(prev))) return last;
  }
  return null;
}

const urlKey = (url: URL) => {
  const id = idFromUrl(url);
  return id ? `generic:${url.host}:${id}` : null;
};

export const genericAdapter: CrmAdapter = defineAdapter({
  id: 'generic',
  matches: () => true,
  keyFromUrl: urlKey,
  keyFromId: (id, base) => (ID_TEXT.test(id) ? `generic:${base.host}:${id}` : null),
  // No id in the URL: a page that shows an account name field is a record, keyed by that name.
  nameFallback: true,
  strictLists: false,
});
