/**
 * Page labels → canonical fields, in Chinese and English. CRMs, and the teams that customise them,
 * name the same thing many ways; matching on the normalised label text survives redesigns that
 * rename CSS classes or move fields around.
 */
import { CANONICAL_FIELDS, type CanonicalField } from '../core/types';

const SYNONYMS: Record<CanonicalField, readonly string[]> = {
  name: [
    'name', 'account name', 'account', 'company', 'company name', 'customer', 'customer name', 'client',
    'client name', 'organization', 'organisation', 'organization name', 'organisation name', 'account title',
    '客户名称', '公司名称', '客户', '客户全称', '企业名称', '单位名称', '名称', '客户名', '公司',
  ],
  owner: [
    'owner', 'account owner', 'company owner', 'record owner', 'account manager', 'csm', 'customer success manager',
    'sales rep', 'assigned to', 'owner name',
    '负责人', '客户经理', '客户负责人', '销售负责人', '跟进人', '所有人', '客户所有人', '专管业务员', '销售员', '业务负责人', '归属人', '业务员', '销售', '客户成功经理',
  ],
  plan: ['plan', 'edition', 'tier', 'subscription', 'package', 'product', '套餐', '版本', '订阅版本', '产品版本', '购买版本', '产品'],
  arr: [
    'arr', 'annual recurring revenue', 'revenue', 'annual revenue', 'amount', 'contract value', 'contract amount', 'acv',
    'mrr', 'deal value', 'total revenue',
    '合同金额', '年收入', '年度收入', '年经常性收入', '金额', '合同额', '签约金额', '年合同额', '成交金额', '年度合同额', '营业收入', '年营业额', '营收',
  ],
  renewalDate: [
    'renewal date', 'renewal', 'renews on', 'contract end', 'contract end date', 'end date', 'expiry', 'expiry date',
    'expiration date', 'expires', 'subscription end',
    '到期日', '到期日期', '续约日期', '续费日期', '合同到期日', '合同截止日期', '合同结束日期', '服务到期日', '续约日',
  ],
  lastContact: [
    'last contact', 'last contacted', 'last activity', 'last activity date', 'last touch', 'last interaction',
    'last follow-up', 'last follow up', 'last contact date',
    '最近跟进', '最后跟进时间', '最近跟进时间', '最后跟进', '最近联系', '最后联系时间', '最近活动', '最近活动时间', '最后活动时间',
  ],
  nextFollowUp: [
    'next follow-up', 'next follow up', 'next follow-up date', 'next contact', 'next contact date', 'next activity',
    'next activity date', 'next step date', 'follow-up date', 'follow up date', 'my deadline', 'next call',
    '下次跟进时间', '下次跟进', '下次跟进日期', '下次联系时间', '下次联系', '计划跟进时间', '下次回访时间', '下次拜访时间', '预计跟进时间',
  ],
  status: [
    'status', 'stage', 'account status', 'lifecycle stage', 'customer status', 'health',
    '客户状态', '阶段', '状态', '客户阶段', '销售阶段', '生命周期',
  ],
  nps: ['nps', 'net promoter score', 'nps score', '净推荐值', 'nps得分'],
  csat: ['csat', 'customer satisfaction', 'satisfaction', 'csat score', '满意度', '客户满意度', '满意度评分'],
  openTickets: [
    'open tickets', 'number of open tickets', 'open ticket count', 'tickets', 'open cases', 'cases', 'support tickets', 'open issues',
    '工单', '未结工单', '未关闭工单', '待处理工单', '工单数', '未解决工单', '服务工单',
  ],
  industry: ['industry', 'sector', 'vertical', '行业', '所属行业', '行业类型'],
  contacts: ['contacts', 'contact', 'number of contacts', '联系人', '联系人数'],
  email: ['email', 'e-mail', 'email address', '邮箱', '电子邮件', '邮件'],
  phone: ['phone', 'telephone', 'mobile', 'phone number', 'tel', '电话', '手机', '联系电话', '手机号', '座机'],
};

const INDEX = new Map<string, CanonicalField>();
for (const [field, labels] of Object.entries(SYNONYMS) as [CanonicalField, readonly string[]][]) {
  for (const l of labels) INDEX.set(l, field);
}

/** Lower-case, width-folded, trimmed of colons, required-field stars and unit brackets. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*＊]/g, '')
    .replace(/\s*[(（[【][^)）\]】]{0,12}[)）\]】]\s*$/u, '')
    .replace(/[:：\s]+$/u, '')
    .replace(/^[:：\s]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Labels repeat on every row and every pass (column headers): each is worked out once. */
const seen = new Map<string, CanonicalField | undefined>();
const SEEN_MAX = 2_000;

/** The canonical field a label names, if any. */
export function canonicalField(label: string): CanonicalField | undefined {
  if (seen.has(label)) return seen.get(label);
  const field = lookUp(label);
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(label, field);
  return field;
}

function lookUp(label: string): CanonicalField | undefined {
  const norm = normaliseLabel(label);
  const exact = INDEX.get(norm);
  // Only a short label is read as two names of one field; a long one is a row of text, not a label.
  if (exact || norm.length > 30 || !(/\p{Script=Han}/u.test(norm) && /[a-z]/.test(norm))) return exact;
  // Bilingual labels ("行业 Industry", "Owner 负责人"): either half may name the field.
  for (const part of norm.split(/[\s/|()（）]+|(?<=\p{Script=Han})(?=[a-z])|(?<=[a-z])(?=\p{Script=Han})/u)) {
    const hit = INDEX.get(part.trim());
    if (hit) return hit;
  }
  return undefined;
}

/** Multiplier a label's unit bracket implies, e.g. 合同金额（万元） → 10,000. */
export function labelUnit(label: string): number {
  const m = /[(（[【]([^)）\]】]{0,12})[)）\]】]\s*[:：]?\s*$/u.exec(label.normalize('NFKC'));
  if (!m) return 1;
  const unit = m[1]!.toLowerCase();
  if (/亿/.test(unit)) return 1e8;
  if (/万/.test(unit)) return 1e4;
  if (/千|thousand|^k|\bk\b/.test(unit)) return 1e3;
  if (/million|^m\b|^mm\b/.test(unit)) return 1e6;
  return 1;
}

const NAME_LABEL = /\b(name|title|subject|opportunity|deal|lead|account|company|customer|client|organi[sz]ation)\b|(名称|名字|姓名|标题|主题|客户|公司|商机|线索|机会|单位|企业|用户名)$/i;

/**
 * A label that names the record where no name field is shown: a column or field whose label says it
 * holds names or titles (Opportunity, 规则名称, 用户名称, Title), other known fields aside.
 */
export const namesRecord = (label: string) => label.length <= 30 && NAME_LABEL.test(label) && !canonicalField(label);

/** Is a field key one of the canonical fields (a known label was read), rather than a page's own label? */
export const isCanonical = (key: string) => (CANONICAL_FIELDS as readonly string[]).includes(key);

export const DATE_FIELDS: readonly CanonicalField[] = ['renewalDate', 'lastContact', 'nextFollowUp'];
export const NUMBER_FIELDS: readonly CanonicalField[] = ['arr', 'nps', 'csat', 'openTickets', 'contacts'];
