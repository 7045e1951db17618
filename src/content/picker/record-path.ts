/**
 * The record id in the address: every account page of a CRM shares one path shape and differs
 * only in the id, so the path the user taught on becomes a pattern with the id as its one capture
 * group. The last id-like segment wins, because CRMs put the record after its type
 * ("/customers/123", "/lightning/r/Account/001.../view").
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The capture group for a token that looks like an id, or null when it reads like a word. */
function idGroup(token: string): string | null {
  if (/^\d+$/.test(token)) return '(\\d+)';
  if (UUID.test(token)) return '([0-9a-fA-F-]{36})';
  if (!/\d/.test(token) || token.length < 6) return null;
  if (/^[0-9a-f]+$/i.test(token) && /[a-f]/i.test(token)) return '([0-9a-fA-F]+)';
  if (/^[A-Za-z0-9]+$/.test(token)) return '([A-Za-z0-9]+)';
  if (/^[A-Za-z0-9_-]+$/.test(token)) return '([A-Za-z0-9_-]+)';
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The segment as a pattern, with the id (the whole segment, or one token of it) captured. */
function segmentPattern(segment: string): { pattern: string; whole: boolean } | null {
  const whole = idGroup(segment);
  if (whole) return { pattern: whole, whole: true };
  // "customer-881234.html": the id is one run of letters and digits among separators.
  const tokens = [...segment.matchAll(/[A-Za-z0-9]+/g)];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const m = tokens[i];
    const group = idGroup(m[0]);
    if (!group || !/\d/.test(m[0])) continue;
    const start = m.index;
    return {
      pattern: escape(segment.slice(0, start)) + group + escape(segment.slice(start + m[0].length)),
      whole: false,
    };
  }
  return null;
}

/** "/taught/customer-881234.html" → "^/taught/customer-(\d+)\.html/?$"; null when no segment holds an id. */
export function deriveRecordPath(pathname: string): string | null {
  const segments = pathname.split('/');
  let pick: { index: number; pattern: string; whole: boolean } | null = null;
  for (let i = segments.length - 1; i >= 0; i--) {
    if (!segments[i]) continue;
    const p = segmentPattern(segments[i]);
    // A whole-segment id beats an id buried in a segment further right (a file name like "v2.html").
    if (p && (!pick || (p.whole && !pick.whole))) pick = { index: i, ...p };
    if (pick?.whole) break;
  }
  if (!pick) return null;
  const parts = segments.map((s, i) => (i === pick.index ? pick.pattern : escape(s)));
  return `^${parts.join('/').replace(/\/$/, '')}/?$`;
}
