// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pickAdapter } from '../../../src/adapters';
import { genericAdapter, readFields, readTimeline } from '../../../src/adapters/generic';
import { loadFixture, loadHtml } from './load-fixture';

const NOW = Date.UTC(2025, 5, 1, 12);
const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

interface Page {
  file: string;
  key: string;
  name: string;
  fields: Record<string, { raw?: string; num?: number; date?: number }>;
  kinds: string[];
}

const RECORDS: Page[] = [
  {
    file: 'dl-record.html', key: 'generic:crm.northpeak.example:cus_48213', name: 'Harbor Point Hotels',
    fields: { owner: { raw: 'Ruth Alvarez' }, plan: { raw: 'Enterprise' }, arr: { num: 84_000 }, renewalDate: { date: day('2025-08-01') }, nps: { num: 12 }, openTickets: { num: 5 }, region: { raw: 'EMEA' } },
    kinds: ['meeting', 'ticket', 'email'],
  },
  {
    file: 'two-column-table.html', key: 'generic:erp.example.cn:30017', name: '青岛蓝湾水产有限公司',
    fields: { owner: { raw: '孙磊' }, arr: { num: 12_345 }, renewalDate: { date: day('2025-10-01') }, lastContact: { date: NOW - 3 * DAY }, status: { raw: '流失预警' } },
    kinds: ['complaint', 'order'],
  },
  {
    file: 'zh-colon-text.html', key: 'generic:kehu.example.cn:A1029', name: '成都天府茶业有限公司',
    fields: { owner: { raw: '何静' }, arr: { num: 120_000_000 }, renewalDate: { date: day('2025-09-01') }, csat: { num: 85 }, contacts: { num: 3 } },
    kinds: ['call', 'visit', 'email'],
  },
  {
    file: 'en-aria-feed.html', key: 'generic:portal.brightwell.example:88231', name: 'Brightwell Studios',
    fields: { owner: { raw: 'Tom Hale' }, arr: { num: 1_200_000 }, renewalDate: { date: day('2026-03-05') }, status: { raw: 'At risk' } },
    kinds: ['complaint', 'payment'],
  },
  {
    file: 'mixed-scripts.html', key: 'generic:crm.asiabridge.example:AB-2291', name: 'Lotus Semiconductor 莲花半导体',
    fields: { owner: { raw: 'Wendy 林' }, arr: { num: 1_500_000 }, renewalDate: { date: day('2026-03-05') }, lastContact: { date: day('2025-05-08') }, industry: { raw: '半导体' } },
    kinds: ['call', 'visit'],
  },
  {
    file: 'iframe-srcdoc.html', key: 'generic:intranet.example.org:77120', name: 'Keystone Builders',
    fields: { owner: { raw: 'Mei Tan' }, arr: { num: 56_000 }, renewalDate: { date: day('2025-11-30') } },
    kinds: ['call'],
  },
  {
    file: 'shadow-dom.html', key: 'generic:wc-crm.example.com:acc-9001', name: 'Vertex Robotics',
    fields: { owner: { raw: 'Ines Duarte' }, arr: { num: 120_000 }, renewalDate: { date: day('2026-01-31') } },
    kinds: ['meeting', 'ticket'],
  },
  {
    file: 'label-for-form.html', key: 'generic:sales.tinycrm.example:5120', name: 'Greenleaf Organics',
    fields: { owner: { raw: 'Carl Jensen' }, arr: { num: -1234.5 }, status: { raw: 'Renewal negotiation' }, industry: { raw: 'Food & Beverage' } },
    kinds: [],
  },
  {
    file: 'aria-labelledby.html', key: 'generic:a11y-crm.example.net:cl-3381', name: 'Orbit Health',
    fields: { owner: { raw: 'Nadia Blake' }, plan: { raw: 'Growth' }, csat: { num: 62 }, lastContact: { date: day('2025-03-30') }, openTickets: { num: 7 } },
    kinds: [],
  },
];

describe.each(RECORDS)('generic record page $file', (p) => {
  it('is read by the generic reader: key, name, fields, timeline', () => {
    const { doc, url } = loadFixture(`generic/${p.file}`);
    const a = pickAdapter(url, doc);
    expect(a).toBe(genericAdapter);
    const r = a.readRecord(url, doc)!;
    expect(r.key).toBe(p.key);
    expect(r.name).toBe(p.name);
    for (const [k, want] of Object.entries(p.fields)) expect(r.fields[k], k).toMatchObject(want);
    expect(r.interactions.map((i) => i.kind)).toEqual(p.kinds);
    expect(r.problems).toEqual([]);
  });
});

describe('generic details', () => {
  it('reads relative timeline dates against now', () => {
    const { doc, url } = loadFixture('generic/zh-colon-text.html');
    const at = genericAdapter.readRecord(url, doc)!.interactions.map((i) => i.at);
    expect(at).toEqual([NOW - DAY, NOW - 2 * DAY, NOW - 5 * DAY]);
  });

  it('takes amounts and open state from timeline entries', () => {
    const feed = loadFixture('generic/en-aria-feed.html');
    const [complaint, payment] = readTimeline(feed.doc, { now: NOW });
    expect(complaint).toMatchObject({ kind: 'complaint', open: true, at: Date.parse('2025-05-14T09:00:00Z') });
    expect(payment).toMatchObject({ kind: 'payment', amount: 12_500 });
    const table = loadFixture('generic/two-column-table.html');
    expect(readTimeline(table.doc, { now: NOW })[1]).toMatchObject({ kind: 'order', amount: 24_000, at: day('2025-05-02') });
    const dl = loadFixture('generic/dl-record.html');
    expect(readTimeline(dl.doc, { now: NOW })[1]).toMatchObject({ kind: 'ticket', open: true });
  });

  it('never reads password fields', () => {
    const { doc } = loadFixture('generic/label-for-form.html');
    expect(JSON.stringify(readFields(doc, { now: NOW }))).not.toContain('hunter2');
  });

  it('finds a labelled note box and its Save button', async () => {
    const { doc } = loadFixture('generic/label-for-form.html');
    const t = (await genericAdapter.noteTarget!(doc))!;
    expect(t.input.id).toBe('f-note');
    expect(t.submit?.textContent).toBe('Save');
    expect(await genericAdapter.noteTarget!(loadFixture('generic/dl-record.html').doc)).toBeNull();
  });

  it('walks open shadow roots attached by script, not only declarative ones', () => {
    const { doc, url } = loadHtml('<html lang="en"><body><x-card></x-card></body></html>', 'https://wc.example.com/accounts/acc-7');
    const host = doc.querySelector('x-card')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<h1>Shadow Co</h1><dl><dt>Owner</dt><dd>Sam</dd><dt>ARR</dt><dd>$10k</dd></dl>';
    const r = genericAdapter.readRecord(url, doc)!;
    expect(r.name).toBe('Shadow Co');
    expect(r.fields.owner?.raw).toBe('Sam');
    expect(r.fields.arr?.num).toBe(10_000);
  });

  it('keys a record without an id in its URL by name, the same key its list row gets', () => {
    const list = loadFixture('generic/aria-grid-list.html');
    const rowKey = genericAdapter.readList(list.url, list.doc).find((r) => r.name === '太原晋阳陶瓷')!.key;
    const rec = loadHtml('<html lang="zh-CN"><body><p>客户名称：太原晋阳陶瓷</p><p>负责人：郑凯</p></body></html>', 'https://crm.hexin.example.cn/#/customers/detail');
    expect(genericAdapter.recordKey(rec.url, rec.doc)).toBe(rowKey);
    expect(rowKey).toBe('name:https://crm.hexin.example.cn:太原晋阳陶瓷');
  });

  it('reads nothing as a record from a page that shows no record', () => {
    const { doc, url } = loadHtml('<html><body><h1>Welcome</h1><p>Choose a customer.</p></body></html>', 'https://crm.example.com/home/2');
    expect(genericAdapter.readRecord(url, doc)).toBeNull();
    expect(genericAdapter.readList(url, doc)).toEqual([]);
  });
});

describe('generic list pages', () => {
  it('reads cards, keyed by link or by id attribute, and leaves navigation alone', () => {
    const { doc, url } = loadFixture('generic/cards-list.html');
    const rows = genericAdapter.readList(url, doc);
    expect(rows.map((r) => [r.key, r.name])).toEqual([
      ['generic:app.lumen-crm.example:acct-7781', 'Redwood Clinics'],
      ['generic:app.lumen-crm.example:acct-7782', 'Sundial Coffee'],
      ['generic:app.lumen-crm.example:acct-7783', 'Tidewater Ports'],
      ['generic:app.lumen-crm.example:acct-7790', 'Quarry Labs'],
      ['generic:app.lumen-crm.example:acct-7791', 'Willow Schools'],
    ]);
    expect(rows.every((r) => r.el.tagName === 'ARTICLE')).toBe(true);
  });

  it('reads ARIA grids with rowheaders, with the row fields parsed', () => {
    const { doc, url } = loadFixture('generic/aria-grid-list.html');
    const rows = genericAdapter.readList(url, doc);
    expect(rows.map((r) => r.key)).toEqual(['generic:crm.hexin.example.cn:c-1001', 'generic:crm.hexin.example.cn:c-1002', 'name:https://crm.hexin.example.cn:太原晋阳陶瓷']);
    expect(rows[0]!.fields?.arr?.num).toBe(125_000);
    expect(rows[1]!.fields?.lastContact?.date).toBe(NOW - DAY);
    expect(rows[0]!.url).toBe('https://crm.hexin.example.cn/#/customers/c-1001');
  });

  it('reads what a broken table holds', () => {
    const { doc, url } = loadFixture('generic/broken-table.html');
    const rows = genericAdapter.readList(url, doc);
    expect(rows.map((r) => [r.key, r.name])).toEqual([
      ['generic:legacy.crm.example:11', 'Ironclad Insurance'],
      ['generic:legacy.crm.example:12', 'Juniper Hotels'],
      ['generic:legacy.crm.example:13', 'Kestrel Air'],
      ['name:https://legacy.crm.example:larkspur books', 'Larkspur Books'],
    ]);
    expect(rows[0]!.fields?.arr?.num).toBe(20_000);
  });
});
