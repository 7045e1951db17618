// @vitest-environment happy-dom
/**
 * The bundled demo CRM read by the generic reader with no special case: the list, record pages
 * in both UI languages, and the bad-input accounts. The app runs in this page as in a browser.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pickAdapter } from '../../../src/adapters';
import { genericAdapter } from '../../../src/adapters/generic';
import type { AccountRead } from '../../../src/adapters/types';
import { ACCOUNT_COUNT, BAD_ACCOUNT_IDS, generateAccounts } from '../../fixtures/crm/demo/data.js';

const waitFor = <T>(check: () => T) => vi.waitFor(check, { timeout: 3000, interval: 20 });
const here = () => new URL(location.href);

async function open(path: string): Promise<void> {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

async function record(id: string): Promise<AccountRead> {
  await open(`/accounts/${id}`);
  return waitFor(() => {
    const r = genericAdapter.readRecord(here(), document);
    expect(r?.key.endsWith(`:${id}`)).toBe(true);
    return r!;
  });
}

describe('demo CRM through the generic reader', () => {
  const accounts = generateAccounts({});
  beforeAll(async () => {
    localStorage.clear();
    document.body.innerHTML = '<div id="app"></div>';
    history.replaceState(null, '', '/accounts?lang=en');
    await import('../../fixtures/crm/demo/app.js');
  });

  it('keys every list row by the id in its link, with the name and row fields', async () => {
    await open('/accounts?lang=en');
    const rows = await waitFor(() => {
      const r = pickAdapter(here(), document).readList(here(), document);
      expect(r).toHaveLength(ACCOUNT_COUNT);
      return r;
    });
    expect(pickAdapter(here(), document)).toBe(genericAdapter);
    for (const row of rows) {
      const href = row.el.querySelector('a')!.getAttribute('href')!;
      expect(row.key).toBe(`generic:${location.host}:${href.split('/').pop()}`);
      expect(row.el.tagName).toBe('TR');
    }
    const first = rows.find((r) => r.key.endsWith(':acc-0001'))!;
    const acc = accounts.find((a) => a.id === 'acc-0001')!;
    expect(first.name).toBe(acc.name);
    expect(first.fields?.arr?.num).toBe(acc.arr);
    expect(first.fields?.owner?.raw).toBe(acc.owner);
    expect(genericAdapter.readRecord(here(), document)).toBeNull();
  });

  it('reads a record page: name, the fields the demo shows, the whole timeline', async () => {
    const acc = accounts.find((a) => a.id === 'acc-0003')!;
    const r = await record('acc-0003');
    expect(r.name).toBe(acc.name);
    expect(r.fields.owner?.raw).toBe(acc.owner);
    expect(r.fields.arr?.num).toBe(acc.arr);
    expect(r.fields.renewalDate?.date).toBe(Date.parse(`${acc.renewal}T00:00:00Z`));
    expect(r.fields.lastContact?.date).toBe(Date.parse(`${acc.lastContact}T00:00:00Z`));
    expect(r.fields.nps?.num).toBe(acc.nps);
    expect(r.fields.openTickets?.num).toBe(acc.openTickets);
    expect(r.interactions).toHaveLength(acc.timeline.length);
    expect(r.interactions.map((i) => i.at)).toEqual(acc.timeline.map((t) => Date.parse(t.at)));
    const kinds = new Set(['call', 'meeting', 'email', 'ticket', 'complaint', 'order', 'payment', 'note']);
    for (const [i, t] of acc.timeline.entries()) {
      if (kinds.has(t.type)) expect(r.interactions[i]!.kind).toBe(t.type);
      if (typeof t.amount === 'number') expect(r.interactions[i]!.amount).toBe(t.amount);
      if (typeof t.open === 'boolean') expect(r.interactions[i]!.open).toBe(t.open);
    }
    expect(r.problems).toEqual([]);
    expect((await genericAdapter.noteTarget!(document))?.input.getAttribute('aria-label')).toBe('Note');
  });

  it('reads the Chinese UI the same way', async () => {
    const acc = accounts.find((a) => a.id === 'acc-0005')!;
    const button = (label: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === label)!;
    button('中文').click();
    await open('/accounts/acc-0005');
    const r = await waitFor(() => {
      const read = genericAdapter.readRecord(here(), document);
      expect(document.documentElement.lang).toBe('zh-CN');
      expect(read?.fields.arr?.label).toBe('合同金额');
      return read!;
    });
    expect(r.key).toBe(`generic:${location.host}:acc-0005`);
    // The page's own title, its badge beside it: not the activity card's heading (跟进动态), nor the
    // breadcrumb (labelled 导航路径) taken for the app's chrome.
    expect(r.name).toBe(acc.name);
    expect(r.anchor?.tagName).toBe('H1');
    // ¥12.34万 keeps two decimals of 万: within 50 of the stored amount.
    expect(Math.abs(r.fields.arr!.num! - Number(acc.arr))).toBeLessThanOrEqual(50);
    expect(r.fields.renewalDate?.date).toBe(Date.parse(`${acc.renewal}T00:00:00Z`));
    expect(r.interactions).toHaveLength(acc.timeline.length);
    expect((await genericAdapter.noteTarget!(document))?.submit?.textContent).toBe('保存备注');
    button('EN').click();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('reads every bad-input account without throwing, bounded and explained', async () => {
    for (const id of BAD_ACCOUNT_IDS) {
      const r = await record(id);
      expect(r.name.length).toBeGreaterThan(0);
      expect(r.name.length).toBeLessThanOrEqual(500);
      for (const f of Object.values(r.fields)) expect(f.raw.length).toBeLessThanOrEqual(500);
      for (const i of r.interactions) expect(Number.isFinite(i.at)).toBe(true);
    }
    const long = await record('acc-bad-3');
    expect(long.problems.some((p) => p === 'name_too_long:500')).toBe(true);
    expect(long.fields.industry?.raw).toBe('<script>alert(1)</script>');
    const garbled = await record('acc-bad-2');
    expect(garbled.fields.arr?.num).toBeUndefined();
    expect(garbled.problems.some((p) => p.startsWith('undated_entries:'))).toBe(true);
  });
});
