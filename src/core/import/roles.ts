/**
 * What each column of an export holds, guessed from its header (Chinese or English, as CRMs name
 * them) and checked against its values; the user sees the guess and corrects it before anything
 * is imported. A column no role claims is kept as an account field, under the reader's canonical
 * name when the label is one the page readers know (负责人 → owner), so imports and page reads agree.
 */
import { canonicalField, normaliseLabel } from '../../adapters/synonyms';
import type { ImportKind } from '../types';
import { parseDate } from '../../adapters/parse-date';
import { isMissing, parseNumber } from '../tabular/values';
import type { ImportTable } from './table';

export const ROLES = ['accountId', 'name', 'outcome', 'date', 'type', 'text', 'amount', 'field', 'skip'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that only one column may hold. */
export const SINGLE_ROLES: readonly Role[] = ['accountId', 'name', 'outcome', 'date', 'type', 'text', 'amount'];

/** The roles each kind of file uses; an accounts file keeps every other column as a field. */
export const KIND_ROLES: Record<ImportKind, readonly Role[]> = {
  accounts: ['accountId', 'name', 'outcome', 'field', 'skip'],
  activities: ['accountId', 'name', 'date', 'type', 'text', 'amount', 'skip'],
  orders: ['accountId', 'name', 'date', 'amount', 'text', 'skip'],
};

const HEADERS: Record<Exclude<Role, 'name' | 'field' | 'skip'>, readonly string[]> = {
  accountId: [
    'account id', 'customer id', 'client id', 'company id', 'crm id', 'record id', 'account number', 'customer number',
    'customerid', 'accountid', 'account_id', 'customer_id', 'id', 'customer code', 'account code',
    '客户编号', '客户id', '客户编码', '客户代码', '客户号', '编号', '公司编号', '企业编号', '客户ID',
  ],
  outcome: [
    'churn', 'churned', 'exited', 'outcome', 'lost', 'is churned', 'churn flag', 'left', 'attrition', 'attrited',
    '是否流失', '流失', '流失状态', '是否已流失', '结果', '流失标记',
  ],
  date: [
    'date', 'activity date', 'created', 'created at', 'created date', 'created time', 'time', 'datetime', 'follow-up date',
    'follow up date', 'follow-up time', 'order date', 'payment date', 'paid at', 'invoice date', 'activity time', 'start date',
    'completed date', 'due date', 'timestamp', 'occurred at', 'close date',
    '日期', '时间', '跟进时间', '跟进日期', '创建时间', '创建日期', '下单时间', '下单日期', '订单日期', '订单时间', '回款日期', '回款时间',
    '付款日期', '付款时间', '活动时间', '活动日期', '发生时间', '拜访时间', '联系时间', '开票日期', '签约日期', '成交日期',
  ],
  type: [
    'type', 'activity type', 'kind', 'channel', 'method', 'category', 'activity', 'follow-up type', 'task type', 'event type',
    '跟进方式', '类型', '活动类型', '跟进类型', '方式', '联系方式', '跟进形式', '记录类型', '沟通方式',
  ],
  text: [
    'text', 'description', 'content', 'subject', 'notes', 'note', 'details', 'comment', 'comments', 'summary', 'body', 'message',
    'remarks', 'product', 'products', 'item',
    '跟进内容', '内容', '描述', '备注', '详情', '主题', '记录', '沟通内容', '跟进记录', '摘要', '说明', '产品', '商品',
  ],
  amount: [
    'amount', 'total', 'value', 'order amount', 'payment amount', 'revenue', 'price', 'sum', 'order total', 'paid amount',
    'dollar value', 'sales', 'invoice amount',
    '金额', '订单金额', '回款金额', '付款金额', '总额', '合计', '实收金额', '成交金额', '总金额', '订单总额', '开票金额', '销售额',
  ],
};

const INDEX = new Map<string, Role>();
for (const [role, words] of Object.entries(HEADERS)) for (const w of words) INDEX.set(normaliseLabel(w), role as Role);

const label = (h: string) => normaliseLabel(h.replace(/[_.]+/g, ' '));

/** The role a header names by itself, before its values are looked at. */
export function roleOfHeader(header: string): Role | undefined {
  const l = label(header);
  const hit = INDEX.get(l);
  if (hit) return hit;
  const field = canonicalField(header) ?? canonicalField(l);
  if (field === 'name') return 'name';
  if (field === 'arr') return 'amount';
  if (field) return 'field';
  return undefined;
}

/** How a column's filled cells read: the share that are dates, and that are numbers. */
export function columnShape(table: ImportTable, j: number): { dates: number; numbers: number; filled: number } {
  let dates = 0;
  let numbers = 0;
  let filled = 0;
  for (const r of table.rows.slice(0, 500)) {
    const c = r[j]!;
    if (isMissing(c)) continue;
    filled++;
    if (/^\d{8}$/.test(c) || (parseNumber(c) === null && parseDate(c, { now: 0 }) !== undefined)) dates++;
    else if (parseNumber(c) !== null) numbers++;
  }
  return { dates: filled ? dates / filled : 0, numbers: filled ? numbers / filled : 0, filled };
}

export interface Mapping {
  kind: ImportKind;
  /** One role per column, aligned with the header. */
  roles: Role[];
}

/** The kind of file its roles suggest: dated rows with words are activities, dated amounts orders. */
function kindOf(roles: readonly Role[]): ImportKind {
  if (!roles.includes('date')) return 'accounts';
  if (roles.includes('type')) return 'activities';
  if (roles.includes('amount')) return 'orders';
  return 'activities';
}

/** The mapping a file suggests; `kind` forces the kind when the user has chosen it. */
export function guessMapping(table: ImportTable, kind?: ImportKind): Mapping {
  const shapes = table.header.map((_, j) => columnShape(table, j));
  const roles: Role[] = table.header.map((h, j) => {
    const r = roleOfHeader(h);
    // A header that says date or amount is believed when most of its values agree; the rest are
    // reported row by row rather than costing the file its dates.
    if (r === 'date' && shapes[j]!.dates < 0.5) return 'field';
    if (r === 'amount' && shapes[j]!.numbers < 0.5) return 'field';
    return r ?? 'field';
  });
  // Unlabelled but unmistakable: the first all-dates column is the date of a dated log.
  if (!roles.includes('date')) {
    const j = shapes.findIndex((s, k) => s.dates >= 0.95 && roles[k] === 'field' && !canonicalField(table.header[k]!));
    if (j >= 0 && roles.filter((r) => r === 'field').length > 1) roles[j] = 'date';
  }
  dedupe(roles);
  const k = kind ?? kindOf(roles);
  return { kind: k, roles: fitToKind(roles, k) };
}

/** Only the first column of a single role keeps it; later ones fall back to fields. */
function dedupe(roles: Role[]): void {
  const taken = new Set<Role>();
  roles.forEach((r, j) => {
    if (!SINGLE_ROLES.includes(r)) return;
    if (taken.has(r)) roles[j] = 'field';
    taken.add(r);
  });
}

/** Roles a kind does not use become fields (accounts) or are skipped (dated logs). */
export function fitToKind(roles: readonly Role[], kind: ImportKind): Role[] {
  const allowed = KIND_ROLES[kind];
  return roles.map((r) => (allowed.includes(r) ? r : allowed.includes('field') ? 'field' : 'skip'));
}

/** What the mapping still lacks before rows can be read, as problem keys for the options page. */
export function mappingGaps(m: Mapping): ('imp_map_need_account' | 'imp_map_need_date' | 'imp_map_need_amount')[] {
  const gaps: ('imp_map_need_account' | 'imp_map_need_date' | 'imp_map_need_amount')[] = [];
  if (!m.roles.includes('accountId') && !m.roles.includes('name')) gaps.push('imp_map_need_account');
  if (m.kind !== 'accounts' && !m.roles.includes('date')) gaps.push('imp_map_need_date');
  if (m.kind === 'orders' && !m.roles.includes('amount')) gaps.push('imp_map_need_amount');
  return gaps;
}
