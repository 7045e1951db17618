/**
 * Protocol building blocks shared by the full message schema (src/messages.ts) and the small
 * one the content script checks its inbound messages with: the content script pays only for
 * the few schemas it needs, not for the whole protocol.
 */
import * as v from 'valibot';

/** Bounds keep a hostile page from pushing megabytes through the worker into IndexedDB. */
export const LIMITS = { name: 500, raw: 2000, label: 200, text: 5000, fields: 200, interactions: 2000, rows: 5000 } as const;

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Extension page → content script: open the in-page picker. */
export const PickerStart = v.object({ type: v.literal('picker:start') });
/** Worker → content script. */
export const NoteFill = v.object({ type: v.literal('note:fill'), text: text(LIMITS.text) });
export const BadgesRefresh = v.object({ type: v.literal('badges:refresh') });

export const ContentInboundSchema = v.variant('type', [PickerStart, NoteFill, BadgesRefresh]);

export type ParseResult<T> = { ok: true; message: T } | { ok: false; error: string };

/** Validate an untrusted value; the error names the offending path so logs say what was wrong. */
export function parseWith<S extends v.GenericSchema>(schema: S, raw: unknown): ParseResult<v.InferOutput<S>> {
  const r = v.safeParse(schema, raw);
  if (r.success) return { ok: true, message: r.output };
  const issue = r.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') || '(root)';
  return { ok: false, error: `${path}: ${issue.message}` };
}
