/**
 * The flagged list as the popup receives it ('review:list'): by columns, with what repeats (sites,
 * owners, levels, causes, statuses) named once and each address without its site, so ten thousand
 * accounts cross from the worker in about a third of the bytes FlaggedRow objects take. The popup
 * decodes it into the same FlaggedRows 'flagged:list' gives. Before it, 'review:head' brings the
 * first screen alone (the top rows to review and the counts around them), a few kilobytes however
 * long the list, so the popup paints at once and filters once the whole list is in.
 */
import { facetCounts, indexRows, NO_FILTERS, statusCounts, type StatusTab } from '../core/review-filter';
import type { ReviewStatus, VerdictMark } from '../core/review';
import { CAUSE_IDS, type Level } from '../core/types';
import type { FlaggedRow } from '../messages';

const LEVELS: readonly Level[] = ['low', 'medium', 'high', 'critical', 'unknown'];
const STATUSES: readonly ReviewStatus[] = ['new', 'reviewed', 'snoozed', 'cleared'];

export interface CompactList {
  sites: string[];
  owners: string[];
  key: string[];
  name: string[];
  /** The address after its site ('' for none; whole when it lies elsewhere). */
  path: string[];
  site: number[];
  /** -1: no owner, no cause named. */
  owner: number[];
  cause: number[];
  level: number[];
  status: number[];
  risk: (number | null)[];
  value: number[];
  at: number[];
  /** The few rows that have these, by row number. */
  rose: number[];
  snoozedUntil: Record<number, number>;
  verdict: Record<number, VerdictMark>;
}

function indexer(): [string[], (s: string | undefined) => number] {
  const list: string[] = [];
  const at = new Map<string, number>();
  return [list, (s) => {
    if (s === undefined) return -1;
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = list.push(s) - 1));
    return i;
  }];
}

export function encodeRows(rows: readonly FlaggedRow[]): CompactList {
  const [sites, site] = indexer();
  const [owners, owner] = indexer();
  const c: CompactList = {
    sites, owners, key: [], name: [], path: [], site: [], owner: [], cause: [], level: [], status: [], risk: [], value: [], at: [],
    rose: [], snoozedUntil: {}, verdict: {},
  };
  rows.forEach((r, i) => {
    c.key.push(r.key);
    c.name.push(r.name);
    c.path.push(!r.url ? '' : r.url.startsWith(`${r.site}/`) ? r.url.slice(r.site.length) : r.url);
    c.site.push(site(r.site));
    c.owner.push(owner(r.owner));
    c.cause.push(r.cause ? CAUSE_IDS.indexOf(r.cause) : -1);
    c.level.push(LEVELS.indexOf(r.level));
    c.status.push(STATUSES.indexOf(r.status));
    c.risk.push(r.risk);
    c.value.push(r.valueAtRisk);
    c.at.push(r.at);
    if (r.rose) c.rose.push(i);
    if (r.snoozedUntil !== undefined) c.snoozedUntil[i] = r.snoozedUntil;
    if (r.verdict) c.verdict[i] = r.verdict;
  });
  return c;
}

export function decodeRows(c: CompactList): FlaggedRow[] {
  const rose = new Set(c.rose);
  return c.key.map((key, i) => {
    const site = c.sites[c.site[i]!]!;
    const path = c.path[i]!;
    const owner = c.owner[i]!;
    const cause = c.cause[i]!;
    return {
      key, name: c.name[i]!, level: LEVELS[c.level[i]!]!, risk: c.risk[i]!, valueAtRisk: c.value[i]!, at: c.at[i]!, site,
      status: STATUSES[c.status[i]!]!,
      ...(path ? { url: /^https?:/i.test(path) ? path : site + path } : {}),
      ...(cause >= 0 ? { cause: CAUSE_IDS[cause] } : {}),
      ...(owner >= 0 ? { owner: c.owners[owner] } : {}),
      ...(rose.has(i) ? { rose: true } : {}),
      ...(c.snoozedUntil[i] !== undefined ? { snoozedUntil: c.snoozedUntil[i] } : {}),
      ...(c.verdict[i] ? { verdict: c.verdict[i] } : {}),
    };
  });
}

export interface ReviewHead {
  rows: CompactList;
  /** Accounts to review per likely cause, most first; accounts per status tab. */
  causes: [string, number][];
  statuses: Record<StatusTab, number>;
  /** Every flagged account, and the value at risk of those to review. */
  total: number;
  value: number;
}

export function headOf(rows: readonly FlaggedRow[], first: number): ReviewHead {
  const ix = indexRows(rows);
  const open = rows.filter((r) => r.status === 'new' || r.status === 'reviewed');
  return {
    rows: encodeRows(open.slice(0, first)),
    causes: [...facetCounts(ix, NO_FILTERS, 'cause')],
    statuses: statusCounts(ix, NO_FILTERS),
    total: rows.length,
    value: open.reduce((s, r) => s + r.valueAtRisk, 0),
  };
}
