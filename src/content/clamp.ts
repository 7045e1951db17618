/**
 * Trim what a page read before it is sent, to the protocol's bounds: an absurd page (a
 * 10,000-character name) still gets a badge instead of a refused message.
 */
import type { AccountRead, ListRow } from '../adapters/types';
import type { FieldValue } from '../core/types';
import { LIMITS } from '../protocol/limits';

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const finiteOrNone = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);

function clampFields(fields: Record<string, FieldValue>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [k, f] of Object.entries(fields).slice(0, LIMITS.fields)) {
    out[cut(k, 120)] = {
      raw: cut(f.raw, LIMITS.raw),
      ...(finiteOrNone(f.num) !== undefined ? { num: f.num } : {}),
      ...(finiteOrNone(f.date) !== undefined ? { date: f.date } : {}),
      ...(f.label ? { label: cut(f.label, LIMITS.label) } : {}),
    };
  }
  return out;
}

/** Bounded, and marked as read from the page whatever the reader said. */
export function clampRead(r: AccountRead) {
  return {
    key: r.key,
    name: cut(r.name, LIMITS.name),
    fields: clampFields(r.fields),
    interactions: r.interactions
      .filter((i) => Number.isFinite(i.at))
      .slice(0, LIMITS.interactions)
      .map((i) => ({
        ...i,
        source: 'page' as const,
        id: cut(i.id, 200),
        ...(i.text !== undefined ? { text: cut(i.text, LIMITS.text) } : {}),
        amount: finiteOrNone(i.amount),
      })),
    problems: r.problems.slice(0, 50).map((p) => cut(p, 500)),
  };
}

export function clampRow(r: ListRow): { key: string; name: string; url?: string; fields?: Record<string, FieldValue> } {
  return {
    key: r.key,
    name: cut(r.name, LIMITS.name),
    ...(r.url && r.url.length <= 4000 ? { url: r.url } : {}),
    ...(r.fields ? { fields: clampFields(r.fields) } : {}),
  };
}
