/**
 * Salesforce (Lightning Experience and Classic).
 *
 * URL forms relied on (Salesforce developer blog "Here's what you need to know about the new URL
 * format for Lightning", 2018; Lightning pageReference docs "Record Page" type):
 *   https://<my-domain>.lightning.force.com/lightning/r/<Object>/<recordId>/view   record page
 *   https://<my-domain>.lightning.force.com/lightning/r/<recordId>/view            list-view links
 *   https://<my-domain>.lightning.force.com/one/one.app#/sObject/<recordId>/view   pre-2018 form
 *   https://<instance>.salesforce.com/<recordId>                                   Classic
 *   https://<my-domain>.lightning.force.com/lightning/o/<Object>/list              list view
 * Ids are 15 characters (case-sensitive) or 18 (15 + a 3-character case checksum); both name the
 * same record, so keys always use the 18-character form. List rows carry data-recordid /
 * data-row-key-value. Only Account records (id prefix 001) are keyed. Salesforce says UI URLs are not a supported API, hence the DOM fallbacks.
 * Fixtures: tests/fixtures/crm/salesforce/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** 15- or 18-character id → the 18-character form (checksum recomputed), or null if not an id. */
export function toId18(id: string): string | null {
  if (!ID.test(id) || !/\d/.test(id)) return null;
  const base = id.slice(0, 15);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = base.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX[bits];
  }
  return base + suffix;
}

/** Accounts only (key prefix 001): badges belong to accounts, not to tasks, users or cases. */
const key = (id: string | undefined) => {
  const id18 = id?.startsWith('001') ? toId18(id) : null;
  return id18 ? `salesforce:${id18}` : null;
};

function keyFromUrl(url: URL): string | null {
  const lightning = /^\/lightning\/r\/(?:[A-Za-z0-9_]+\/)?([a-zA-Z0-9]{15,18})\/view\b/.exec(url.pathname);
  if (lightning) return key(lightning[1]);
  const legacy = /#\/sObject\/([a-zA-Z0-9]{15,18})\//.exec(url.hash);
  if (legacy) return key(legacy[1]);
  const classic = /^\/([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})\/?$/.exec(url.pathname);
  return classic ? key(classic[1]) : null;
}

export const salesforceAdapter = defineAdapter({
  id: 'salesforce',
  matches: (url) => onHost(url, 'force.com', 'salesforce.com', 'salesforce-setup.com') || /\.my\.salesforce\.com$/.test(url.hostname),
  keyFromUrl,
  keyFromId: (id) => key(id),
  record: {
    name: ['records-lwc-highlights-panel h1 lightning-formatted-text', 'records-highlights2 h1', '.slds-page-header__title', '#contactHeaderRow .topName'],
  },
  noteSelectors: ['textarea[placeholder*="Log a call" i]', 'textarea[name="Description"]', '.slds-publisher textarea', 'textarea[placeholder*="Write a note" i]'],
});
