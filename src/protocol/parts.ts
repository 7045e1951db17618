/**
 * Protocol building blocks of the full message schema (src/messages.ts), among them the messages
 * sent to the content script, which checks them by hand (src/protocol/content-inbound.ts).
 */
import * as v from 'valibot';
import { LIMITS } from './limits';
import type { ParseResult } from './parse-result';

export { LIMITS, type ParseResult };

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Extension page → content script: open the in-page picker. */
export const PickerStart = v.object({ type: v.literal('picker:start') });
/** Worker → content script. */
export const NoteFill = v.object({ type: v.literal('note:fill'), text: text(LIMITS.text) });
export const BadgesRefresh = v.object({ type: v.literal('badges:refresh') });

/** Validate an untrusted value; the error names the offending path so logs say what was wrong. */
export function parseWith<S extends v.GenericSchema>(schema: S, raw: unknown): ParseResult<v.InferOutput<S>> {
  const r = v.safeParse(schema, raw);
  if (r.success) return { ok: true, message: r.output };
  const issue = r.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') || '(root)';
  return { ok: false, error: `${path}: ${issue.message}` };
}
