// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recipeAdapter } from '../../../src/adapters/recipe';
import type { PageRecipe } from '../../../src/messages';
import { loadFixture, loadHtml } from '../adapters/load-fixture';

const ORIGIN = 'http://127.0.0.1:5178';
const RECORD = `${ORIGIN}/taught/customer-881234.html`;
const LIST = `${ORIGIN}/taught/list.html`;
const NOW = Date.UTC(2026, 0, 15);

const taught: PageRecipe = {
  version: 1,
  origin: ORIGIN,
  recordPath: '^/taught/customer-(\\d+)\\.html/?$',
  name: { selector: '[data-block="title"] > div' },
  fields: [
    { field: 'arr', selector: '[data-block="kpis"] > div:nth-of-type(1) > div' },
    { field: 'renewalDate', selector: '[data-block="kpis"] > div:nth-of-type(2) > div' },
    { field: 'openTickets', selector: '[data-block="kpis"] > div:nth-of-type(4) > div' },
  ],
  list: { row: '[data-block="customers"] > div', name: 'div > span:nth-of-type(2)' },
  updatedAt: NOW,
};
const adapter = (r: PageRecipe = taught) => recipeAdapter(r, { now: () => NOW });

describe('reading a taught record page', () => {
  it('keys the record by the id in its address and reads the taught values, parsed', () => {
    const { doc, url } = loadFixture('demo/taught/customer-881234.html', RECORD);
    const a = adapter();
    expect(a.matches(url)).toBe(true);
    expect(a.matches(new URL('https://other.example/taught/customer-881234.html'))).toBe(false);
    expect(a.recordKey(url, doc)).toBe('recipe:127.0.0.1:5178:881234');
    const read = a.readRecord(url, doc)!;
    expect(read.name).toBe('杭州云帆科技有限公司');
    expect(read.fields.arr).toMatchObject({ raw: '128,000', num: 128_000 });
    expect(read.fields.renewalDate).toMatchObject({ raw: '2026-09-30', date: Date.UTC(2026, 8, 30) });
    expect(read.fields.openTickets).toMatchObject({ raw: '4', num: 4 });
    expect(read.problems).toEqual([]);
  });

  it('is not a record page where the address does not match the pattern', () => {
    const { doc, url } = loadFixture('demo/taught/list.html', LIST);
    expect(adapter().recordKey(url, doc)).toBeNull();
    expect(adapter().readRecord(url, doc)).toBeNull();
  });

  it('falls back to the value beside the taught label when a redesign broke the selector', () => {
    const { doc, url } = loadHtml(`<html lang="zh-CN"><body>
      <h2 class="title">Acme 贸易</h2>
      <dl class="new-layout"><div><dt>续约日期</dt><dd>2026-01-31</dd></div><div><dt>合同金额（万元）</dt><dd>12.5</dd></div></dl>
      </body></html>`, `${ORIGIN}/taught/customer-77.html`);
    const read = adapter({
      ...taught,
      name: { selector: 'h2.title' },
      fields: [
        { field: 'renewalDate', selector: '#old-renewal', label: '续约日期：' },
        { field: 'arr', selector: '#old-arr', label: '合同金额（万元）' },
        { field: 'nps', selector: '#old-nps', label: 'NPS' },
      ],
    }).readRecord(url, doc)!;
    expect(read.key).toBe('recipe:127.0.0.1:5178:77');
    expect(read.fields.renewalDate?.date).toBe(Date.UTC(2026, 0, 31));
    expect(read.fields.arr?.num).toBe(125_000);
    expect(read.fields.nps).toBeUndefined();
    expect(read.problems).toHaveLength(3);
    expect(read.problems).toContain('taught_missing:nps:NPS');
    expect(read.problems.find((p) => p.startsWith('taught_moved:renewalDate:'))).toMatch(/续约日期/);
  });

  it('does not read a neighbouring field when a record lacks one and the positions shift', () => {
    const page = (pairs: [string, string][]) => loadHtml(`<html lang="zh-CN"><body><h1>星辰贸易</h1><dl class="fields">${
      pairs.map(([l, v]) => `<div><dt>${l}</dt><dd>${v}</dd></div>`).join('')}</dl></body></html>`, `${ORIGIN}/taught/customer-9.html`);
    const recipe: PageRecipe = {
      ...taught,
      name: { selector: 'h1' },
      fields: [
        { field: 'plan', selector: '.fields div:nth-of-type(2) > dd', label: '套餐' },
        { field: 'arr', selector: '.fields div:nth-of-type(3) > dd', label: '合同金额' },
        { field: 'renewalDate', selector: '.fields div:nth-of-type(4) > dd', label: '续约日期' },
      ],
    };
    const full = page([['负责人', '刘洋'], ['套餐', '专业版'], ['合同金额', '¥13万'], ['续约日期', '2027年1月30日']]);
    const a = adapter(recipe).readRecord(full.url, full.doc)!;
    expect([a.fields.plan?.raw, a.fields.arr?.num, a.fields.renewalDate?.date]).toEqual(['专业版', 130_000, Date.UTC(2027, 0, 30)]);
    expect(a.problems).toEqual([]);
    const noPlan = page([['负责人', '刘洋'], ['合同金额', '¥13万'], ['续约日期', '2027年1月30日']]);
    const b = adapter(recipe).readRecord(noPlan.url, noPlan.doc)!;
    expect(b.fields.plan).toBeUndefined();
    expect(b.fields.arr?.num).toBe(130_000);
    expect(b.fields.renewalDate?.date).toBe(Date.UTC(2027, 0, 30));
    expect(b.problems).toHaveLength(2);
    expect(b.problems[0]).toMatch(/^taught_missing:plan:/);
    expect(b.problems[1]).toBe('taught_moved:renewalDate:续约日期');
  });

  it('says what it could not find, and reads nothing from a page where nothing taught is there', () => {
    const { doc, url } = loadHtml('<body><p>Maintenance</p></body>', `${ORIGIN}/taught/customer-5.html`);
    expect(adapter().readRecord(url, doc)).toBeNull();
    const half = loadHtml('<body><div data-block="title"><div>Beta Ltd</div></div></body>', `${ORIGIN}/taught/customer-5.html`);
    const read = adapter().readRecord(half.url, half.doc)!;
    expect(read.name).toBe('Beta Ltd');
    expect(read.fields).toEqual({});
    expect(read.problems.map((p) => p.split(':')[1])).toEqual(['arr', 'renewalDate', 'openTickets']);
  });

  it('keys by name when the address holds no id, but never takes the taught list page for a record', () => {
    const noId = { ...taught, recordPath: undefined };
    const rec = loadHtml('<body><div data-block="title"><div>  Gamma   GmbH </div></div></body>', `${ORIGIN}/customer?id=x`);
    expect(adapter(noId).recordKey(rec.url, rec.doc)).toBe(`name:${ORIGIN}:gamma gmbh`);
    const list = loadFixture('demo/taught/list.html', LIST);
    expect(adapter(noId).recordKey(list.url, list.doc)).toBeNull();
  });
});

describe('reading a taught list', () => {
  it('reads every row, with the name from the taught place and the key from the record link', () => {
    const { doc, url } = loadFixture('demo/taught/list.html', LIST);
    const rows = adapter().readList(url, doc);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ name: '杭州云帆科技有限公司', key: 'recipe:127.0.0.1:5178:881234', url: RECORD });
    expect(new Set(rows.map((r) => r.key)).size).toBe(8);
    for (const r of rows) {
      expect(r.key).toBe(`recipe:127.0.0.1:5178:${/customer-(\d+)/.exec(r.url!)![1]}`);
      expect(r.el.querySelector('a')?.getAttribute('href')).toBe(r.url!.split('/').pop());
      expect(r.name).not.toMatch(/查看/);
    }
  });

  it('keys rows by name when their links are not record pages', () => {
    const { doc, url } = loadFixture('demo/taught/list.html', LIST);
    const rows = adapter({ ...taught, recordPath: undefined }).readList(url, doc);
    expect(rows.map((r) => r.key)).toContain(`name:${ORIGIN}:苏州启明制造股份公司`);
    expect(rows.every((r) => r.url === undefined)).toBe(true);
  });

  it('reads no rows until a list is taught, rather than guess names from "View" links', () => {
    const { doc, url } = loadFixture('demo/taught/list.html', LIST);
    expect(adapter({ ...taught, list: undefined }).readList(url, doc)).toEqual([]);
  });

  it('survives a selector that is not valid CSS', () => {
    const { doc, url } = loadFixture('demo/taught/list.html', LIST);
    expect(adapter({ ...taught, list: { row: 'div[', name: 'a' } }).readList(url, doc)).toEqual([]);
  });
});

describe('writing notes', () => {
  it('hands the note composer over from the generic reader', async () => {
    const { doc } = loadHtml('<body><textarea aria-label="备注"></textarea><button>保存</button></body>', RECORD);
    const target = await adapter().noteTarget!(doc);
    expect(target?.input.tagName).toBe('TEXTAREA');
    expect(target?.submit?.textContent).toBe('保存');
  });
});
