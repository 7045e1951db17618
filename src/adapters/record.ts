/**
 * A record page → AccountRead: fields, timeline and a name, with every problem met on the way.
 * Adapters pass where their CRM shows the name; the generic reader falls back to the fields, the
 * page heading and the title. Never throws: a page that cannot be read says why.
 */
import { problem } from './problems';
import type { AccountRead } from './types';
import { readFields } from './fields';
import { MAX_VALUE } from './text';
import { localeOf, readTimeline } from './timeline';
import { namesRecord } from './synonyms';
import { findTitle, openOverlay, titleText } from './title';
import { findFirst, makeBudget } from './walk';

export interface RecordHints {
  /** CSS selectors where the CRM shows the record's name, tried in order. */
  name?: readonly string[];
  /** The name of the list row the user opened this record from, when known. */
  opened?: string;
  /** Reading time for relative dates ("3天前"); the clock when absent. */
  now?: number;
}

function firstText(doc: Document, selectors: readonly string[]): { text: string; cut: boolean; el: Element } | null {
  for (const sel of selectors) {
    const el = findFirst(doc, sel, makeBudget());
    if (!el) continue;
    const t = titleText(el);
    if (t.text) return { ...t, el };
  }
  return null;
}

/** The name an edit form's fields give: the name field, else first and last name together. */
export function nameFromFields(fields: AccountRead['fields']): string | undefined {
  if (fields.name?.raw) return fields.name.raw;
  const titled = Object.values(fields).find((f) => f.label && namesRecord(f.label) && f.raw.trim());
  if (titled) return titled.raw;
  const first = fields['first name']?.raw ?? fields['名']?.raw;
  const last = fields['last name']?.raw ?? fields['姓']?.raw;
  if (!first && !last) return undefined;
  // 姓 comes first in Chinese names.
  return fields['姓'] ? `${last ?? ''}${first ?? ''}` : [first, last].filter(Boolean).join(' ');
}

export function readRecordWith(doc: Document, key: string, hints: RecordHints = {}): AccountRead | null {
  const problems: string[] = [];
  try {
    const budget = makeBudget();
    const now = hints.now ?? Date.now();
    const locale = localeOf(doc);
    // A record open in a drawer or dialog over a list: what it shows is the record, the list behind is not.
    const overlay = openOverlay(doc);
    const scope = overlay ?? doc;
    const timelines = new WeakMap<Element, Element[] | null>();
    const fields = readFields(scope, { now, locale, budget, timelines });
    const timelineBudget = makeBudget();
    let interactions = readTimeline(scope, { now, locale, budget: timelineBudget, timelines });
    // A dialog's linked records can open in a popup of their own, outside it.
    if (overlay && !interactions.length) interactions = readTimeline(doc, { now, locale, budget: timelineBudget, timelines });
    // Where the CRM is known to show the name first; else the page's own title, weighed against the fields.
    const named = (hints.name && firstText(doc, hints.name)) || findTitle(doc, { field: nameFromFields(fields), opened: hints.opened }, overlay);
    let name = named?.text ?? '';
    if (name.length > MAX_VALUE || named?.cut) {
      name = name.slice(0, MAX_VALUE);
      problems.push(problem('name_too_long', MAX_VALUE));
    }
    problems.push(...new Set([...budget.problems, ...timelineBudget.problems]));
    // Nothing record-like on the page: a list or a landing page that happens to have an id in its URL.
    if (!Object.keys(fields).length && !interactions.length) return null;
    if (!name) problems.push(problem('no_name'));
    return { key, name: name || key, fields, interactions, problems, anchor: named?.el ?? null };
  } catch (e) {
    return { key, name: key, fields: {}, interactions: [], problems: [...problems, problem('unreadable', String(e).slice(0, 200))] };
  }
}
