/**
 * The adapter registry: specific CRM families first (URL-first recognition), the generic reader
 * last, so every page gets a reader and a known CRM gets the one that knows its URLs.
 */
import type { CrmAdapter } from './types';
import { genericAdapter } from './generic';

export const ADAPTERS: readonly CrmAdapter[] = [genericAdapter];

export function pickAdapter(url: URL, doc: Document): CrmAdapter {
  for (const a of ADAPTERS) {
    try {
      if (a.matches(url, doc)) return a;
    } catch {
      // A broken predicate must not keep the page unread: try the next adapter.
    }
  }
  return genericAdapter;
}
