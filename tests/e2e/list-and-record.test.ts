import { describe, expect, it } from 'vitest';
import { BADGE, listBadged, pageErrors, useExtension } from './setup';
import type { AccountViewData } from '../../src/messages';

const env = useExtension();
const LEVELS = ['low', 'medium', 'high', 'critical', 'unknown'];

describe('badges on the demo CRM', () => {
  it('puts a badge for the right account on every list row', async () => {
    const page = await env.b.context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${env.crm}/accounts`);
    const rows = await listBadged(page);
    expect(rows).toBeGreaterThanOrEqual(60);
    const pairs = await page.locator('table tbody tr').evaluateAll((trs, sel) =>
      trs.map((tr) => ({
        href: tr.querySelector('a')?.getAttribute('href') ?? '',
        key: tr.querySelector(sel)?.getAttribute('data-account-key') ?? '',
        level: tr.querySelector(sel)?.getAttribute('data-risk-level') ?? '',
        shadow: Boolean(tr.querySelector(sel)?.shadowRoot),
      })), BADGE);
    for (const p of pairs) {
      expect(p.key.endsWith(p.href.split('/').pop()!)).toBe(true);
      expect(LEVELS).toContain(p.level);
      expect(p.shadow).toBe(true);
    }
    // A believable spread: a demo CRM where every account looks the same would say nothing.
    expect(new Set(pairs.map((p) => p.level)).size).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records a snapshot when an account opens, scores it and badges the page', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-0003`);
    const badge = page.locator(`h1 ${BADGE}, ${BADGE}[data-account-key$="acc-0003"]`).first();
    await badge.waitFor();
    expect(LEVELS.slice(0, 4)).toContain(await badge.getAttribute('data-risk-level'));
    const key = (await badge.getAttribute('data-account-key'))!;
    const view = await env.send<AccountViewData>({ type: 'account:view', key });
    expect(view.snapshots.length).toBeGreaterThanOrEqual(1);
    expect(view.interactions.length).toBeGreaterThan(0);
    expect(view.score?.account).toBe(key);
    expect(view.account.name.length).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the side panel from a badge, and the row behind it never sees the click', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    const cdp = await env.b.context.browser()!.newBrowserCDPSession();
    const panels = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url.endsWith('/src/sidebar/index.html')).length;
    // Many CRMs open a record when its row is clicked: the page listens on the row, as they do.
    await page.evaluate(() => {
      (window as unknown as { rowClicks: number }).rowClicks = 0;
      document.querySelector('table tbody')!.addEventListener('click', () => (window as unknown as { rowClicks: number }).rowClicks++);
    });
    const before = await panels();
    await page.locator(`table tbody tr ${BADGE}`).nth(3).click();
    await expect.poll(panels, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/accounts');
    await cdp.detach();
    await page.close();
  });

  it('re-reads the page on client-side navigation', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    const link = page.locator('table tbody tr a').nth(5);
    const href = (await link.getAttribute('href'))!;
    const id = href.split('/').pop()!;
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.locator(`${BADGE}[data-account-key$=":${id}"]`).first().waitFor();
    // The demo CRM routes in the page: no document load happened, the content script followed.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await page.goBack();
    await listBadged(page);
    await page.close();
  });

  it('keeps badges beside the right account when the CRM re-sorts rows in place', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    const order = () => page.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.getAttribute('href') ?? ''));
    const before = await order();
    await page.locator('table thead th').first().click();
    // The CRM has re-filled the same rows with the same accounts in another order...
    await expect.poll(order, { timeout: 10_000 }).not.toEqual(before);
    expect([...(await order())].sort()).toEqual([...before].sort());
    // ...and the old badges sit in them until the content script repaints each for its new account.
    await listBadged(page, { forLink: true });
    const mismatched = await page.locator('table tbody tr').evaluateAll((trs, sel) =>
      trs.filter((tr) => {
        const key = tr.querySelector(sel)?.getAttribute('data-account-key') ?? '';
        const id = tr.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? '?';
        return !key.endsWith(`:${id}`) || tr.querySelectorAll(sel).length !== 1;
      }).length, BADGE);
    expect(mismatched).toBe(0);
    await page.close();
  });
});
