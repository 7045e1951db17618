/**
 * Activity timelines and feeds → interactions: ARIA feeds (role=feed/article), lists whose items
 * carry dates, and activity tables. Dates come from <time datetime> first, then the visible text;
 * the kind from explicit type markers (data attributes, icon labels), then the words of the entry.
 */
import { problem } from './problems';
import type { Interaction, InteractionKind } from '../core/types';
import { findAmount, parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { canonicalField } from './synonyms';
import { kindOf, openState, stableHash } from './kinds';
import { isDataTable, readTableRows } from './table';
import { text, textOf } from './text';
import { closest, makeBudget, tagOf, walk, type Budget } from './walk';

export type PageInteraction = Omit<Interaction, 'account'>;

export interface ReadOptions {
  now?: number;
  locale?: string;
  budget?: Budget;
  /** Timelines found during one read, by element: fields and timeline readers both ask. */
  timelines?: WeakMap<Element, Element[] | null>;
}

const ENTRY_TEXT = 1_000;
const MAX_ENTRIES = 2_000;


/** Markers an entry carries for its type: data attributes, icon names and labels, badges. */
function markers(item: Element): string {
  const budget = makeBudget(500);
  const parts: string[] = [];
  const attrs = ['data-kind', 'data-type', 'data-activity-type', 'data-event-type', 'data-icon', 'icon-name', 'data-category'];
  const own = item.getAttribute('aria-label');
  if (own && own.length <= 40) parts.push(own);
  for (const el of walk(item, budget)) {
    for (const a of attrs) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
    const tag = tagOf(el);
    const role = el.getAttribute('role');
    if (role === 'img' || tag === 'IMG' || tag === 'I' || /icon/i.test(el.getAttribute('class') ?? '')) {
      for (const a of ['aria-label', 'alt', 'title']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
      if (tag === 'I' || /icon/i.test(el.getAttribute('class') ?? '')) parts.push(el.getAttribute('class') ?? '');
    }
    if (/\b(type|kind|badge|tag|category)\b/i.test(el.getAttribute('class') ?? '')) parts.push(text(el, 40));
    if (parts.length > 20) break;
  }
  return parts.join(' ');
}


const ID_ATTRS = ['data-id', 'data-record-id', 'data-recordid', 'data-activity-id', 'data-event-id', 'data-key', 'id'];
function ownId(el: Element): string | undefined {
  for (const a of ID_ATTRS) {
    const v = el.getAttribute(a)?.trim();
    if (v && v.length <= 120) return v;
  }
  return undefined;
}

const DAY = 86_400_000;
/**
 * Relative times and clock times in an entry's text ("5 minutes ago", "3天前", "today at 8:49"):
 * they change between visits while the entry does not, so its id is made without them, and of its
 * day rather than its exact time.
 */
const RELATIVE_TIME = /\b\d+\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b(in|due in)\s+\d+\s*\w+|\d+\s*(秒|分钟|个?小时|天|周|个?星期|个?月|年)\s*(前|以前|之前|后|以后|之后|内)|just now|刚刚|\b(today|yesterday|tomorrow)\b|今天|昨天|明天|前天|后天|\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?/gi;

/**
 * The entry's own words: its longest run of text. The app's words around it ("Due in 3 days:",
 * "3天后到期", "for Mitchell Admin") change with the CRM's language, the customer's words do not,
 * so an entry read in either language gets the same id.
 */
function ownWords(el: Element, body: string): string {
  const clean = (t: string) => t.replace(RELATIVE_TIME, '').replace(DATE_TEXT, '').replace(/\s+/g, ' ').trim();
  const whole = clean(body);
  // A table row's cells are all the record's own words, and a longest cell may be shared by its neighbours.
  if (tagOf(el) === 'TR') return whole;
  let best = '';
  const tw = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = tw.nextNode(), seen = 0; n && seen < 400; n = tw.nextNode(), seen++) {
    const t = clean((n as Text).data);
    if (t.length > best.length) best = t;
  }
  // Only words that are most of what the entry says, else the app's words are part of it.
  return best.length >= 8 && best.length * 2 >= whole.length ? best : whole;
}
const DATE_TEXT = /\d{1,4}([-/.年月]\d{1,2}){1,2}[日号]?/g;

function entry(at: number, kind: InteractionKind, body: string, extra: Partial<PageInteraction>, el: Element): PageInteraction {
  const id = ownId(el);
  return {
    id: id ? `id:${id}` : `h:${stableHash(`${Math.floor(at / DAY)}|${ownWords(el, body)}`)}`,
    at,
    kind,
    text: body,
    source: 'page',
    ...extra,
  };
}

function dateOf(item: Element, body: string, opts: Required<Pick<ReadOptions, 'now'>> & ReadOptions): number | undefined {
  let titled: number | undefined;
  for (const el of walk(item, makeBudget(500))) {
    // "5 minutes ago" widgets keep the exact time in a tooltip.
    const title = titled === undefined && el.getAttribute('title');
    if (title && /\d/.test(title) && title.length <= 60) titled = parseDate(title, opts);
    if (tagOf(el) !== 'TIME') continue;
    const dt = el.getAttribute('datetime');
    const at = (dt && parseDate(dt, opts)) || parseDate(text(el, 80), opts);
    if (at) return at;
  }
  if (titled !== undefined) return titled;
  const dated = item.getAttribute('data-date') ?? item.getAttribute('data-timestamp');
  if (dated) {
    const at = /^\d{12,13}$/.test(dated) ? Number(dated) : parseDate(dated, opts);
    if (at) return at;
  }
  return parseDate(body, opts);
}

/**
 * What the entry says, without its chrome: feeds put the author, type and date around the body,
 * and the body in paragraphs, under the entry's own heading when it has one. Quoting only those
 * keeps evidence readable.
 */
function bodyOf(item: Element, whole: string): string {
  const paras = [...item.querySelectorAll('h4, h5, h6, p, blockquote')]
    .map((p) => text(p, ENTRY_TEXT))
    // A short paragraph that is only an amount ("$18,000") is a detail, not what was said.
    .filter((t) => t.length > 0 && !(t.length <= 24 && findAmount(t) !== undefined));
  const body = paras.join(' ').trim();
  return body.length >= 2 ? body.slice(0, ENTRY_TEXT) : whole;
}

function readItem(item: Element, opts: Required<Pick<ReadOptions, 'now'>> & ReadOptions): PageInteraction | null {
  const t = textOf(item, ENTRY_TEXT);
  if (!t.text) return null;
  const at = dateOf(item, t.text, opts);
  if (at === undefined) return null;
  const mark = markers(item);
  const kind = kindOf(mark) !== 'other' ? kindOf(mark) : kindOf(t.text);
  const amount = findAmount(t.text, opts.locale);
  const open = kind === 'ticket' || kind === 'complaint' ? openState(`${mark} ${t.text}`) : undefined;
  return entry(at, kind, bodyOf(item, t.text), { ...(amount !== undefined ? { amount } : {}), ...(open !== undefined ? { open } : {}) }, item);
}

const DATE_HEAD = /date|time|when|created|occurred|日期|时间|发生/i;
const TYPE_HEAD = /^(type|kind|activity type|category)$|类型|类别|方式/i;
const BODY_HEAD = /subject|description|summary|details?|content|note|comment|activity|title|主题|内容|描述|摘要|详情|备注|记录|活动|事项|标题/i;
const AMOUNT_HEAD = /amount|total|value|金额|合计|总额/i;
const STATUS_HEAD = /status|state|状态/i;

function readActivityTable(table: Element, opts: Required<Pick<ReadOptions, 'now'>> & ReadOptions, budget: Budget): PageInteraction[] | null {
  const rows = readTableRows(table, budget);
  const headers = rows[0]?.cells.map((c) => c.header) ?? [];
  const dateCol = headers.findIndex((h) => DATE_HEAD.test(h));
  const bodyCols = headers.map((h, i) => (BODY_HEAD.test(h) && !DATE_HEAD.test(h) ? i : -1)).filter((i) => i >= 0);
  // A table of records (with a name column) is a list, not a history.
  if (dateCol < 0 || !bodyCols.length || headers.some((h) => canonicalField(h) === 'name')) return null;
  const typeCol = headers.findIndex((h) => TYPE_HEAD.test(h));
  const amountCol = headers.findIndex((h) => AMOUNT_HEAD.test(h));
  const statusCol = headers.findIndex((h) => STATUS_HEAD.test(h));
  const out: PageInteraction[] = [];
  for (const row of rows) {
    const cell = (i: number) => (i >= 0 ? row.cells[i] : undefined);
    const dateCell = cell(dateCol);
    if (!dateCell) continue;
    const timeEl = [...walk(dateCell.el, makeBudget(100))].find((e) => tagOf(e) === 'TIME');
    const at = (timeEl?.getAttribute('datetime') && parseDate(timeEl.getAttribute('datetime')!, opts)) || parseDate(dateCell.text, opts);
    if (at === undefined) continue;
    // What was said first, then who and how it ended (操作人, 执行结果…): all of it is evidence.
    const rest = row.cells.map((_, i) => i).filter((i) => i !== dateCol && i !== typeCol && i !== amountCol && !bodyCols.includes(i));
    const body = [...bodyCols, ...rest].map((i) => cell(i)?.text ?? '').filter((t) => t && t !== '-').join(' — ').slice(0, ENTRY_TEXT);
    const typeText = `${cell(typeCol)?.text ?? ''} ${cell(typeCol) ? markers(cell(typeCol)!.el) : ''}`;
    const kind = kindOf(typeText) !== 'other' ? kindOf(typeText) : kindOf(body);
    const amount = cell(amountCol) ? parseAmount(cell(amountCol)!.text, opts.locale) : findAmount(body, opts.locale);
    const open = kind === 'ticket' || kind === 'complaint' ? openState(cell(statusCol)?.text ?? body) : undefined;
    out.push(entry(at, kind, body, { ...(amount !== undefined ? { amount } : {}), ...(open !== undefined ? { open } : {}) }, row.el));
  }
  return out;
}

const LIST_TAGS = new Set(['OL', 'UL']);
/** Tables are read as tables (readActivityTable); the page's own frame is never one history. */
const NOT_A_HISTORY = new Set(['TABLE', 'TBODY', 'THEAD', 'TR', 'COLGROUP', 'SELECT', 'DL', 'FORM', 'BODY', 'HTML', 'MAIN']);
const hasTime = (el: Element) => [...walk(el, makeBudget(300))].some((e) => tagOf(e) === 'TIME');
const itemsOf = (list: Element) =>
  Array.from(list.children).filter((c) => tagOf(c) === 'LI' || ['listitem', 'article'].includes(c.getAttribute('role') ?? ''));

/** Label/value lists ("Renewal: 2024-03-05") are fields, not history. */
const isFieldLike = (t: string) => {
  const m = /^([^:：]{1,30})[:：]\s*(.{0,60})$/.exec(t);
  return Boolean(m && canonicalField(m[1]!) && kindOf(m[1]!) === 'other');
};

/** Names that containers of history carry in their class or label. */
const HISTORY_HINT = /activit|timeline|feed|chatter|message|history|comment|journal|跟进|动态|记录|日志|沟通|拜访/i;
/** How an entry is recognised among its siblings: the same tag and first class. */
const signature = (el: Element) => `${tagOf(el)}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;

/**
 * Does this item read as a dated entry — a date and something said — rather than a field row
 * ("Renewal date  2027-01-15": a short label beside the date)?
 */
function isDatedEntry(item: Element, now: number, locale?: string): boolean {
  const raw = item.textContent ?? '';
  if (raw.length < 8 || raw.length > 3_000) return false;
  // Every date a page prints has a digit, but for the day words.
  if (!/\d/.test(raw) && !DAY_WORDS.test(raw)) return false;
  let dated = false;
  for (const e of walk(item, makeBudget(300))) {
    const tag = tagOf(e);
    // A section of the page (its own heading, a table, a form, a tab's panel) is not one entry of a history.
    if (SECTION_PARTS.has(tag) || e.getAttribute('role') === 'tabpanel') return false;
    if (dated) continue;
    const title = e.getAttribute('title');
    dated = tag === 'TIME' || Boolean(title && title.length <= 60 && DATEISH.test(title) && parseDate(title, { now, locale }) !== undefined);
  }
  const t = text(item, 300);
  if (isFieldLike(t)) return false;
  if (!dated && !(DATEISH.test(t) && parseDate(t, { now, locale }) !== undefined)) return false;
  // What is left once dates and times are taken out must say something.
  const said = t.replace(/\d{1,4}([-/.年月:]\d{1,2}){1,2}[日号]?|\d{1,2}:\d{2}(:\d{2})?|[\d\s,.:/-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return said.length >= 10;
}

const DAY_WORDS = /yesterday|today|tomorrow|just now|刚刚|昨天|今天|明天|前天|后天/i;
const SECTION_PARTS = new Set(['H1', 'H2', 'H3', 'TABLE', 'FORM', 'DL', 'MAIN', 'SECTION']);
/** Cheap test before parseDate: digits in a date's shape, a clock time, or relative-time words. */
const DATEISH = /\d{1,4}\s*[-/.年月]\s*\d{1,2}|\d{1,2}:\d{2}|\d\s*(天|日|周|个?月|年|小时|分钟)|\bago\b|\bin \d|overdue|yesterday|today|tomorrow|just now|刚刚|昨天|今天|明天|前天|后天|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** A progress-steps widget (ant-steps, el-steps, a stepper): its steps in order. */
const STEPS = /(^|[-_\s])steps?([-_\s]|$)|stepper/i;

/**
 * The steps taken so far: steps done carry the day they were done and a title ("创建项目 曲丽丽
 * 2016-12-12"), the steps to come carry no date. Only the leading dated ones are history.
 */
function doneSteps(items: Element[], now: number, locale?: string): Element[] | null {
  const done: Element[] = [];
  for (const it of items) {
    const t = text(it, 300);
    const at = DATEISH.test(t) ? parseDate(t, { now, locale }) : undefined;
    if (at === undefined) break;
    done.push(it);
  }
  return done.length ? done : null;
}

/**
 * Entries that are siblings of one kind, most of them dated: chatter messages, activity cards, a
 * related list of follow-ups. One entry is enough when the container says it holds history.
 */
function repeatedEntries(el: Element, opts: ReadOptions): Element[] | null {
  const kids = el.children;
  const hinted = HISTORY_HINT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
  if (kids.length < (hinted ? 1 : 2)) return null;
  const groups = new Map<string, Element[]>();
  for (let i = 0; i < Math.min(kids.length, 60); i++) {
    const k = kids[i]!;
    const sig = signature(k);
    const g = groups.get(sig);
    if (g) g.push(k);
    else groups.set(sig, [k]);
  }
  let group: Element[] = [];
  for (const g of groups.values()) if (g.length > group.length) group = g;
  if (group.length < (hinted ? 1 : 2)) return null;
  // The group's signature, checked on the rest of a long run of siblings.
  const sig = signature(group[0]!);
  const items = kids.length > 60 ? Array.from(kids).slice(0, MAX_ENTRIES).filter((k) => signature(k) === sig) : group;
  const now = opts.now ?? Date.now();
  if (STEPS.test(el.getAttribute('class') ?? '')) return doneSteps(items, now, opts.locale);
  // Most groups of siblings are not histories: three undated ones in a row say so early.
  if (!items.slice(0, 3).some((it) => isDatedEntry(it, now, opts.locale))) return null;
  // A history-named box with one entry: its one dated child, when no child is or holds a history of
  // its own (a chatter panel wraps planned activities and a message list; neither is one entry).
  if (items.length === 1) {
    const kidsRead = Array.from(kids).slice(0, 12);
    if (kidsRead.some((k) => holdsHistory(k, opts))) return null;
    const dated = kidsRead.filter((k) => isDatedEntry(k, now, opts.locale));
    return dated.length === 1 ? dated : null;
  }
  const sample = items.slice(0, 12);
  const dated = sample.filter((it) => isDatedEntry(it, now, opts.locale)).length;
  return dated >= Math.max(1, Math.ceil(sample.length * 0.6)) ? items : null;
}

/** Is el, or something in it, a history of several entries (a lone one is a part named like its box)? */
function holdsHistory(el: Element, opts: ReadOptions): boolean {
  for (const e of walk(el, makeBudget(300))) if (e.children.length && (timelineItems(e, opts)?.length ?? 0) >= 2) return true;
  return false;
}

/** An element holding timeline entries, and those entries; null when it is not a timeline. */
function timelineItems(el: Element, opts: ReadOptions = {}): Element[] | null {
  const cached = opts.timelines?.get(el);
  if (cached !== undefined) return cached;
  const found = findTimelineItems(el, opts);
  opts.timelines?.set(el, found);
  return found;
}

function findTimelineItems(el: Element, opts: ReadOptions): Element[] | null {
  const role = el.getAttribute('role');
  if (role === 'feed') {
    const isArticle = (e: Element) => e !== el && (tagOf(e) === 'ARTICLE' || e.getAttribute('role') === 'article');
    return [...walk(el, makeBudget(5_000), (e) => !isArticle(e))].filter(isArticle);
  }
  if (closest(el, (e) => tagOf(e) === 'NAV' || e.getAttribute('role') === 'navigation' || e.getAttribute('role') === 'menu', 8)) return null;
  if (!LIST_TAGS.has(tagOf(el)) && role !== 'log' && role !== 'list') return NOT_A_HISTORY.has(tagOf(el)) ? null : repeatedEntries(el, opts);
  const items = itemsOf(el).slice(0, MAX_ENTRIES);
  if (!items.length) return null;
  const now = opts.now ?? Date.now();
  let dated = 0;
  let fieldLike = 0;
  for (const it of items.slice(0, 20)) {
    const t = text(it, 300);
    if (isFieldLike(t)) fieldLike++;
    if (hasTime(it) || parseDate(t, { now, locale: opts.locale }) !== undefined) dated++;
  }
  const sample = Math.min(items.length, 20);
  return dated >= Math.max(1, sample / 2) && fieldLike * 2 < sample ? items : null;
}

/** Is el a timeline, feed or activity table (so field readers leave it alone)? */
export function isTimeline(el: Element, opts: ReadOptions = {}): boolean {
  return timelineItems(el, opts) !== null;
}

/** Every timeline entry under root, oldest first not assumed: in page order. */
export function readTimeline(root: ParentNode, opts: ReadOptions = {}): PageInteraction[] {
  const budget = opts.budget ?? makeBudget();
  const o = { ...opts, now: opts.now ?? Date.now(), locale: opts.locale ?? localeOf(root) };
  const out: PageInteraction[] = [];
  const taken = new Set<Element>();
  let undated = 0;
  for (const el of walk(root, budget, (e) => !taken.has(e))) {
    if (out.length >= MAX_ENTRIES) {
      budget.problems.add(problem('too_many_entries', MAX_ENTRIES));
      break;
    }
    if (isDataTable(el)) {
      const rows = readActivityTable(el, o, budget);
      if (rows) out.push(...rows);
      // A table that is not a history (a list of records) holds none inside its cells either.
      taken.add(el);
      continue;
    }
    const items = timelineItems(el, o);
    if (!items) continue;
    taken.add(el);
    for (const it of items) {
      const read = readItem(it, o);
      if (read) out.push(read);
      else undated++;
    }
  }
  if (undated) budget.problems.add(problem('undated_entries', undated));
  const seen = new Set<string>();
  return out.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/** The page's language (document.documentElement.lang), for dates and amounts. */
export function localeOf(root: ParentNode): string | undefined {
  const doc = 'documentElement' in root ? (root as Document) : (root as Node).ownerDocument;
  const lang = doc?.documentElement?.getAttribute('lang')?.trim();
  return lang || undefined;
}
