/**
 * Zoho CRM.
 *
 * URL forms relied on (record links as Zoho CRM writes them, seen in public integrations that
 * build them, e.g. https://crm.zoho.com/crm/org<orgId>/tab/Accounts/<recordId>; Zoho's own help
 * names the modules Leads, Contacts, Accounts, Potentials/Deals):
 *   https://crm.zoho.<dc>/crm/org<orgId>/tab/<Module>/<recordId>            record page
 *   https://crm.zoho.<dc>/crm/tab/<Module>/<recordId>                       without an org
 *   https://crm.zoho.<dc>/crm/org<orgId>/tab/<Module>/custom-view/<cv>/list list view
 *   (dc = com, eu, in, com.au, com.cn, jp, ca; zohocrm.com.cn for the China data centre)
 * Accounts and Contacts modules only (badges belong to customers). Record ids are long numbers unique within the org: the key is `zoho:<orgId>:<recordId>`, or
 * `zoho:<recordId>` when the URL names no org. Fixtures: tests/fixtures/crm/zoho/{record,list}.html.
 */
import { defineAdapter } from './define';

function keyFromUrl(url: URL): string | null {
  const m = /^\/crm\/(?:org(\d+)\/)?tab\/(?:Accounts|Contacts)\/(\d{6,})(?:\/|$)/.exec(url.pathname);
  if (!m) return null;
  return m[1] ? `zoho:${m[1]}:${m[2]}` : `zoho:${m[2]}`;
}

export const zohoAdapter = defineAdapter({
  id: 'zoho',
  matches: (url) => /(^|\.)crm\.zoho\.[a-z.]+$/.test(url.hostname) || /(^|\.)zohocrm\.com\.cn$/.test(url.hostname),
  keyFromUrl,
  keyFromId(id, base) {
    const org = /^\/crm\/org(\d+)\//.exec(base.pathname)?.[1];
    return /\/tab\/(?:Accounts|Contacts)\//.test(base.pathname) && /^\d{6,}$/.test(id) ? (org ? `zoho:${org}:${id}` : `zoho:${id}`) : null;
  },
  record: { name: ['#subvalue_ACCOUNTNAME', '.dv_info_value[data-value]', 'h1', '#headervalue_Account_Name'] },
  noteSelectors: ['#notesTextArea', 'textarea[placeholder*="note" i]'],
});
