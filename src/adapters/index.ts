/**
 * The adapter registry: specific CRM families first (recognised by URL), the generic reader
 * last, so every page gets a reader and a known CRM gets the one that knows its URLs.
 */
import type { CrmAdapter } from './types';
import { dynamicsAdapter } from './dynamics';
import { fxiaokeAdapter } from './fxiaoke';
import { genericAdapter } from './generic';
import { hubspotAdapter } from './hubspot';
import { jiandaoyunAdapter } from './jiandaoyun';
import { kingdeeAdapter } from './kingdee';
import { neocrmAdapter } from './neocrm';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import { yonyouAdapter } from './yonyou';
import { zohoAdapter } from './zoho';

export const ADAPTERS: readonly CrmAdapter[] = [
  salesforceAdapter,
  hubspotAdapter,
  dynamicsAdapter,
  zohoAdapter,
  pipedriveAdapter,
  jiandaoyunAdapter,
  fxiaokeAdapter,
  neocrmAdapter,
  yonyouAdapter,
  kingdeeAdapter,
  genericAdapter,
];

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
