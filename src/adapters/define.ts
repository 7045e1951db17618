/**
 * Builds a CRM family's adapter from what is specific to it — its URLs, where it shows the name
 * and the note composer — and the generic readers for everything else, so each family file stays
 * a page of URL knowledge. Every method is guarded: an adapter never throws into the page.
 */
import type { AccountRead, CrmAdapter, ListRow, NoteTarget } from './types';
import { readFields } from './fields';
import { nameKey, readListRows } from './list';
import { nameFromFields, readRecordWith, type RecordHints } from './record';
import { isCanonical } from './synonyms';
import { findTitle, openOverlay } from './title';
import { localeOf } from './timeline';
import { makeBudget } from './walk';
import { findNoteTarget } from './note-target';

export interface AdapterSpec {
  id: string;
  /** Is this page served by this CRM (host, path, page markers)? */
  matches(url: URL, doc?: Document): boolean;
  /** `<crm>:<id>` of the record a URL opens, or null when the URL opens no record. */
  keyFromUrl(url: URL): string | null;
  /** `<crm>:<id>` from an id a list row carries (data-id…), when it is this CRM's id. */
  keyFromId?(id: string, base: URL): string | null;
  /** Where the CRM shows the record name. */
  record?: RecordHints;
  /** Selectors of the CRM's note composer, tried before the generic search. */
  noteSelectors?: readonly string[];
  /**
   * Record pages whose URL carries no id (dialogs over a list, low-code forms): key them by the
   * record's name within the origin, as the generic reader does.
   */
  nameFallback?: boolean;
  /**
   * A list row that links only to other pages of the site (a contact, a task) is about something
   * else and gets no key. True unless the adapter knows no record URLs (the generic reader).
   */
  strictLists?: boolean;
}

/** Fields that make a page with a title a record page rather than a dashboard or a list. */
const RECORD_FIELDS = 4;

/**
 * A record whose URL names no id: a page with a labelled name field, a drawer or dialog with a
 * title open over a list, or a titled page of several fields that include a known one (status,
 * owner, phone…). Keyed by its name within the origin.
 */
function nameFromPage(url: URL, doc: Document): string | null {
  const overlay = openOverlay(doc);
  const fields = readFields(overlay ?? doc, { budget: makeBudget(), locale: localeOf(doc) });
  let name = nameFromFields(fields);
  const count = Object.keys(fields).length;
  if (!name && (overlay ? count > 0 : count >= RECORD_FIELDS && Object.keys(fields).some(isCanonical))) {
    name = findTitle(doc, {}, overlay)?.text;
  }
  return name ? nameKey(url.origin, name) : null;
}

export function defineAdapter(spec: AdapterSpec): CrmAdapter {
  const recordKey = (url: URL, doc: Document): string | null => {
    try {
      return spec.keyFromUrl(url) ?? (spec.nameFallback ? nameFromPage(url, doc) : null);
    } catch {
      return null;
    }
  };
  return {
    id: spec.id,
    matches: (url, doc) => {
      try {
        return spec.matches(url, doc);
      } catch {
        return false;
      }
    },
    recordKey,
    readRecord(url, doc, seen): AccountRead | null {
      const key = recordKey(url, doc);
      return key ? readRecordWith(doc, key, { ...spec.record, ...seen }) : null;
    },
    readList(url, doc, opts): ListRow[] {
      try {
        const rules = { keyForUrl: (u: URL) => spec.keyFromUrl(u), keyForId: (id: string, base: URL) => spec.keyFromId?.(id, base) ?? null, strict: spec.strictLists ?? true };
        return readListRows(doc, url, rules, opts);
      } catch {
        return [];
      }
    },
    noteTarget: async (doc): Promise<NoteTarget | null> => findNoteTarget(doc, spec.noteSelectors),
  };
}

/** The host is the CRM's domain or one of its subdomains. */
export const onHost = (url: URL, ...domains: string[]) =>
  domains.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`));
