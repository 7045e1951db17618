/**
 * The popup's filters, worked out in memory over the whole list the worker sent (ten thousand
 * rows filter in a few milliseconds); the worker uses them too, for the counts of the popup's
 * first screen. Each facet counts under the other filters, so a count says what choosing it would show.
 */
import type { CauseId, Level } from './types';
import type { FlaggedRow } from '../messages';

/** Rows the popup draws at first and adds with each "Show more": some screens' worth, drawn in a few milliseconds. */
export const PAGE = 25;

export type StatusTab = 'open' | 'new' | 'snoozed' | 'cleared';
/** '' is "any"; NONE picks the rows without a value (no owner, no cause named). */
export const NONE = '\u0000none';

export interface Filters {
  status: StatusTab;
  level: Level | '';
  cause: CauseId | typeof NONE | '';
  owner: string;
  site: string;
  query: string;
}

export const NO_FILTERS: Filters = { status: 'open', level: '', cause: '', owner: '', site: '', query: '' };

/** Names compare as the user would type them: full-width forms folded, Latin case ignored; Chinese as written. */
export const searchForm = (s: string): string => s.normalize('NFKC').toLocaleLowerCase();

type Facet = keyof Omit<Filters, 'query'>;

const inStatus = (r: FlaggedRow, tab: StatusTab) =>
  tab === 'open' ? r.status === 'new' || r.status === 'reviewed' : r.status === tab;

function matches(r: FlaggedRow, name: string | undefined, f: Filters, skip?: Facet): boolean {
  return (skip === 'status' || inStatus(r, f.status))
    && (skip === 'level' || !f.level || r.level === f.level)
    && (skip === 'cause' || !f.cause || (f.cause === NONE ? !r.cause : r.cause === f.cause))
    && (skip === 'owner' || !f.owner || (f.owner === NONE ? !r.owner : r.owner === f.owner))
    && (skip === 'site' || !f.site || r.site === f.site)
    && (!f.query || name!.includes(f.query));
}

/** The list with its names in search form, made once per list from the worker. */
export interface Indexed {
  rows: readonly FlaggedRow[];
  names: readonly string[];
}

/** Names are put in search form when a search first needs them. */
export function indexRows(rows: readonly FlaggedRow[]): Indexed {
  let names: string[] | undefined;
  return {
    rows,
    get names() {
      return (names ??= rows.map((r) => searchForm(r.name)));
    },
  };
}

export function applyFilters(ix: Indexed, f: Filters): FlaggedRow[] {
  const q = { ...f, query: searchForm(f.query.trim()) };
  const names = q.query ? ix.names : [];
  return ix.rows.filter((r, i) => matches(r, names[i], q));
}

/** How many rows each value of one facet would show under the other filters, most first. */
export function facetCounts(ix: Indexed, f: Filters, facet: Facet): Map<string, number> {
  const q = { ...f, query: searchForm(f.query.trim()) };
  const names = q.query ? ix.names : [];
  const counts = new Map<string, number>();
  ix.rows.forEach((r, i) => {
    if (!matches(r, names[i], q, facet)) return;
    const value = facet === 'status' ? r.status : facet === 'cause' ? r.cause ?? NONE : facet === 'owner' ? r.owner ?? NONE : r[facet];
    counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

/** The status tabs' counts: 'open' is new and reviewed together. */
export function statusCounts(ix: Indexed, f: Filters): Record<StatusTab, number> {
  const c = facetCounts(ix, f, 'status');
  const n = (s: string) => c.get(s) ?? 0;
  return { open: n('new') + n('reviewed'), new: n('new'), snoozed: n('snoozed'), cleared: n('cleared') };
}

/** Every value a facet takes in the whole list, so a choice never vanishes from its menu. */
export function facetValues(rows: readonly FlaggedRow[], facet: 'owner' | 'site' | 'cause'): string[] {
  const seen = new Set<string>();
  for (const r of rows) seen.add((facet === 'cause' ? r.cause : facet === 'owner' ? r.owner : r.site) ?? NONE);
  return [...seen].sort((a, b) => (a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b)));
}
