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
import { odooAdapter } from './odoo';
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
  odooAdapter,
  genericAdapter,
];

/** Every adapter is built by defineAdapter, whose matches() never throws. */
export const pickAdapter = (url: URL, doc: Document): CrmAdapter => ADAPTERS.find((a) => a.matches(url, doc)) ?? genericAdapter;
