/**
 * The adapter for a page the user taught ("Teach ChurnLens this page"): the record id from the
 * address through the taught pattern, the name and each value through the taught selectors, and
 * when a CRM redesign breaks a selector, the value beside the label the page showed when it was
 * taught, found the way the generic reader pairs labels and values. The timeline and the note
 * composer are left to the generic reader.
 */
import { problem } from './problems';
import { CANONICAL_FIELDS, type FieldValue } from '../core/types';
import type { PageRecipe } from '../messages';
import { genericAdapter, nameKey, readTimeline, fieldValue } from './generic';
import { labelBeside, sameLabel, valueBeside } from './label-lookup';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { recordPattern } from './record-path';
import { DATE_FIELDS, labelUnit, NUMBER_FIELDS } from './synonyms';
import { MAX_VALUE, text } from './text';
import { localeOf } from './timeline';
import type { AccountRead, CrmAdapter, ListReadOptions, ListRow } from './types';
import { makeBudget } from './walk';

const MAX_ROWS = 5_000;
const MAX_ID = 100;

function query(root: ParentNode, selector: string): Element | null {
  try {
    return selector ? root.querySelector(selector) : null;
  } catch {
    return null;
  }
}

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)].slice(0, MAX_ROWS);
  } catch {
    return [];
  }
}

/** The field the user chose decides how its text is parsed, whatever the page's label says. */
function parse(field: string, raw: string, label: string | undefined, o: { now: number; locale?: string }): FieldValue {
  const value: FieldValue = { raw, ...(label ? { label } : {}) };
  if ((DATE_FIELDS as readonly string[]).includes(field)) {
    const date = parseDate(raw, o);
    if (date !== undefined) value.date = date;
  } else if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
    const num = parseAmount(raw, o.locale);
    if (num !== undefined) value.num = Number((num * labelUnit(label ?? '')).toPrecision(15));
  } else if (!(CANONICAL_FIELDS as readonly string[]).includes(field)) {
    // A field of the user's own naming (from an imported recipe): parse as the generic reader would.
    const read = fieldValue(label ?? field, raw, o).value;
    if (!label) delete read.label;
    return read;
  }
  return value;
}

export interface RecipeAdapterOptions {
  now?: () => number;
}

export function recipeAdapter(recipe: PageRecipe, opts: RecipeAdapterOptions = {}): CrmAdapter {
  const now = opts.now ?? Date.now;
  const pattern = recordPattern(recipe.recordPath);

  const idIn = (url: URL): string | null => {
    const id = pattern?.exec(url.pathname)?.[1];
    return id && id.length <= MAX_ID ? id : null;
  };
  const keyForUrl = (url: URL) => {
    const id = url.origin === recipe.origin ? idIn(url) : null;
    return id ? `recipe:${url.host}:${id}` : null;
  };

  const taughtRows = (doc: Document): Element[] => (recipe.list ? queryAll(doc, recipe.list.row) : []);

  function recordKey(url: URL, doc: Document): string | null {
    if (!recipe.name.selector) return genericAdapter.recordKey(url, doc);
    if (pattern) return keyForUrl(url);
    // No id in the address: a page showing the taught name is a record, unless it is the taught list.
    if (taughtRows(doc).length) return null;
    const el = query(doc, recipe.name.selector);
    const name = el ? text(el) : '';
    return name ? nameKey(url.origin, name) : null;
  }

  function readRecord(url: URL, doc: Document): AccountRead | null {
    if (!recipe.name.selector) return genericAdapter.readRecord(url, doc);
    const key = recordKey(url, doc);
    if (!key) return null;
    const o = { now: now(), locale: localeOf(doc) };
    const problems: string[] = [];
    const nameEl = query(doc, recipe.name.selector);
    let name = nameEl ? text(nameEl) : '';
    if (!name) problems.push(problem('taught_missing', 'name', recipe.name.selector.slice(0, 200)));

    const fields: Record<string, FieldValue> = {};
    for (const f of recipe.fields) {
      const el = query(doc, f.selector);
      let raw = el ? text(el) : '';
      // A record without some field can shift the others into its place (positions in a list of
      // pairs): a value whose label is not the taught one belongs to another field.
      const beside = raw && f.label ? labelBeside(el!) : null;
      const moved = beside !== null && !sameLabel(beside, f.label!);
      if (moved) raw = '';
      if (raw) {
        fields[f.field] = parse(f.field, raw, f.label, o);
        continue;
      }
      const byLabel = f.label ? valueBeside(doc, f.label) : null;
      if (byLabel) {
        fields[f.field] = parse(f.field, byLabel.raw, byLabel.label, o);
        if (!moved) problems.push(problem('taught_moved', f.field, f.label!));
      } else {
        problems.push(problem('taught_missing', f.field, f.label ?? ''));
      }
    }
    if (!name && !Object.keys(fields).length) return null;
    if (!name) name = doc.title.trim().slice(0, MAX_VALUE) || key;
    const budget = makeBudget();
    const interactions = readTimeline(doc, { ...o, budget });
    problems.push(...budget.problems);
    return { key, name: name.slice(0, MAX_VALUE), fields, interactions, problems, anchor: nameEl };
  }

  function readList(url: URL, doc: Document, opts?: ListReadOptions): ListRow[] {
    // Untaught lists stay unread: a guessed row name (the text of a "View" link) would overwrite
    // the name the taught record page gave the account. The picker opens on step 3 here instead.
    if (!recipe.list) return [];
    const out: ListRow[] = [];
    const rows = taughtRows(doc);
    for (const row of opts?.pick ? opts.pick(rows) : rows) {
      const nameEl = recipe.list.name ? query(row, recipe.list.name) : row;
      const name = nameEl ? text(nameEl) : '';
      if (!name) continue;
      const link = [nameEl?.closest('a[href]'), ...row.querySelectorAll('a[href]')]
        .map((a) => {
          try {
            return a ? new URL(a.getAttribute('href')!, url) : null;
          } catch {
            return null;
          }
        })
        .find((u) => u && keyForUrl(u));
      out.push(link ? { el: row, key: keyForUrl(link)!, name, url: link.href } : { el: row, key: nameKey(url.origin, name), name });
    }
    return out;
  }

  return {
    id: 'recipe',
    matches: (url) => url.origin === recipe.origin,
    recordKey,
    readRecord,
    readList,
    noteTarget: async (doc) => (await genericAdapter.noteTarget?.(doc)) ?? null,
  };
}
