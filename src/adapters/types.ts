import type { FieldValue, Interaction } from '../core/types';

/** What a reader took from a record page; the content script turns it into a snapshot. */
export interface AccountRead {
  key: string;
  name: string;
  fields: Record<string, FieldValue>;
  /** Timeline entries without the account key (added by the worker, which owns keys). */
  interactions: Omit<Interaction, 'account'>[];
  /** What the reader could not read, so bad pages explain themselves instead of failing. */
  problems: string[];
  /** Where the page shows the record's name: the record badge sits beside it. Never sent. */
  anchor?: Element | null;
}

export interface ListRow {
  /** The element a badge anchors to; the content script owns placement. */
  el: Element;
  key: string;
  name: string;
  /** The record page the row links to, when it has one. */
  url?: string;
  /** Values the row itself shows (ARR, renewal, last contact…), so a first visit can be scored. */
  fields?: Record<string, FieldValue>;
}

/** What the content script asks of a list read, so a long list costs what the user sees. */
export interface ListReadOptions {
  /**
   * Given one list's rows in page order, the ones to read (all when absent); the rest stay unread,
   * e.g. those far off screen in a long list.
   */
  pick?: (rows: readonly Element[]) => Iterable<Element>;
  /**
   * Rows read before, by element: a row whose text and links are unchanged is not read again.
   * Owned by the caller, so it lives as long as the page does.
   */
  memo?: WeakMap<Element, { shows: string; row: ListRow | null }>;
  /**
   * Tables already taken apart (header names, body rows), by table. The caller keeps it only while
   * nothing on the page changed, e.g. when a read is asked for because rows scrolled into view.
   */
  shapes?: WeakMap<Element, { body: Element[]; names: string[] }>;
}

export interface NoteTarget {
  /** The editable element (textarea, input, contenteditable) to write into. */
  input: HTMLElement;
  /** The control that saves the note, when the CRM has one. */
  submit?: HTMLElement;
}

/** One per CRM family (see DESIGN.md): small, URL-first, DOM as the fallback. */
export interface CrmAdapter {
  id: string;
  matches(url: URL, doc?: Document): boolean;
  recordKey(url: URL, doc: Document): string | null;
  /** `opened`: the name of the list row the user clicked to get here, a cross-check for the title. */
  readRecord(url: URL, doc: Document, seen?: { opened?: string }): AccountRead | null;
  readList(url: URL, doc: Document, opts?: ListReadOptions): ListRow[];
  /** Asynchronous because its reader loads only when a note is written: it is not carried on every page. */
  noteTarget?(doc: Document): Promise<NoteTarget | null>;
}
