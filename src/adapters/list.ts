/**
 * List views → one row per account: tables, ARIA grids and card lists. A row's key comes from its
 * record link (through the adapter's own URL rules), else from an id attribute, else from its
 * name within the origin, so the same account gets the same key on list and record pages.
 */
import type { FieldValue } from '../core/types';
import type { ListReadOptions, ListRow } from './types';
import { fieldValue } from './fields';
import { canonicalField, namesRecord } from './synonyms';
import { nameKey } from './name-key';
import { isDataTable, rowCells, tableShape, type TableRow } from './table';
import { MAX_VALUE, text } from './text';
import { isTimeline, localeOf } from './timeline';
import { closest, makeBudget, tagOf, walk, type Budget } from './walk';

export interface KeyRules {
  /** Key of the record a URL opens, or null when the URL is not a record page. */
  keyForUrl(url: URL): string | null;
  /** Key from an id the page puts on a row (data-id…), or null when the id is not one of ours. */
  keyForId(id: string, base: URL): string | null;
  /**
   * A CRM whose record URLs are known: a row that links only to other pages of the site (a
   * contact, a task, a user) is about something else and gets no key.
   */
  strict?: boolean;
}

/** Attributes a row may carry its record id in. */
export const ID_ATTRS = ['data-record-id', 'data-recordid', 'data-row-key-value', 'data-row-key', 'data-rowkey', 'data-account-id', 'data-id', 'data-key', 'data-rowid', 'data-item-id', 'data-pk', 'data-pkid', 'data-object-id'];
const MAX_ROWS = 5_000;

/** `name:<origin>:<name>`: the key of an account known only by its name on this site. */
export { nameKey };

function idAttribute(el: Element): string | undefined {
  for (const a of ID_ATTRS) {
    const v = el.getAttribute(a)?.trim();
    if (v && v.length <= 100) return v;
  }
  return undefined;
}

function linksIn(el: Element): HTMLAnchorElement[] {
  return [...walk(el, makeBudget(400))].filter((e) => tagOf(e) === 'A' && e.hasAttribute('href')) as HTMLAnchorElement[];
}

function resolve(href: string, base: URL): URL | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The first link in el that opens a record, with its key. */
function recordLink(el: Element, rules: KeyRules, base: URL): { url: URL; key: string; a: Element } | null {
  for (const a of linksIn(el)) {
    const url = resolve(a.getAttribute('href')!, base);
    const key = url && rules.keyForUrl(url);
    if (url && key) return { url, key, a };
  }
  return null;
}

function idKey(el: Element, rules: KeyRules, base: URL): string | null {
  for (let cur: Element | null = el, i = 0; cur && i < 2; cur = cur.firstElementChild, i++) {
    const id = idAttribute(cur);
    const key = id ? rules.keyForId(id, base) : null;
    if (key) return key;
  }
  return null;
}

/**
 * The column that names each row: a name column by its label, else one whose header says it
 * holds names or titles (Opportunity, 规则名称, 用户名称, Title).
 */
export function nameColumn(headers: readonly string[]): number {
  const canonical = headers.findIndex((h) => canonicalField(h) === 'name');
  return canonical >= 0 ? canonical : headers.findIndex(namesRecord);
}

function rowFromTable(row: TableRow, rules: KeyRules, base: URL, o: { now: number; locale?: string }, nameHeader: string | undefined): ListRow | null {
  const nameCell = nameHeader === undefined ? undefined : row.cells.find((c) => c.header === nameHeader);
  const link = (nameCell && recordLink(nameCell.el, rules, base)) || recordLink(row.el, rules, base);
  if (!link && rules.strict && linksIn(row.el).some((a) => resolve(a.getAttribute('href')!, base)?.origin === base.origin && !a.getAttribute('href')!.startsWith('#'))) return null;
  // A table's footer holds totals ("320,200.00 €"), not an account.
  if (tagOf(row.el.parentElement ?? row.el) === 'TFOOT') return null;
  // Without a name column or link, the first cell with words in it names the row: a number or an amount does not.
  const name = (nameCell?.text || (link && text(link.a)) || row.cells.find((c) => c.text && /\p{L}/u.test(c.text))?.text || '').slice(0, MAX_VALUE);
  if (!name) return null;
  const fields: Record<string, FieldValue> = {};
  for (const c of row.cells) {
    if (!c.text || c === nameCell || /^#\d*$/.test(c.header)) continue;
    const { key, value } = fieldValue(c.header, c.text.slice(0, MAX_VALUE), o);
    if (!(key in fields)) fields[key] = value;
  }
  const key = link?.key ?? idKey(row.el, rules, base) ?? nameKey(base.origin, name);
  return { el: row.el, key, name, ...(link ? { url: link.url.href } : {}), fields };
}

/** Menus and breadcrumbs link to records too, but they are not lists of accounts. */
const NAVIGATION = new Set(['NAV', 'NAVIGATION', 'MENU', 'MENUBAR', 'HEADER', 'FOOTER', 'BANNER', 'ASIDE', 'COMPLEMENTARY', 'TREE', 'TABLIST', 'TOOLBAR']);
/** Side bars and menus drawn from plain divs, by the names apps give them. */
const NAVIGATION_CLASS = /(^|[-_\s])(sidebar|sider|side-?nav|side-?menu|nav-?bar|menu|tree|tabs)([-_\s]|$)/i;

const HEADING = (e: Element) => /^H[1-6]$/.test(tagOf(e)) || e.getAttribute('role') === 'heading';

/** A card's name: its heading, else its record link's text, else its first line. */
function cardName(card: Element, link: Element | undefined): string {
  const heading = [...walk(card, makeBudget(300))].find(HEADING);
  return (heading && text(heading)) || (link && text(link)) || text(card, 80);
}

/** Cards: the largest element around a record link that holds no other record. */
function cards(root: ParentNode, rules: KeyRules, base: URL, budget: Budget, taken: Set<Element>, pick: NonNullable<ListReadOptions['pick']>): ListRow[] {
  const links: { a: Element; key: string; url: URL }[] = [];
  const withId: Element[] = [];
  const outside = (e: Element) =>
    !taken.has(e) && !isDataTable(e) && !NAVIGATION.has((e.getAttribute('role') ?? tagOf(e)).toUpperCase()) && !NAVIGATION_CLASS.test(e.getAttribute('class') ?? '') && !isTimeline(e);
  for (const el of walk(root, budget, outside)) {
    if (!outside(el)) continue;
    if (tagOf(el) === 'A' && el.hasAttribute('href')) {
      const url = resolve(el.getAttribute('href')!, base);
      const key = url && rules.keyForUrl(url);
      if (url && key) links.push({ a: el, key, url });
    } else if (idAttribute(el) && el.parentElement && Array.from(el.parentElement.children).filter((s) => s !== el && tagOf(s) === tagOf(el) && idAttribute(s)).length >= 1) {
      withId.push(el);
    }
  }
  const keys = new Set(links.map((l) => l.key));
  const found: { card: Element; l: (typeof links)[number] }[] = [];
  const seen = new Set<Element>();
  if (keys.size >= 2) {
    for (const l of links) {
      let card: Element = l.a;
      for (let up = card.parentElement, i = 0; up && i < 8 && !/^(BODY|HTML|MAIN)$/.test(tagOf(up)); up = up.parentElement, i++) {
        if (linksIn(up).some((a) => {
          const u = resolve(a.getAttribute('href')!, base);
          const k = u && rules.keyForUrl(u);
          return k && k !== l.key;
        })) break;
        card = up;
      }
      if (seen.has(card)) continue;
      seen.add(card);
      found.push({ card, l });
    }
  }
  const out: ListRow[] = [];
  const chosen = new Set(pick(found.map((f) => f.card)));
  for (const { card, l } of found) {
    if (!chosen.has(card)) continue;
    const name = cardName(card, l.a).slice(0, MAX_VALUE);
    if (name) out.push({ el: card, key: l.key, name, url: l.url.href });
  }
  const byId = withId.filter((el) => !seen.has(el) && !closest(el, (e) => seen.has(e), 10));
  for (const el of pick(byId)) {
    const key = rules.keyForId(idAttribute(el)!, base);
    const name = cardName(el, undefined).slice(0, MAX_VALUE);
    if (key && name) out.push({ el, key, name });
  }
  return out;
}

export interface ListOptions extends ListReadOptions {
  now?: number;
  locale?: string;
  budget?: Budget;
}

/** What a table row shows: its columns, its text and where its links go (light DOM, as the page observer sees it). */
function rowShows(row: Element, names: string[]): string {
  let s = `${names.join('\u0001')}\u0002${row.textContent}`;
  for (const a of row.querySelectorAll('a[href]')) s += `\u0003${a.getAttribute('href')}`;
  return s;
}

/** How many leading rows are searched for a record link when a table has no name column. */
const LINK_PROBE_ROWS = 20;

/** Every account row in root: table and grid rows first, then cards outside tables. */
export function readListRows(root: ParentNode, base: URL, rules: KeyRules, opts: ListOptions = {}): ListRow[] {
  const budget = opts.budget ?? makeBudget();
  const o = { now: opts.now ?? Date.now(), locale: opts.locale ?? localeOf(root) };
  const pick = opts.pick ?? ((rows: readonly Element[]) => rows);
  const out: ListRow[] = [];
  const taken = new Set<Element>();
  for (const el of walk(root, budget, (e) => !taken.has(e))) {
    if (!isDataTable(el)) continue;
    taken.add(el);
    const shape = opts.shapes?.get(el) ?? tableShape(el, budget);
    opts.shapes?.set(el, shape);
    const { body, names } = shape;
    // A table of activities or line items is not a list of accounts: it has no record links and no name column.
    const nameCol = nameColumn(names);
    const named = nameCol >= 0 || body.slice(0, LINK_PROBE_ROWS).some((r) => recordLink(r, rules, base));
    if (!named) continue;
    for (const r of pick(body)) {
      const shows = opts.memo ? rowShows(r, names) : '';
      const seen = opts.memo?.get(r);
      let row: ListRow | null;
      if (seen?.shows === shows) row = seen.row;
      else {
        const cells = rowCells(r, names);
        row = cells.some((c) => c.text) ? rowFromTable({ el: r, cells }, rules, base, o, names[nameCol]) : null;
        opts.memo?.set(r, { shows, row });
      }
      if (row) out.push(row);
      if (out.length >= MAX_ROWS) return out;
    }
  }
  out.push(...cards(root, rules, base, makeBudget(), taken, pick).slice(0, MAX_ROWS - out.length));
  return out;
}
