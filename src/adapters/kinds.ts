/**
 * What an activity's words say: its kind and whether it is still open, in Chinese and English. Pure
 * text rules shared by the page timeline reader and the importer of CRM exports.
 */
import type { InteractionKind } from '../core/types';

/** Ordered: the first that matches names the kind (a 投诉工单 is a complaint before it is a ticket). */
const KIND_WORDS: [InteractionKind, RegExp][] = [
  ['complaint', /投诉|complain|escalat|升级处理|客诉/i],
  ['ticket', /工单|ticket|\bcase\b|服务请求|support request|报修|售后|incident/i],
  ['payment', /回款|付款|收款|到账|payment|paid|invoice|发票|remittance/i],
  ['order', /订单|下单|采购|order|purchase/i],
  ['visit', /拜访|上门|走访|visit|on-?site|现场/i],
  ['meeting', /会议|开会|会面|meeting|\bevent\b|webinar|demo|演示|培训|qbr/i],
  ['call', /电话|通话|致电|来电|去电|呼叫|\bcall|log_a_call|phone/i],
  ['email', /邮件|e-?mail|\bmail\b|发信/i],
  ['note', /备注|笔记|记录|跟进|note|comment|评论|task|任务|log/i],
];

/** The kind whose word comes first in the text ("电话回访…工单" is a call about a ticket). */
export function kindOf(words: string): InteractionKind {
  let best: InteractionKind = 'other';
  let at = Infinity;
  for (const [kind, re] of KIND_WORDS) {
    const i = words.search(re);
    if (i >= 0 && i < at) {
      best = kind;
      at = i;
    }
  }
  return best;
}

const OPEN_WORDS = /\b(open|active|new|pending|in progress|waiting|unresolved|escalated)\b|未解决|处理中|待处理|未关闭|进行中|待回复|新建/i;
const CLOSED_WORDS = /\b(closed|resolved|done|solved|completed)\b|已解决|已关闭|已完成|已处理|关闭/i;

export function openState(words: string): boolean | undefined {
  if (CLOSED_WORDS.test(words)) return false;
  if (OPEN_WORDS.test(words)) return true;
  return undefined;
}

/** Short stable hash (53-bit, base 36) so re-reading an unchanged entry gives the same id. */
export function stableHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
