/**
 * 金蝶云星辰 (Kingdee Cloud Xingchen), on Kingdee's Cosmic (苍穹) page engine.
 *
 * URL forms relied on (seen in public automation code for the web app and in Cosmic message
 * links that open a document):
 *   https://tf.jdy.com/ierp/index.html?formId=home_page                 workbench
 *   https://tf.jdy.com/ierp/index.html?formId=<form>&pkId=<id>          one record (Cosmic form + primary key)
 *   https://<host>/ierp/index.html?formId=bos_list&billFormId=<form>    a list
 * Records opened in the workbench's inner tabs keep the workbench URL; those fall back to the
 * generic name key. The key is `kingdee:<form>:<pkId>`. Fixtures: tests/fixtures/crm/kingdee/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

function keyFromUrl(url: URL): string | null {
  if (!/\/ierp\/index\.html$/i.test(url.pathname)) return null;
  const q = new URLSearchParams([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
  const form = q.get('formid');
  const pk = q.get('pkid');
  return form && pk && /^[A-Za-z0-9_]+$/.test(form) && /^\d{4,}$/.test(pk) ? `kingdee:${form}:${pk}` : null;
}

export const kingdeeAdapter = defineAdapter({
  id: 'kingdee',
  matches: (url) => (onHost(url, 'jdy.com') && /^\/ierp\//i.test(url.pathname)) || /\/ierp\/index\.html$/i.test(url.pathname),
  keyFromUrl,
  keyFromId(id, base) {
    const q = new URLSearchParams([...base.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
    const form = q.get('billformid') ?? q.get('formid');
    return form && /^\d{4,}$/.test(id) ? `kingdee:${form}:${id}` : null;
  },
  nameFallback: true,
});
