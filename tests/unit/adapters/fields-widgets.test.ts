// @vitest-environment happy-dom
/** Layouts of labelled values that component libraries draw, read as the user sees them. */
import { describe, expect, it } from 'vitest';
import { readFields } from '../../../src/adapters/fields';
import { canonicalField } from '../../../src/adapters/synonyms';

const NOW = Date.UTC(2026, 11, 2);
const read = (html: string) => {
  document.body.innerHTML = html;
  return Object.fromEntries(Object.entries(readFields(document, { now: NOW, locale: 'zh' })).map(([k, v]) => [v.label ?? k, v.raw]));
};

describe('labelled values drawn by widgets', () => {
  it('reads a statistic whose title sits in a header and whose number is split into parts', () => {
    const got = read(`<div class="stat"><div class="stat-header"><div class="stat-title">订单金额</div></div>
      <div class="stat-content"><span class="prefix">¥</span><span class="value"><span class="int">568</span><span class="decimal">.08</span></span></div></div>`);
    expect(got['订单金额']).toBe('¥568.08');
  });

  it('never reads the two rows of a description grid as one label and one value', () => {
    const item = (l: string, v: string) => `<td><div class="item"><span class="item-label">${l}</span><span class="item-content">${v}</span></div></td>`;
    const got = read(`<table><tbody>
      <tr>${item('负责人', '林东东')}${item('角色码', '1234567')}${item('所属部门', 'XX公司 - YY部')}</tr>
      <tr>${item('过期时间', '2017-08-08')}${item('描述', '这段描述很长')}</tr></tbody></table>`);
    expect(got).toEqual({ 负责人: '林东东', 角色码: '1234567', 所属部门: 'XX公司 - YY部', 过期时间: '2017-08-08', 描述: '这段描述很长' });
  });

  it('keeps spaces between numbers that are apart on screen', () => {
    expect(read(`<dl><dt>Seats</dt><dd><span>3</span> <span>10</span></dd></dl>`)['Seats']).toBe('3 10');
  });

  it('takes only a short mixed-script label for two names of one field', () => {
    expect(canonicalField('行业 Industry')).toBe('industry');
    expect(canonicalField('负责人 林东东 角色码 1234567 所属部门 XX公司 - YY部')).toBeUndefined();
  });

  it('reads the fields of a tab that is not open, and not those of a dialog hidden from everyone', () => {
    const got = read(`<div role="tablist"><div role="tab" aria-selected="true">Activity</div><div role="tab">Account</div></div>
      <div role="tabpanel" aria-hidden="true" style="display:none"><dl><dt>Name</dt><dd>Super Admin</dd><dt>Email</dt><dd>admin@test.com</dd></dl></div>
      <div role="dialog" aria-hidden="true"><dl><dt>Owner</dt><dd>Template owner</dd></dl></div>`);
    expect(got).toEqual({ Name: 'Super Admin', Email: 'admin@test.com' });
  });
});
