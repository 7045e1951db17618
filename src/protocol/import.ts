/**
 * Messages of an import, options page → worker. The page parses the file and sends its rows in
 * chunks; the worker keeps them in memory until the commit writes them in one transaction, so an
 * import is saved whole or not at all, even when the worker is stopped half-way.
 */
import * as v from 'valibot';
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
  interactions: v.pipe(
    v.array(v.object({
      ref: Ref, id: text(100), at: finite, kind: v.picklist(INTERACTION_KINDS), text: v.optional(text(LIMITS.text)),
      amount: v.optional(finite), open: v.optional(v.boolean()),
    })),
    v.maxLength(IMPORT_CHUNK),
  ),
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
