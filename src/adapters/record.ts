/**
 * A record page → AccountRead: fields, timeline and a name, with every problem met on the way.
 * Adapters pass where their CRM shows the name; the generic reader falls back to the fields, the
 * page heading and the title. Never throws: a page that cannot be read says why.
 */
import { problem } from './problems';
import type { AccountRead } from './types';
import { readFields } from './fields';
import { MAX_VALUE, textOf } from './text';
import { localeOf, readTimeline } from './timeline';
import { findFirst, makeBudget, tagOf, walk } from './walk';

export interface RecordHints {
  /** CSS selectors where the CRM shows the record's name, tried in order. */
  name?: readonly string[];
  /** Reading time for relative dates ("3天前"); the clock when absent. */
  now?: number;
}

function firstText(doc: Document, selectors: readonly string[]): { text: string; cut: boolean } | null {
  for (const sel of selectors) {
    const el = findFirst(doc, sel, makeBudget());
    if (!el) continue;
    const t = textOf(el, MAX_VALUE + 1);
    if (t.text) return t;
  }
  return null;
}

function heading(doc: Document): { text: string; cut: boolean } | null {
  for (const el of walk(doc, makeBudget())) {
    if (tagOf(el) !== 'H1' && !(el.getAttribute('role') === 'heading' && el.getAttribute('aria-level') === '1')) continue;
    const t = textOf(el, MAX_VALUE + 1);
    if (t.text) return t;
  }
  return null;
}

export function readRecordWith(doc: Document, key: string, hints: RecordHints = {}): AccountRead | null {
  const problems: string[] = [];
  try {
    const budget = makeBudget();
    const now = hints.now ?? Date.now();
    const locale = localeOf(doc);
    const fields = readFields(doc, { now, locale, budget });
    const timelineBudget = makeBudget();
    const interactions = readTimeline(doc, { now, locale, budget: timelineBudget });
    const named = (hints.name && firstText(doc, hints.name)) || (fields.name && { text: fields.name.raw, cut: fields.name.raw.length >= MAX_VALUE }) || heading(doc);
    let name = named?.text ?? doc.title.split(/\s[|–—-]\s/)[0]!.trim();
    if (name.length > MAX_VALUE || named?.cut) {
      name = name.slice(0, MAX_VALUE);
      problems.push(problem('name_too_long', MAX_VALUE));
    }
    problems.push(...new Set([...budget.problems, ...timelineBudget.problems]));
    // Nothing record-like on the page: a list or a landing page that happens to have an id in its URL.
    if (!Object.keys(fields).length && !interactions.length) return null;
    if (!name) problems.push(problem('no_name'));
    return { key, name: name || key, fields, interactions, problems };
  } catch (e) {
    return { key, name: key, fields: {}, interactions: [], problems: [...problems, problem('unreadable', String(e).slice(0, 200))] };
  }
}
