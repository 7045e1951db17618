/**
 * Pipedrive.
 *
 * URL forms relied on (record links as Pipedrive's web app writes them, used by public
 * integrations: https://app.pipedrive.com/organization/<id>; API ids from the Pipedrive
 * developer docs, Organizations: integer ids):
 *   https://<company>.pipedrive.com/organization/<id>     organization (account) page
 *   https://<company>.pipedrive.com/person/<id>           person page
 *   https://<company>.pipedrive.com/deal/<id>             deal page
 *   https://<company>.pipedrive.com/organizations?filter_id=<n>   list view
 * Organizations and persons are keyed (deals are not customers). Ids are integers per Pipedrive company; the key is `pipedrive:<kind>:<id>`.
 * Fixtures: tests/fixtures/crm/pipedrive/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

function keyFromUrl(url: URL): string | null {
  const m = /^\/(organization|person)\/(\d+)(?:\/|$)/.exec(url.pathname);
  return m ? `pipedrive:${m[1]}:${m[2]}` : null;
}

export const pipedriveAdapter = defineAdapter({
  id: 'pipedrive',
  matches: (url) => onHost(url, 'pipedrive.com'),
  keyFromUrl,
  record: { name: ['[data-test="header-title"]', '.detailView h1', 'h1'] },
  noteSelectors: ['[data-test="note-editor"] [contenteditable="true"]', 'textarea[placeholder*="note" i]', '[contenteditable="true"][aria-label*="note" i]'],
});
