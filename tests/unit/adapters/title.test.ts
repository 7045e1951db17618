// @vitest-environment happy-dom
/** The record's own title: never the app's brand, a section heading or the user menu. */
import { describe, expect, it } from 'vitest';
import { findTitle } from '../../../src/adapters/title';

const titleOf = (html: string, hints = {}) => {
  document.head.innerHTML = '<title>Acme 客户管理系统</title>';
  document.body.innerHTML = html;
  return findTitle(document, hints)?.text;
};

describe('findTitle', () => {
  it('skips the brand and user name in the top bar and section headings, for the record heading', () => {
    expect(titleOf(`<header><h1>Acme 客户管理系统</h1><span>Jamie Lin</span></header>
      <main><h2>基本信息</h2><h2>杭州云帆科技有限公司</h2><h3>跟进记录</h3></main>`)).toBe('杭州云帆科技有限公司');
  });

  it('reads an editable name in a heading from its input', () => {
    expect(titleOf(`<main><h1><div><input value="Azure Interior"></div></h1><h2>Contacts</h2></main>`)).toBe('Azure Interior');
  });

  it('prefers the heading that names the list row the user opened', () => {
    expect(titleOf(`<main><h2>Quarterly plan</h2><h2>Brightwater Dental</h2></main>`, { opened: 'Brightwater Dental' })).toBe('Brightwater Dental');
    expect(titleOf(`<main><h2>Quarterly plan</h2><h2>Brightwater Dental</h2></main>`)).toBe('Quarterly plan');
  });

  it('says nothing rather than naming the account after the app or a navigation link', () => {
    expect(titleOf(`<header><h1>Acme 客户管理系统</h1></header><nav><h2>Accounts</h2></nav><main><p>Loading…</p></main>`)).toBeUndefined();
  });

  it('falls back to the breadcrumb’s last item when the page has no heading', () => {
    expect(titleOf(`<nav aria-label="Breadcrumb"><a href="/a">Accounts</a><span>Northwind Analytics</span></nav><main><p>x</p></main>`)).toBe('Northwind Analytics');
  });
});
