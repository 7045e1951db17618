/**
 * HubSpot CRM.
 *
 * URL forms relied on (HubSpot developer docs "Understanding the CRM": object type ids 0-1
 * contacts, 0-2 companies, 0-3 deals, 0-5 tickets; record links as HubSpot's app writes them):
 *   https://app.hubspot.com/contacts/<portalId>/record/<objectTypeId>/<recordId>   record page
 *   https://app.hubspot.com/contacts/<portalId>/company/<recordId>                 older form
 *   https://app.hubspot.com/contacts/<portalId>/contact/<recordId>                 older form
 *   https://app.hubspot.com/contacts/<portalId>/objects/0-2/views/all/list         index page
 *   (app-eu1.hubspot.com and other regional hosts alike)
 * Record ids are unique per portal and object type, so the key is portal + object + id:
 * `hubspot:<portalId>:<objectTypeId>:<recordId>`; both URL forms give the same key.
 * Fixtures: tests/fixtures/crm/hubspot/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

/** Companies, and contacts for teams that sell to people: the records churn is judged on. */
const ACCOUNT_TYPES = new Set(['0-1', '0-2']);
const LEGACY: Record<string, string> = { contact: '0-1', company: '0-2', deal: '0-3', ticket: '0-5' };

function keyFromUrl(url: URL): string | null {
  const m = /^\/contacts\/(\d+)\/(?:record\/(\d+-\d+)|(contact|company|deal|ticket))\/(\d+)(?:\/|$)/.exec(url.pathname);
  if (!m) return null;
  const type = m[2] ?? LEGACY[m[3]!]!;
  return ACCOUNT_TYPES.has(type) ? `hubspot:${m[1]}:${type}:${m[4]}` : null;
}

export const hubspotAdapter = defineAdapter({
  id: 'hubspot',
  matches: (url) => onHost(url, 'hubspot.com') && /^\/contacts\/\d+\//.test(url.pathname),
  keyFromUrl,
  keyFromId(id, base) {
    // Index rows carry the bare record id; the portal and object come from the index URL.
    const m = /^\/contacts\/(\d+)\/objects\/(\d+-\d+)\//.exec(base.pathname);
    return m && ACCOUNT_TYPES.has(m[2]!) && /^\d+$/.test(id) ? `hubspot:${m[1]}:${m[2]}:${id}` : null;
  },
  record: { name: ['[data-selenium-test="highlightTitle"]', '[data-test-id="record-highlight-title"]'] },
  noteSelectors: ['[data-test-id="note-editor"] [contenteditable="true"]', '[aria-label*="note" i][contenteditable="true"]'],
});
