/**
 * Odoo (CRM, Contacts; self-hosted on any host, so recognised by its web client).
 *
 * URL forms relied on (Odoo's web client routes):
 *   /web#id=<id>&model=<model>&view_type=form…     a record (Odoo ≤ 16), e.g. model=res.partner
 *   /web#action=<n>&model=<model>&view_type=list    a list (no id)
 *   /odoo/<app or action>/<id>                        a record (Odoo 17.2+)
 * List rows carry only client-side ids (data-id="datapoint_12"), never the record's: rows are
 * keyed by name and joined to the record when it is opened.
 * Real pages: ../shared/real-pages/odoo (Odoo 16, English and Chinese).
 */
import { defineAdapter } from './define';

function keyFromUrl(url: URL): string | null {
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const id = hash.get('id');
  const model = hash.get('model');
  if (url.pathname.replace(/\/$/, '') === '/web' && id && /^\d+$/.test(id) && model) return `odoo:${url.host}:${model}:${id}`;
  const m = /^\/odoo\/(?:[\w.-]+\/)*?([\w.-]+)\/(\d+)\/?$/.exec(url.pathname);
  return m ? `odoo:${url.host}:${m[1]}:${m[2]}` : null;
}

export const odooAdapter = defineAdapter({
  id: 'odoo',
  matches: (url, doc) =>
    (url.pathname.replace(/\/$/, '') === '/web' && /(^#|&)(model|action)=/.test(url.hash)) ||
    url.pathname.startsWith('/odoo/') ||
    Boolean(doc?.body?.classList.contains('o_web_client')),
  keyFromUrl,
  // Rows' data-id are the web client's own ("datapoint_12"), not record ids.
  keyFromId: () => null,
  record: { name: ['.oe_title h1', '.o_form_view .oe_title [name="name"]'] },
  noteSelectors: ['.o-mail-Composer-input', '.o_ComposerTextInput_textarea', '.o_Composer textarea'],
  strictLists: false,
});
