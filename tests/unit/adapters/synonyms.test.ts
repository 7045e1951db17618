import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS } from '../../../src/core/types';
import { canonicalField, labelUnit, normaliseLabel } from '../../../src/adapters/synonyms';

describe('label synonyms', () => {
  const cases: [string, string | undefined][] = [
    ['客户名称', 'name'], ['公司名称', 'name'], ['Account Name', 'name'], ['Company name', 'name'],
    ['负责人', 'owner'], ['客户经理', 'owner'], ['Account Owner', 'owner'], ['OWNER:', 'owner'],
    ['ARR', 'arr'], ['Annual Revenue', 'arr'], ['合同金额', 'arr'], ['年收入', 'arr'], ['Amount', 'arr'], ['合同金额（万元）', 'arr'],
    ['到期日', 'renewalDate'], ['续约日期', 'renewalDate'], ['Contract End', 'renewalDate'], ['Renewal', 'renewalDate'],
    ['最近跟进', 'lastContact'], ['最后跟进时间', 'lastContact'], ['Last Activity', 'lastContact'], ['last contact', 'lastContact'],
    ['客户状态', 'status'], ['阶段', 'status'], ['Stage', 'status'],
    ['NPS', 'nps'], ['CSAT', 'csat'], ['满意度', 'csat'],
    ['工单', 'openTickets'], ['未结工单', 'openTickets'], ['Open tickets', 'openTickets'],
    ['行业', 'industry'], ['Industry', 'industry'], ['联系人', 'contacts'],
    ['套餐', 'plan'], ['版本', 'plan'], ['Edition', 'plan'], ['Plan', 'plan'],
    ['* 客户名称：', 'name'], ['ＡＲＲ', 'arr'], ['行业 Industry', 'industry'], ['Owner 负责人', 'owner'],
    ['Contact name', undefined], ['Billing City', undefined], ['备注', undefined],
  ];
  it.each(cases)('%s → %s', (label, field) => expect(canonicalField(label)).toBe(field));

  it('maps only onto canonical fields', () => {
    for (const [label] of cases) {
      const f = canonicalField(label);
      if (f) expect(CANONICAL_FIELDS).toContain(f);
    }
  });

  it('normalises width, case, colons, required stars and unit brackets', () => {
    expect(normaliseLabel(' *Account  Owner： ')).toBe('account owner');
    expect(normaliseLabel('合同金额（万元）')).toBe('合同金额');
  });

  it('reads the unit a label states', () => {
    expect(labelUnit('合同金额（万元）')).toBe(10_000);
    expect(labelUnit('金额(亿元)')).toBe(100_000_000);
    expect(labelUnit('Revenue (k)')).toBe(1000);
    expect(labelUnit('ARR')).toBe(1);
  });
});
