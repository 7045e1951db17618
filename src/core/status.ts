/**
 * What a CRM's own status or stage word says about an account: gone, slipping, or plainly well.
 * It is the CRM team's judgement, so it is both a signal for the scorecard and the outcome the
 * learned model is trained on (learn.ts); words that say neither (New, Proposition, 跟进中) are left alone.
 */
export type StatusClass = 'gone' | 'slipping' | 'well';

// A negation just before ("not active", 未流失, 非活跃) turns a word into nothing the reader can use.
const NEG_EN = '(?<!\\bnot |\\bnon-|\\bnon |\\bno )';
const NEG_ZH = '(?<![不未非没无])';
const GONE = new RegExp(
  `${NEG_EN}\\b(churned|lost|closed[\\s-]*lost|cancel+ed|terminated|deactivated|former customer|ex-customer)\\b` +
    `|${NEG_ZH}(流失|丢单|输单|解约|终止|退订|已取消|前客户|停用)`,
  'i',
);
const SLIPPING = new RegExp(
  `${NEG_EN}\\b(at[\\s-]?risk|inactive|dormant|lapsed|suspended|paused|on hold|frozen|expired|declining)\\b` +
    `|${NEG_ZH}(风险|预警|沉睡|休眠|不活跃|暂停|冻结|挂起|过期|即将流失)`,
  'i',
);
const WELL = new RegExp(
  `${NEG_EN}\\b(active|healthy|renewed|retained|customer|live|closed[\\s-]*won|won)\\b` +
    `|${NEG_ZH}(正常|活跃|合作中|已续约|在用|成交|赢单|已签约|健康)`,
  'i',
);

export function statusClass(raw: string | undefined): StatusClass | undefined {
  if (!raw || raw.length > 60) return undefined;
  // Slipping first: "即将流失" and "流失风险" hold "流失", "不活跃" holds "活跃".
  if (SLIPPING.test(raw)) return 'slipping';
  if (GONE.test(raw)) return 'gone';
  if (WELL.test(raw)) return 'well';
  return undefined;
}
