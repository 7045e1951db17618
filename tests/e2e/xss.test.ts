/**
 * Hostile names, fields and notes (tests/fixtures/crm/demo/xss/payloads.js, shown by the CRM page
 * as text) never become live markup or run: not in the badge, the side panel or the popup.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOf } from '../../scripts/browser';
import { BADGE, pageErrors, useExtension } from './setup';
import { encode, toDelimited } from '../../scripts/sample-exports';
// @ts-expect-error a plain JS fixture the CRM test page also loads
import { PAYLOADS } from '../fixtures/crm/demo/xss/payloads.js';

const env = useExtension();
const PAGES = 11; // three payloads a page (name, a field, a note): all 32 at least once
/** Text as a reader keeps it: invisible characters dropped, spaces collapsed. */
const plain = (s: string) => s.replace(/[\u200B\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim();

/** Markup a payload would have made live: elements, handler attributes, or a script's mark. */
const liveMarkup = (p: Page) =>
  p.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const found: string[] = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('img[src="x"], iframe, object, embed, video, source, math, base, meta[http-equiv], link[href*="evil"], form[action^="javascript"], a[href^="javascript"], input[autofocus], details[ontoggle], template, noscript')) found.push(el.outerHTML.slice(0, 80));
        for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
      }
    }
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push(`ran: ${(window as unknown as { __pwned: unknown }).__pwned}`);
    return found;
  });

describe('hostile text from the CRM', () => {
  it(`stays text in badges, the side panel and the popup (32 payloads in ${PAGES * 3} places)`, async () => {
    const panel = await env.b.context.newPage();
    for (let id = 0; id < PAGES; id++) {
      const page = await env.b.context.newPage();
      const errors = pageErrors(page);
      await page.goto(`${env.crm}/xss/account.html?id=${id}`);
      await page.locator(BADGE).first().waitFor({ timeout: 15_000 });
      // The CRM page renders the payloads as text itself: anything live in it came from ChurnLens.
      expect(await liveMarkup(page), `CRM page ${id}`).toEqual([]);
      const name = (await page.locator('h1').textContent())!;
      await panel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`));
      await panel.locator('[data-churnlens="risk"]').waitFor();
      // Open everything that is collapsed, so every field and note the panel holds is laid out.
      await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // It was shown, as text (the name's first visible characters).
      expect(plain((await panel.locator('body').textContent())!), `side panel ${id}`).toContain(plain(name).slice(0, 12));
      expect(await liveMarkup(panel), `side panel ${id}`).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
    await panel.goto(env.b.extensionUrl('src/popup/index.html'));
    await panel.locator('[data-churnlens="flagged-row"]').first().waitFor();
    expect(await panel.locator('[data-churnlens="flagged-row"]').count()).toBeGreaterThanOrEqual(PAGES);
    expect(await liveMarkup(panel), 'popup').toEqual([]);
    await panel.close();
  });

  it(`stays text when it comes in an imported file: ${(PAYLOADS as string[]).length} payloads as names, types, texts and bad dates`, async () => {
    const payloads = PAYLOADS as string[];
    const recent = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const rows: (string | number)[][] = [['客户名称', '跟进时间', '跟进方式', '跟进内容']];
    payloads.forEach((p, i) => {
      rows.push([`${p} #${i}`, recent, p, `客户说系统经常卡顿，工单一直没解决，考虑换竞品 ${p}`]);
      rows.push([`客户 ${i}`, p, '电话', 'x']);
    });
    const options = await env.b.context.newPage();
    const errors = pageErrors(options);
    await options.goto(env.b.extensionUrl('src/options/index.html'));
    await options.getByTestId('import-file').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(encode(toDelimited(rows), 'utf-8')) });
    await options.getByTestId('import-preview').waitFor();
    await options.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await liveMarkup(options), 'options preview').toEqual([]);
    await options.getByTestId('import-start').click();
    await options.getByTestId('import-report').waitFor({ timeout: 60_000 });
    expect(await options.getByTestId('import-report').locator('tbody tr').count()).toBeGreaterThanOrEqual(payloads.length - 1);
    expect(await liveMarkup(options), 'options report').toEqual([]);
    expect(errors).toEqual([]);
    const popup = await env.b.context.newPage();
    await popup.goto(env.b.extensionUrl('src/popup/index.html'));
    // The popup draws its list a page at a time: every page of it, as the imported accounts are scored, so each name is on screen.
    const more = popup.getByRole('button', { name: /^Show \d+ more$/ });
    await expect.poll(async () => {
      if (await more.count()) await more.click();
      return popup.locator('[data-churnlens="flagged-row"]', { hasText: '#0' }).count();
    }, { timeout: 30_000 }).toBeGreaterThan(0);
    while (await more.count()) await more.click();
    expect(await liveMarkup(popup), 'popup after import').toEqual([]);
    await popup.close();
    await options.close();
  });
});
