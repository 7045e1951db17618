/**
 * What the content script accepts: the three messages the worker and the extension pages send
 * it. They are checked by hand against the same shapes the protocol's valibot schemas describe
 * (src/protocol/parts.ts; a unit test holds the two to agreement), because the content script
 * loads on every CRM page within a size budget and a schema library would be a fifth of it.
 */
import { LIMITS } from './limits';
import type { ParseResult } from './parse-result';

export type ContentInbound = { type: 'picker:start' } | { type: 'note:fill'; text: string } | { type: 'badges:refresh' };

export function parseContentInbound(raw: unknown): ParseResult<ContentInbound> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: '(root): not an object' };
  const msg = raw as Record<string, unknown>;
  switch (msg.type) {
    case 'picker:start':
    case 'badges:refresh':
      return { ok: true, message: { type: msg.type } };
    case 'note:fill':
      if (typeof msg.text !== 'string') return { ok: false, error: 'text: not a string' };
      if (msg.text.length > LIMITS.text) return { ok: false, error: `text: longer than ${LIMITS.text} characters` };
      return { ok: true, message: { type: msg.type, text: msg.text } };
    default:
      return { ok: false, error: 'type: not a message the content script accepts' };
  }
}
