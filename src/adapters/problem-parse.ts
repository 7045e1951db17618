/**
 * Reader problem codes read back for display. Apart from ./problems so the content script, which
 * only writes codes, does not carry this.
 */
import type { ProblemCode } from './problems';

/** How many details each code carries; the last takes the rest of the text, colons included. */
const DETAILS: Record<ProblemCode, number> = {
  too_large: 0, too_deep: 1, too_many_entries: 1, undated_entries: 1, name_too_long: 1,
  value_too_long: 2, no_name: 0, unreadable: 1, taught_missing: 2, taught_moved: 2,
};

/** A stored problem back into its code and details; null for one this version does not know. */
export function parseProblem(s: string): { code: ProblemCode; details: string[] } | null {
  const at = s.indexOf(':');
  const code = (at < 0 ? s : s.slice(0, at)) as ProblemCode;
  if (!(code in DETAILS)) return null;
  const rest = at < 0 ? '' : s.slice(at + 1);
  const n = DETAILS[code];
  if (n === 0) return { code, details: [] };
  if (n === 1) return { code, details: [rest] };
  const cut = rest.indexOf(':');
  return { code, details: cut < 0 ? [rest, ''] : [rest.slice(0, cut), rest.slice(cut + 1)] };
}
