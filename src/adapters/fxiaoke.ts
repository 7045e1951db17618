/**
 * 纷享销客 (Fxiaoke / ShareCRM).
 *
 * URL forms relied on (seen in public automation code for the web app):
 *   https://www.fxiaoke.com/XV/UI/Home#crm/list/=/<ObjectApiName>       object list (e.g. AccountObj)
 * Object API names end in "Obj" (AccountObj 客户, ContactObj, SalesOrderObj…) and records have
 * 24-hex-digit ids. No public source was found for the detail-page route; this adapter accepts a
 * hash route that names the 客户 object (AccountObj) and then such an id (e.g. #crm/detail/=/AccountObj/<id>), and
 * otherwise relies on the generic reader (row ids, names). The key is `fxiaoke:<id>`.
 * Fixtures: tests/fixtures/crm/fxiaoke/{record,list}.html (detail layout modelled on the object
 * detail page: 基本信息 label/value grid, 跟进动态 feed).
 */
import { defineAdapter, onHost } from './define';

const OBJECT_ID = /^[0-9a-f]{24}$/i;

function keyFromUrl(url: URL): string | null {
  const m = /[#/=]AccountObj\/([0-9a-f]{24})(?:[/?&]|$)/i.exec(`${url.pathname}${url.hash}`);
  return m ? `fxiaoke:${m[1]!.toLowerCase()}` : null;
}

export const fxiaokeAdapter = defineAdapter({
  id: 'fxiaoke',
  matches: (url) => onHost(url, 'fxiaoke.com'),
  keyFromUrl,
  keyFromId: (id) => (OBJECT_ID.test(id) ? `fxiaoke:${id.toLowerCase()}` : null),
  nameFallback: true,
  noteSelectors: ['textarea[placeholder*="跟进"]', 'textarea[placeholder*="销售记录"]'],
});
