/**
 * 简道云 (Jiandaoyun), the low-code platform many Chinese teams build their CRM in.
 *
 * URL forms relied on (data links as the web app writes them, seen in public code that opens
 * them; 简道云 open-API docs "表单和数据接口": apps, forms (entry) and data ids):
 *   https://www.jiandaoyun.com/dashboard/app/<appId>/form/<formId>/data/<dataId>   one record
 *   https://www.jiandaoyun.com/dashboard#/app/<appId>/form/<formId>                form's data view
 *   (private deployments on other hosts keep the same paths)
 * Data ids are 24-hex-digit object ids, unique across the platform: the key is
 * `jiandaoyun:<dataId>`. A record opened in a dialog over the data view leaves no id in the URL,
 * so such pages are keyed by the record's name within the origin (the generic rule).
 * Labels are whatever the form's author chose (客户名称, 负责人, 合同金额…): the zh synonyms read them.
 * Fixtures: tests/fixtures/crm/jiandaoyun/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

const OBJECT_ID = /^[0-9a-f]{24}$/i;

function keyFromUrl(url: URL): string | null {
  const path = `${url.pathname}${url.hash.replace(/^#/, '')}`;
  const m = /\/app\/[0-9a-f]{24}\/form\/[0-9a-f]{24}\/data\/([0-9a-f]{24})(?:\/|$|\?)/i.exec(path);
  return m ? `jiandaoyun:${m[1]!.toLowerCase()}` : null;
}

export const jiandaoyunAdapter = defineAdapter({
  id: 'jiandaoyun',
  matches: (url) => onHost(url, 'jiandaoyun.com') || /\/dashboard(?:#)?\/app\/[0-9a-f]{24}/i.test(`${url.pathname}${url.hash}`),
  keyFromUrl,
  keyFromId: (id) => (OBJECT_ID.test(id) ? `jiandaoyun:${id.toLowerCase()}` : null),
  nameFallback: true,
  noteSelectors: ['.comment-editor textarea', 'textarea[placeholder*="评论"]'],
});
