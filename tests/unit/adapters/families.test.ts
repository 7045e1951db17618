// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADAPTERS, pickAdapter } from '../../../src/adapters';
import { dynamicsAdapter } from '../../../src/adapters/dynamics';
import { genericAdapter } from '../../../src/adapters/generic';
import { hubspotAdapter } from '../../../src/adapters/hubspot';
import { salesforceAdapter, toId18 } from '../../../src/adapters/salesforce';
import { loadFixture, loadHtml } from './load-fixture';

const NOW = Date.UTC(2025, 5, 1, 12);
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

interface Family {
  id: string;
  key: string;
  name: string;
  fields: Record<string, { raw?: string; num?: number; date?: number }>;
  kinds: string[];
  rows: [string, string][];
}

const FAMILIES: Family[] = [
  {
    id: 'salesforce', key: 'salesforce:001Dn00000Jk3xQIAR', name: 'Globex Corporation',
    fields: { owner: { raw: 'Maria Chen' }, arr: { num: 1_250_000 }, renewalDate: { date: day('2026-03-31') }, lastContact: { date: day('2025-04-02') }, openTickets: { num: 3 }, industry: { raw: 'Manufacturing' } },
    kinds: ['call', 'email', 'meeting'],
    rows: [['salesforce:001Dn00000Jk3xQIAR', 'Globex Corporation'], ['salesforce:001Dn00000Jk3xRIAR', 'Initech'], ['salesforce:001Dn00000Jk3xSIAR', 'Umbrella Corp']],
  },
  {
    id: 'hubspot', key: 'hubspot:4417291:0-2:9876543210', name: 'Acme Rockets',
    fields: { owner: { raw: 'Jordan Lee' }, arr: { num: 2_400_000 }, status: { raw: 'Customer' }, renewalDate: { date: day('2026-01-15') }, openTickets: { num: 2 } },
    kinds: ['email', 'call', 'ticket', 'note'],
    rows: [['hubspot:4417291:0-2:9876543210', 'Acme Rockets'], ['hubspot:4417291:0-2:9876543211', 'Blue Harbor Foods'], ['hubspot:4417291:0-2:9876543212', 'Cobalt Analytics']],
  },
  {
    id: 'dynamics', key: 'dynamics:5d6e7f80-a1b2-4c3d-9e8f-0123456789ab', name: 'Fabrikam Ltd',
    fields: { owner: { raw: 'Alex Carter' }, industry: { raw: 'Consulting' }, arr: { num: 1_234_567 }, renewalDate: { date: day('2026-03-05') }, csat: { num: 3.2 } },
    kinds: ['call', 'visit', 'ticket'],
    rows: [['dynamics:5d6e7f80-a1b2-4c3d-9e8f-0123456789ab', 'Fabrikam Ltd'], ['dynamics:0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9', 'Northwind Traders'], ['dynamics:c4d5e6f7-0819-4a2b-bc3d-4e5f60718293', 'Tailspin Toys']],
  },
  {
    id: 'zoho', key: 'zoho:60012345:4876876000001234567', name: 'Zylker Pharma',
    fields: { owner: { raw: 'Priya Raman' }, arr: { num: 4_500_000 }, industry: { raw: 'Healthcare' }, renewalDate: { date: day('2025-09-30') } },
    kinds: ['call', 'meeting', 'ticket'],
    rows: [['zoho:60012345:4876876000001234567', 'Zylker Pharma'], ['zoho:60012345:4876876000001234568', 'Vanguard Textiles'], ['zoho:60012345:4876876000001234569', 'Meridian Logistics']],
  },
  {
    id: 'pipedrive', key: 'pipedrive:organization:1542', name: 'Brightline Media',
    fields: { owner: { raw: 'Kim Novak' }, arr: { num: 310_000 }, lastContact: { date: day('2025-04-14') } },
    kinds: ['meeting', 'note', 'call', 'other'],
    rows: [['pipedrive:organization:1542', 'Brightline Media'], ['pipedrive:organization:1543', 'Oakridge Dental'], ['pipedrive:organization:1544', 'Polar Freight']],
  },
  {
    id: 'jiandaoyun', key: 'jiandaoyun:64f0e1d2c3b4a59687766554', name: '杭州云杉科技有限公司',
    fields: { owner: { raw: '王磊' }, status: { raw: '合作中' }, arr: { num: 365_000 }, renewalDate: { date: day('2025-12-31') }, lastContact: { date: Date.UTC(2025, 3, 18, 16, 20) }, csat: { num: 3 } },
    kinds: ['call', 'visit', 'other'],
    rows: [['jiandaoyun:64f0e1d2c3b4a59687766554', '杭州云杉科技有限公司'], ['jiandaoyun:64f0e1d2c3b4a59687766555', '苏州青禾食品有限公司'], ['jiandaoyun:64f0e1d2c3b4a59687766556', '成都锦程物流有限公司'], ['jiandaoyun:64f0e1d2c3b4a59687766557', '厦门海风贸易有限公司']],
  },
  {
    id: 'fxiaoke', key: 'fxiaoke:65a1b2c3d4e5f60718293a4c', name: '深圳市星河电子有限公司',
    fields: { owner: { raw: '赵敏' }, arr: { num: 120_000_000 }, lastContact: { date: Date.UTC(2025, 3, 25, 10, 12) } },
    kinds: ['note', 'call', 'visit', 'payment'],
    rows: [['fxiaoke:65a1b2c3d4e5f60718293a4c', '深圳市星河电子有限公司'], ['fxiaoke:65a1b2c3d4e5f60718293a4d', '广州百川医疗器械有限公司'], ['fxiaoke:65a1b2c3d4e5f60718293a4e', '东莞鼎盛五金制品厂']],
  },
  {
    id: 'neocrm', key: 'neocrm:1203456789012345', name: '北京恒远建材有限公司',
    fields: { owner: { raw: '刘洋' }, arr: { num: 8_600_000 }, renewalDate: { date: day('2025-11-30') }, lastContact: { date: day('2025-04-09') }, openTickets: { num: 4 }, nps: { num: -20 } },
    kinds: ['call', 'ticket', 'meeting'],
    rows: [['neocrm:1203456789012345', '北京恒远建材有限公司'], ['neocrm:1203456789012346', '天津海纳机械有限公司'], ['neocrm:1203456789012347', '河北冀东化工有限公司']],
  },
  {
    id: 'yonyou', key: 'yonyou:aa_merchant:2361234567890123456', name: '上海申联包装材料有限公司',
    fields: { owner: { raw: '黄晓明' }, arr: { num: 2_350_000 }, renewalDate: { date: day('2025-09-30') }, status: { raw: '正式' } },
    kinds: ['call', 'payment', 'visit'],
    rows: [['yonyou:aa_merchant:2361234567890123456', '上海申联包装材料有限公司'], ['yonyou:aa_merchant:2361234567890123457', '宁波港城塑胶制品有限公司'], ['yonyou:aa_merchant:2361234567890123458', '无锡锡能新材料有限公司']],
  },
  {
    id: 'kingdee', key: 'kingdee:bd_customer:1876543210987654321', name: '武汉楚天光电有限公司',
    fields: { owner: { raw: '吴芳' }, 应收余额: { num: 128_400 } },
    kinds: ['order', 'payment', 'other'],
    rows: [['kingdee:bd_customer:1876543210987654321', '武汉楚天光电有限公司'], ['kingdee:bd_customer:1876543210987654322', '长沙湘江机电设备有限公司'], ['name:https://tf.jdy.com:南昌赣源农业科技有限公司', '南昌赣源农业科技有限公司']],
  },
];

describe.each(FAMILIES)('$id', (f) => {
  it('is picked for its record and list pages, ahead of the generic reader', () => {
    for (const page of ['record', 'list']) {
      const { doc, url } = loadFixture(`${f.id}/${page}.html`);
      expect(pickAdapter(url, doc).id).toBe(f.id);
    }
  });

  it('reads the record: key, name, key fields, the whole timeline', () => {
    const { doc, url } = loadFixture(`${f.id}/record.html`);
    const a = pickAdapter(url, doc);
    expect(a.recordKey(url, doc)).toBe(f.key);
    const r = a.readRecord(url, doc)!;
    expect(r.key).toBe(f.key);
    expect(r.name).toBe(f.name);
    for (const [k, want] of Object.entries(f.fields)) expect(r.fields[k], k).toMatchObject(want);
    expect(r.interactions.map((i) => i.kind)).toEqual(f.kinds);
    for (const i of r.interactions) {
      expect(Number.isFinite(i.at)).toBe(true);
      expect(i.source).toBe('page');
    }
    expect(r.problems).toEqual([]);
  });

  it('reads every list row with the same key its record page has', () => {
    const { doc, url } = loadFixture(`${f.id}/list.html`);
    const a = pickAdapter(url, doc);
    const rows = a.readList(url, doc);
    expect(rows.map((r) => [r.key, r.name])).toEqual(f.rows);
    expect(rows[0]!.key).toBe(f.key);
    for (const r of rows) expect(r.el.isConnected).toBe(true);
    // The list page is not a record page: nothing to read as an account there.
    expect(a.readRecord(url, doc)).toBeNull();
  });

  it('gives the same interaction ids when the page is read again', () => {
    const { doc, url } = loadFixture(`${f.id}/record.html`);
    const a = pickAdapter(url, doc);
    const ids = a.readRecord(url, doc)!.interactions.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(loadAndRead(f.id)).toEqual(ids);
  });
});

function loadAndRead(id: string): string[] {
  const { doc, url } = loadFixture(`${id}/record.html`);
  return pickAdapter(url, doc).readRecord(url, doc)!.interactions.map((i) => i.id);
}

describe('URL rules', () => {
  const doc = loadHtml('<html><body></body></html>').doc;
  const key = (href: string) => pickAdapter(new URL(href), doc).recordKey(new URL(href), doc);

  it('normalises Salesforce 15-character ids to 18 with the case checksum', () => {
    expect(toId18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(toId18('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
    expect(toId18('001D000000IqhSLxxx')).toBe('001D000000IqhSLIAZ');
    expect(toId18('001d000000iqhsl')).toBe('001d000000iqhslAAA');
    expect(toId18('not-an-id')).toBeNull();
    const forms = [
      'https://x.lightning.force.com/lightning/r/Account/001D000000IqhSL/view',
      'https://x.lightning.force.com/lightning/r/Account/001D000000IqhSLIAZ/view',
      'https://x.lightning.force.com/lightning/r/001D000000IqhSL/view',
      'https://x.lightning.force.com/one/one.app#/sObject/001D000000IqhSL/view',
      'https://na42.salesforce.com/001D000000IqhSL',
    ];
    for (const f of forms) expect(key(f), f).toBe('salesforce:001D000000IqhSLIAZ');
    expect(key('https://x.lightning.force.com/lightning/r/Contact/003D000000IqhSL/view')).toBeNull();
    expect(key('https://x.lightning.force.com/lightning/o/Account/list')).toBeNull();
  });

  it('keys HubSpot by portal, object and id, in the new and the old URL form', () => {
    expect(key('https://app.hubspot.com/contacts/123/record/0-2/456')).toBe('hubspot:123:0-2:456');
    expect(key('https://app-eu1.hubspot.com/contacts/123/company/456/')).toBe('hubspot:123:0-2:456');
    expect(key('https://app.hubspot.com/contacts/123/contact/789')).toBe('hubspot:123:0-1:789');
    expect(key('https://app.hubspot.com/contacts/123/record/0-3/456')).toBeNull();
    expect(hubspotAdapter.matches(new URL('https://www.hubspot.com/pricing'))).toBe(false);
  });

  it('keys Dynamics by the lower-cased GUID, braces or not', () => {
    const a = key('https://org.crm.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D');
    const b = key('https://org.crm.dynamics.com/main.aspx?appid=x&pagetype=entityrecord&etn=account&id=91330924-802a-4b0d-a900-34fd9d790829');
    expect(a).toBe('dynamics:91330924-802a-4b0d-a900-34fd9d790829');
    expect(b).toBe(a);
    expect(key('https://org.crm.dynamics.com/main.aspx?etn=task&pagetype=entityrecord&id=91330924-802A-4B0D-A900-34FD9D790829')).toBeNull();
    expect(key('https://org.crm.dynamics.com/main.aspx?etn=account&pagetype=entitylist')).toBeNull();
  });

  it('keys the other families from their record URLs and nothing else', () => {
    const cases: [string, string | null][] = [
      ['https://crm.zoho.com/crm/org814057291/tab/Accounts/4876876000001234567', 'zoho:814057291:4876876000001234567'],
      ['https://crm.zoho.eu/crm/tab/Contacts/4876876000001234567', 'zoho:4876876000001234567'],
      ['https://crm.zoho.com/crm/org1/tab/Accounts/custom-view/4876876000000087501/list', null],
      ['https://app.pipedrive.com/organization/2045', 'pipedrive:organization:2045'],
      ['https://acme.pipedrive.com/deal/12', null],
      ['https://www.jiandaoyun.com/dashboard/app/5dcbcb63d6e30c000692464e/form/67f32f3b3b2d63ec45bd252a/data/6864e4b73a26ce3f1c2957ea/qr_link', 'jiandaoyun:6864e4b73a26ce3f1c2957ea'],
      ['https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/65A1B2C3D4E5F60718293A4C', 'fxiaoke:65a1b2c3d4e5f60718293a4c'],
      ['https://www.fxiaoke.com/XV/UI/Home#crm/list/=/AccountObj', null],
      ['https://crm.xiaoshouyi.com/final/account.action?id=1203456789012345', 'neocrm:1203456789012345'],
      ['https://crm.xiaoshouyi.com/final/opportunity.action?id=1203456789012345', null],
      ['https://c1.yonyoucloud.com/mdf-node/meta/voucher/aa_merchant/2552842636008882176?domainKey=x', 'yonyou:aa_merchant:2552842636008882176'],
      ['https://tf.jdy.com/ierp/index.html?formId=bd_customer&pkId=1876543210987654321', 'kingdee:bd_customer:1876543210987654321'],
      ['https://tf.jdy.com/ierp/index.html?formId=home_page', null],
    ];
    for (const [href, want] of cases) expect(key(href), href).toBe(want);
  });

  it('falls back to the generic reader on unknown sites, with the id from the URL', () => {
    const url = new URL('https://crm.example.com/accounts/acc-0042');
    expect(pickAdapter(url, doc)).toBe(genericAdapter);
    expect(genericAdapter.recordKey(url, doc)).toBe('generic:crm.example.com:acc-0042');
    expect(genericAdapter.recordKey(new URL('https://crm.example.com/accounts/acc-0042/edit'), doc)).toBe('generic:crm.example.com:acc-0042');
    expect(genericAdapter.recordKey(new URL('https://crm.example.com/c?customerId=77'), doc)).toBe('generic:crm.example.com:77');
    expect(genericAdapter.recordKey(new URL('https://crm.example.com/accounts'), doc)).toBeNull();
    expect(genericAdapter.recordKey(new URL('https://crm.example.com/accounts/page/2'), doc)).toBeNull();
  });

  it('lists the specific adapters before the generic one, which comes last', () => {
    expect(ADAPTERS.at(-1)).toBe(genericAdapter);
    expect(ADAPTERS.map((a) => a.id)).toEqual(['salesforce', 'hubspot', 'dynamics', 'zoho', 'pipedrive', 'jiandaoyun', 'fxiaoke', 'neocrm', 'yonyou', 'kingdee', 'odoo', 'generic']);
    expect(salesforceAdapter.matches(new URL('https://acme.my.salesforce.com/001D000000IqhSL'))).toBe(true);
    expect(dynamicsAdapter.matches(new URL('http://onprem/contoso/main.aspx?etn=account'))).toBe(true);
  });
});

describe('note targets', () => {
  it('finds each CRM composer and its save button on the record page', async () => {
    const expected: Record<string, [string, string | undefined]> = {
      salesforce: ['TEXTAREA', 'Save'], hubspot: ['DIV', 'Save note'], dynamics: ['TEXTAREA', 'Add note'], zoho: ['TEXTAREA', 'Save'],
      pipedrive: ['DIV', 'Save'], jiandaoyun: ['TEXTAREA', '发送'], fxiaoke: ['TEXTAREA', '发布'], neocrm: ['TEXTAREA', '保存'],
    };
    for (const [id, [tag, save]] of Object.entries(expected)) {
      const { doc, url } = loadFixture(`${id}/record.html`);
      const t = await pickAdapter(url, doc).noteTarget!(doc);
      expect(t?.input.tagName, id).toBe(tag);
      const label = t?.submit?.textContent?.trim() || t?.submit?.getAttribute('value');
      expect(label, id).toBe(save);
    }
  });

  it('finds none where the page has no note composer', async () => {
    const { doc, url } = loadFixture('kingdee/record.html');
    expect(await pickAdapter(url, doc).noteTarget!(doc)).toBeNull();
  });
});
