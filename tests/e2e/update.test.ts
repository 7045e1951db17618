/**
 * ChurnLens updated while a CRM list is open in a tab: the build is loaded again over the running
 * one (CDP Extensions.loadUnpacked, which Chrome handles as an update, onInstalled and all). Chrome starts no new content script in open tabs and cuts the
 * old one off from the extension; the new version must take over that tab by itself: the old
 * copy's badges gone, one badge per row from the new copy, the old copy silent when the page
 * changes again (an orphaned observer that still reacted would try to reach its extension and fail).
 */
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { DIST } from '../../scripts/browser';
import { BADGE, listBadged, useExtension } from './setup';

// The switch lets a CDP client load unpacked extensions, as chrome://extensions's Reload does.
const env = useExtension({ launch: () => ({ args: ['--enable-unsafe-extension-debugging'] }) });

describe('an update while a CRM tab is open', () => {
  it('leaves no orphaned badges or observers, and the tab keeps its badges', async () => {
    const page = await env.b.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${env.crm}/accounts`);
    const rows = await listBadged(page);
    expect(rows).toBeGreaterThan(10);
    // Mark what the running copy painted, to tell it from what the new version paints.
    await page.locator(BADGE).evaluateAll((els) => els.forEach((e) => e.setAttribute('data-test-old', '')));

    const old: Worker = await env.b.worker();
    const cdp = await env.b.context.browser()!.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: DIST } as never)) as { id: string };
    expect(id).toBe(env.b.extensionId);
    await expect.poll(() => env.b.context.serviceWorkers().some((w) => w !== old && w.url().startsWith(`chrome-extension://${id}/`)), { timeout: 30_000 }).toBe(true);

    // The new version's copy badges every row once, and none of the old badges is left.
    await expect.poll(() => page.locator(`${BADGE}[data-test-old]`).count(), { timeout: 20_000 }).toBe(0);
    await listBadged(page, { forLink: true });
    expect(await page.locator(BADGE).count()).toBe(rows);

    // The page changes again (the CRM re-sorts its rows in place): badges follow their accounts,
    // one per row, and the cut-off copy neither paints nor tries to reach its extension.
    const order = () => page.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.getAttribute('href') ?? ''));
    const before = await order();
    await page.locator('table thead th').first().click();
    await expect.poll(order, { timeout: 10_000 }).not.toEqual(before);
    await listBadged(page, { forLink: true });
    expect(await page.locator(BADGE).count()).toBe(rows);
    expect(errors.filter((e) => /context invalidated|ChurnLens/i.test(e))).toEqual([]);
    await page.close();
  });
});
