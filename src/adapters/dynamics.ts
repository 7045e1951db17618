/**
 * Microsoft Dynamics 365 (model-driven apps, Dataverse).
 *
 * URL forms relied on (Microsoft Learn, "Open forms, views, dialogs, and reports with a URL"):
 *   https://<org>.crm<N>.dynamics.com/main.aspx?appid=<app>&pagetype=entityrecord&etn=account&id=<GUID>
 *   https://<org>.crm.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B<GUID>%7D
 *   https://<org>.crm.dynamics.com/main.aspx?etn=account&pagetype=entitylist&viewid=...   view
 *   on-premises: http://<server>/<org>/main.aspx?... with the same parameters
 * GUIDs appear with or without braces and in either case; the key is `dynamics:<guid>` in lower
 * case without braces. Grid rows carry the record GUID (row-id / data-id attributes).
 * Fixtures: tests/fixtures/crm/dynamics/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

function guidKey(id: string | null | undefined): string | null {
  const m = id ? GUID.exec(id.trim()) : null;
  return m ? `dynamics:${m[1]!.toLowerCase()}` : null;
}

/** Accounts and contacts (B2C); other tables (tasks, cases) get no badge. A missing etn is trusted. */
const isAccountEntity = (etn: string | null) => !etn || ['account', 'contact'].includes(etn.toLowerCase());

function keyFromUrl(url: URL): string | null {
  if (!/\/main\.aspx$/i.test(url.pathname)) return null;
  const q = new URLSearchParams([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
  // The unified interface may keep the parameters in the hash after a client-side navigation.
  if (!q.get('pagetype') && url.hash.includes('pagetype=')) new URLSearchParams(url.hash.slice(1)).forEach((v, k) => q.set(k.toLowerCase(), v));
  return q.get('pagetype')?.toLowerCase() === 'entityrecord' && isAccountEntity(q.get('etn')) ? guidKey(q.get('id')) : null;
}

export const dynamicsAdapter = defineAdapter({
  id: 'dynamics',
  matches: (url) => onHost(url, 'dynamics.com') || /\/main\.aspx$/i.test(url.pathname),
  keyFromUrl,
  keyFromId: (id, base) => (isAccountEntity(base.searchParams.get('etn')) ? guidKey(id) : null),
  record: { name: ['[data-id="header_title"]', 'h1[data-id="header_title"]', '#formHeaderTitle'] },
  noteSelectors: ['textarea[aria-label*="note" i]', '[data-id="notescontrol"] textarea', 'textarea[placeholder*="note" i]'],
});
