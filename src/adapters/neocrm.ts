/**
 * 销售易 (Neocrm / xiaoshouyi).
 *
 * URL forms relied on (links as the web app writes them, seen in public code built on it):
 *   https://crm.xiaoshouyi.com/final/account.action?id=<accountId>     客户 detail page
 *   https://crm.xiaoshouyi.com/final/<entity>.action?id=<id>           other entities (not keyed)
 *   https://crm.xiaoshouyi.com/neoweb/... #/.../account/detail/<id>     newer web client routes
 *     (not publicly documented: accepted when the route ends in account/detail/<numeric id>)
 * Ids are large integers: the key is `neocrm:<id>`. Fixtures: tests/fixtures/crm/neocrm/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

function keyFromUrl(url: URL): string | null {
  if (/\/final\/account\.action$/i.test(url.pathname)) {
    const id = url.searchParams.get('id');
    return id && /^\d{4,}$/.test(id) ? `neocrm:${id}` : null;
  }
  const route = /account\/detail\/(\d{6,})(?:[/?]|$)/i.exec(url.hash || url.pathname);
  return route ? `neocrm:${route[1]}` : null;
}

export const neocrmAdapter = defineAdapter({
  id: 'neocrm',
  matches: (url) => onHost(url, 'xiaoshouyi.com'),
  keyFromUrl,
  keyFromId: (id) => (/^\d{4,}$/.test(id) ? `neocrm:${id}` : null),
  nameFallback: true,
  noteSelectors: ['textarea[placeholder*="跟进"]', 'textarea[placeholder*="活动记录"]'],
});
