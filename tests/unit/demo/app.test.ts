// @vitest-environment happy-dom
/**
 * The demo CRM app driven through its DOM, the way the extension meets it: late content,
 * client-side routes, rows recycled on sort, notes saved into the timeline, two languages.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCOUNT_COUNT, generateAccounts } from '../../fixtures/crm/demo/data.js';

const rows = () => [...document.querySelectorAll('table tbody tr')];
const names = () => rows().map((tr) => tr.querySelector('a')!.textContent);
const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 20 });

async function go(path: string) {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('demo CRM in the page', () => {
  beforeAll(async () => {
    localStorage.clear();
    document.body.innerHTML = '<div id="app"></div>';
    history.replaceState(null, '', '/accounts?lang=en');
    await import('../../fixtures/crm/demo/app.js');
  });

  it('renders the list late, as a real CRM does, with every account linked to its record', async () => {
    expect(document.querySelector('table')).toBeNull();
    await waitFor(() => expect(rows().length).toBe(ACCOUNT_COUNT));
    const heads = [...document.querySelectorAll('table thead th')].map((th) => th.textContent?.trim());
    expect(heads).toEqual(['Name', 'Owner', 'Plan', 'ARR', 'Renewal', 'Last contact']);
    const hrefs = rows().map((tr) => tr.querySelector('a')!.getAttribute('href'));
    expect(hrefs[0]).toBe('/accounts/acc-0001');
    expect(hrefs).toContain('/accounts/acc-bad-3');
    expect(rows()[0].children[3].textContent).toMatch(/^\$\d{1,3}(,\d{3})*$/);
  });

  it('sorts by a header click by refilling the same row elements', async () => {
    const before = rows();
    const first = document.querySelector('table thead th')!;
    (first as HTMLElement).click();
    expect(first.getAttribute('aria-sort')).toBe('ascending');
    const after = rows();
    expect(after.length).toBe(before.length);
    after.forEach((tr, i) => expect(tr).toBe(before[i]));
    const sorted = [...names()].sort((a, b) => new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare(a!, b!));
    expect(names()).toEqual(sorted);
    (first as HTMLElement).click();
    expect(first.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual([...sorted].reverse());

    // Amounts sort as numbers; blank and unreadable ones stay at the bottom in both directions.
    const arrHeader = document.querySelectorAll<HTMLElement>('table thead th')[3];
    const amounts = () => rows().map((tr) => tr.children[3].textContent!);
    const asNumber = (t: string) => Number(t.replace(/[$,]/g, ''));
    for (const dir of ['ascending', 'descending']) {
      arrHeader.click();
      expect(arrHeader.getAttribute('aria-sort')).toBe(dir);
      const shown = amounts();
      const readable = shown.filter((t) => /^-?\$[\d,]+$/.test(t));
      expect(shown.slice(0, readable.length)).toEqual(readable);
      expect(shown.at(-1)).toBe('');
      const values = readable.map(asNumber);
      expect(values).toEqual([...values].sort((a, b) => (dir === 'ascending' ? a - b : b - a)));
    }
  });

  it('follows a row link without a document load and shows the record', async () => {
    const link = document.querySelector<HTMLAnchorElement>('a[href="/accounts/acc-0002"]')!;
    link.click();
    expect(location.pathname).toBe('/accounts/acc-0002');
    const expected = generateAccounts().find((a) => a.id === 'acc-0002')!;
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe(expected.name));
    const fields = Object.fromEntries([...document.querySelectorAll('dl dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['Owner', 'Plan', 'ARR', 'Renewal date', 'NPS', 'Open tickets', 'Last contact', 'Status', 'Industry', 'Contacts']));
    expect(fields.Owner).toBe(expected.owner);
    expect(fields['Open tickets']).toBe(String(expected.openTickets));
    const items = document.querySelectorAll('ol li');
    expect(items.length).toBe(expected.timeline.length);
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe(expected.timeline[0].at);
    expect(items[0].querySelector('time')?.textContent).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  });

  it('saves a note into the timeline and keeps it in localStorage for the next visit', async () => {
    const before = document.querySelectorAll('ol li').length;
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Note"]')!;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save note')!;
    expect(button.disabled).toBe(true);
    textarea.value = 'Called back, agreed a QBR next week';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    button.click();
    expect(document.querySelectorAll('ol li').length).toBe(before + 1);
    expect(document.querySelector('ol li')?.textContent).toContain('Called back, agreed a QBR next week');
    expect(localStorage.getItem('northstar-crm.notes')).toContain('Called back, agreed a QBR');

    await go('/accounts');
    await waitFor(() => expect(rows().length).toBe(ACCOUNT_COUNT));
    await go('/accounts/acc-0002');
    await waitFor(() => expect(document.querySelector('ol li')?.textContent).toContain('Called back, agreed a QBR next week'));
    expect(document.querySelectorAll('ol li').length).toBe(before + 1);
  });

  it('switches to Chinese labels, dates and ¥ amounts, and remembers the choice', async () => {
    const zh = [...document.querySelectorAll('button')].find((b) => b.textContent === '中文')!;
    zh.click();
    await waitFor(() => expect(document.querySelector('dl dt')?.textContent).toBe('负责人'));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('northstar-crm.lang')).toBe('zh');
    const labels = [...document.querySelectorAll('dl dt')].map((dt) => dt.textContent);
    expect(labels).toContain('合同金额');
    const arr = [...document.querySelectorAll('dl dt')].find((dt) => dt.textContent === '合同金额')!.nextElementSibling!.textContent!;
    expect(arr).toMatch(/^¥[\d.,]+万?$/);
    expect(document.querySelector('ol li time')?.textContent).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const types = new Set([...document.querySelectorAll('ol li .tl-type')].map((t) => t.textContent));
    for (const t of types) expect(['电话', '会议', '工单', '投诉', '订单', '备注', '邮件', '回款']).toContain(t);
    expect(document.querySelector('button[type="submit"]')?.textContent).toBe('保存备注');
  });

  it('shows markup in records as text and survives garbage and empty records', async () => {
    await go('/accounts/acc-bad-3');
    await waitFor(() => expect(document.querySelector('h1')?.textContent?.length).toBe(10_000));
    const main = document.querySelector('main')!;
    expect(main.querySelector('script, img, b')).toBeNull();
    expect(main.textContent).toContain('<script>alert(1)</script>');

    await go('/accounts/acc-bad-2');
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toContain('Garbled'));
    const dd = [...document.querySelectorAll('dl dd')].map((d) => d.textContent);
    expect(dd).toEqual(expect.arrayContaining(['￥abc', '12/34/5678', '???', 'N/A', '—']));

    await go('/accounts/acc-bad-1');
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toContain('Pending import'));
    expect(document.querySelectorAll('ol li').length).toBe(0);
    expect([...document.querySelectorAll('dl dt')].map((d) => d.textContent)).not.toContain('合同金额');

    await go('/accounts/acc-9999');
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('未找到该客户'));
  });
});
