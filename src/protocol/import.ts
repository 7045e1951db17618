/**
 * Messages of an import, options page → worker. The page parses the file and sends its rows in
 * chunks; the worker keeps them in memory until the commit writes them in one transaction, so an
 * import is saved whole or not at all, even when the worker is stopped half-way.
 */
import * as v from 'valibot';
import type { ImportedInteraction } from '../core/import/rows';
import { IMPORT_KINDS, INTERACTION_KINDS } from '../core/types';
import { LIMITS, text } from './parts';

/** Rows per chunk: large enough to keep the round trips few, small enough for progress to move. */
export const IMPORT_CHUNK = 5_000;

const finite = v.pipe(v.number(), v.finite());
const ImportId = v.pipe(v.string(), v.regex(/^[\w-]{8,100}$/));
const Ref = v.pipe(
  v.object({ id: v.optional(text(120)), name: v.optional(text(LIMITS.name)) }),
  v.check((r) => Boolean(r.id || r.name), 'an account id or name'),
);
const Field = v.object({ raw: text(LIMITS.raw), num: v.optional(finite), date: v.optional(finite), label: v.optional(text(LIMITS.label)) });

export const ImportBegin = v.object({
  type: v.literal('import:begin'),
  id: ImportId,
  fileId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16,128}$/)),
  fileName: text(300),
  kind: v.picklist(IMPORT_KINDS),
  site: v.optional(v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/*\s]+$/))),
  rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  skipped: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
/**
 * Activity rows by columns. Chromium's messaging copies each object's keys one by one: 100,000 rows
 * as objects took 2 s to cross to the worker, as columns 0.4 s.
 */
export interface ActivityColumns {
  refId: (string | null)[];
  refName: (string | null)[];
  id: string[];
  at: number[];
  /** Index into INTERACTION_KINDS. */
  kind: number[];
  text: (string | null)[];
  amount: (number | null)[];
  open: (boolean | null)[];
}

export function toColumns(rows: readonly ImportedInteraction[]): ActivityColumns {
  const c: ActivityColumns = { refId: [], refName: [], id: [], at: [], kind: [], text: [], amount: [], open: [] };
  for (const r of rows) {
    c.refId.push(r.ref.id ?? null);
    c.refName.push(r.ref.name ?? null);
    c.id.push(r.id);
    c.at.push(r.at);
    c.kind.push(INTERACTION_KINDS.indexOf(r.kind));
    c.text.push(r.text ?? null);
    c.amount.push(r.amount ?? null);
    c.open.push(r.open ?? null);
  }
  return c;
}

export function fromColumns(c: ActivityColumns): ImportedInteraction[] {
  return c.id.map((id, i) => ({
    ref: { ...(c.refId[i] !== null ? { id: c.refId[i]! } : {}), ...(c.refName[i] !== null ? { name: c.refName[i]! } : {}) },
    id,
    at: c.at[i]!,
    kind: INTERACTION_KINDS[c.kind[i]!]!,
    ...(c.text[i] !== null ? { text: c.text[i]! } : {}),
    ...(c.amount[i] !== null ? { amount: c.amount[i]! } : {}),
    ...(c.open[i] !== null ? { open: c.open[i]! } : {}),
  }));
}

const column = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.maxLength(IMPORT_CHUNK));
const Activity = v.pipe(
  v.object({
    refId: column(v.nullable(text(120))),
    refName: column(v.nullable(text(LIMITS.name))),
    id: column(text(100)),
    at: column(finite),
    kind: column(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(INTERACTION_KINDS.length - 1))),
    text: column(v.nullable(text(LIMITS.text))),
    amount: column(v.nullable(finite)),
    open: column(v.nullable(v.boolean())),
  }),
  v.check((c) => Object.values(c).every((col) => col.length === c.id.length), 'columns of one length'),
  v.check((c) => c.id.every((_, i) => Boolean(c.refId[i] || c.refName[i])), 'an account id or name on every row'),
);

export const ImportRows = v.object({
  type: v.literal('import:rows'),
  id: ImportId,
  accounts: v.pipe(
    v.array(v.object({
      ref: Ref,
      fields: v.pipe(v.record(text(LIMITS.label), Field), v.check((o) => Object.keys(o).length <= LIMITS.fields, 'too many fields')),
      outcome: v.optional(v.picklist(['churned', 'retained'])),
    })),
    v.maxLength(IMPORT_CHUNK),
  ),
  interactions: Activity,
});
export const ImportCommit = v.object({ type: v.literal('import:commit'), id: ImportId });
export const ImportCancel = v.object({ type: v.literal('import:cancel'), id: ImportId });
export const ImportStatus = v.object({ type: v.literal('import:status'), id: ImportId });
export const ImportList = v.object({ type: v.literal('import:list') });

export type ImportPhase = 'receiving' | 'saving' | 'scoring' | 'done' | 'cancelled' | 'failed';
export interface ImportStatusData {
  phase: ImportPhase;
  done: number;
  total: number;
  error?: string;
}
