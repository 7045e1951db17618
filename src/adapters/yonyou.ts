/**
 * 用友 (Yonyou YonBIP / YonSuite, incl. its CRM and customer archive).
 *
 * URL forms relied on (links to documents as the platform writes them, seen in public code
 * that parses them, e.g. https://c1.yonyoucloud.com/mdf-node/meta/voucher/pu_applyorder/<id>):
 *   https://<cN>.yonyoucloud.com/mdf-node/meta/<kind>/<billNo>/<id>?...    a document or archive
 *   https://<cN>.yonyoucloud.com/mdf-node/meta/<kind>/<billNo>?...         its list
 *   (kind: voucher, ArchiveList, YYArchive…; development hosts under yyuap.com alike)
 * Ids are large integers unique per tenant; the key is `yonyou:<billNo>:<id>`. Pages opened in the
 * workbench's inner tabs may carry no id: those fall back to the generic name key.
 * Fixtures: tests/fixtures/crm/yonyou/{record,list}.html.
 */
import { defineAdapter, onHost } from './define';

function keyFromUrl(url: URL): string | null {
  const m = /\/mdf-node\/meta\/[A-Za-z]+\/([A-Za-z0-9_]+)\/(\d{6,})(?:\/|$)/.exec(url.pathname);
  return m ? `yonyou:${m[1]}:${m[2]}` : null;
}

export const yonyouAdapter = defineAdapter({
  id: 'yonyou',
  matches: (url) => onHost(url, 'yonyoucloud.com', 'yyuap.com'),
  keyFromUrl,
  keyFromId(id, base) {
    const bill = /\/mdf-node\/meta\/[A-Za-z]+\/([A-Za-z0-9_]+)/.exec(base.pathname)?.[1];
    return bill && /^\d{6,}$/.test(id) ? `yonyou:${bill.replace(/list$/i, '')}:${id}` : null;
  },
  nameFallback: true,
});
