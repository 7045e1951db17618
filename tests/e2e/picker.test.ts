/**
 * "Teach ChurnLens this page" in a real Chromium: a CRM page the built-in readers cannot read
 * (generated class names, values without labels, a list whose links all say "查看") is taught by
 * clicks in the in-page picker, and from then on it is read, scored and badged the taught way.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOf } from '../../scripts/browser';
import type { AccountViewData, PageRecipe } from '../../src/messages';
import { BADGE, logTabMessages, pageErrors, useExtension } from './setup';

const env = useExtension();
const SHOTS = '.tmp/e2e';
const PICKER = '[data-churnlens="picker"]';

/** What the popup's button does: ask the page's content script, from an extension page, to open the picker. */
async function openPicker(page: Page): Promise<void> {
  const tabId = await tabIdOf(env.b, page);
  const ext = await env.b.context.newPage();
  try {
    await ext.goto(env.b.extensionUrl('src/options/index.html'));
    // The content script starts at document_idle; until then the tab has no one to answer.
    await expect
      .poll(() => ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'picker:start' }).catch((e: Error) => e.message), tabId), {
        timeout: 15_000,
      })
      .toEqual({ ok: true, data: { started: true } });
  } finally {
    await ext.close();
  }
  await page.locator(`${PICKER} .panel`).waitFor();
}

describe('teaching ChurnLens a page it cannot read', () => {
  it('reads a taught record page and list after a few clicks', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const host = new URL(env.crm).host;
    const page = await env.b.context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${env.crm}/taught/customer-881234.html`);

    // Untaught, the built-in readers find the name (the page's title) but none of its values: the
    // KPI tiles carry no labels a reader could know.
    await page.locator(BADGE).first().waitFor();
    for (const k of await page.locator(BADGE).evaluateAll((bs) => bs.map((b) => b.getAttribute('data-account-key')!))) {
      const untaught = await env.send<AccountViewData>({ type: 'account:view', key: k });
      expect(untaught.account.fields.arr).toBeUndefined();
      expect(untaught.account.fields.renewalDate).toBeUndefined();
    }

    await openPicker(page);
    const picker = page.locator(PICKER);
    await page.locator('[data-block="title"] > div').click();
    await picker.locator('[data-step="1"].on').waitFor();
    await page.locator('[data-block="kpis"] > div:nth-of-type(1) > div').click();
    await page.locator('[data-block="kpis"] > div:nth-of-type(2) > div').click();
    const selects = picker.locator('li.field select');
    await expect.poll(() => selects.count()).toBe(2);
    await selects.nth(0).selectOption('arr');
    await selects.nth(1).selectOption('renewalDate');
    await expect.poll(() => picker.locator('[data-field="arr"]').textContent()).toMatch(/128,000.*→ 128,000/);
    await expect.poll(() => picker.locator('[data-churnlens-part="preview"]').textContent()).toContain(`recipe:${host}:881234`);
    // A page link clicked while picking is taken by the picker (as a value), not followed; × removes it.
    await page.locator('nav a[href="list.html"]').click();
    await expect.poll(() => selects.count()).toBe(3);
    expect(page.url()).toContain('customer-881234.html');
    await picker.locator('li.field').nth(2).locator('button.icon').click();
    await expect.poll(() => selects.count()).toBe(2);
    await page.locator('[data-block="kpis"] > div:nth-of-type(4)').hover();
    await page.screenshot({ path: `${SHOTS}/picker-record.png` });

    await picker.locator('[data-action="save"]').click();
    await picker.locator('.foot .ok').waitFor();
    const recipe = await env.send<PageRecipe | null>({ type: 'recipe:get', origin: env.crm });
    expect(recipe?.fields.map((f) => f.field)).toEqual(['arr', 'renewalDate']);
    expect(recipe?.recordPath).toBe('^/taught/customer-(\\d+)\\.html/?$');

    await page.reload();
    const key = `recipe:${host}:881234`;
    const badge = page.locator(`${BADGE}[data-account-key="${key}"]`);
    await badge.waitFor({ timeout: 20_000 });
    const view = await env.send<AccountViewData>({ type: 'account:view', key });
    expect(view.account.name).toBe('杭州云帆科技有限公司');
    expect(view.account.fields.arr).toMatchObject({ raw: '128,000', num: 128_000 });
    expect(view.account.fields.renewalDate).toMatchObject({ raw: '2026-09-30', date: Date.UTC(2026, 8, 30) });
    expect(view.snapshots.length).toBeGreaterThanOrEqual(1);

    // The list page: the picker opens on the list step, one click teaches all eight rows. Until
    // then the list stays unread (checked below, from what the page's script sent the worker).
    const sent = await logTabMessages(env.b, await tabIdOf(env.b, page));
    const listUrl = `${env.crm}/taught/list.html`;
    await page.goto(listUrl);
    await openPicker(page);
    expect(await page.locator(BADGE).count()).toBe(0);
    await picker.locator('[data-step="2"].on').waitFor();
    await picker.locator('.picking').waitFor();
    await page.locator('[data-block="customers"] > div:nth-of-type(3) > div:first-child > span:nth-of-type(2)').click();
    await expect.poll(() => picker.locator('[data-rows]').getAttribute('data-rows')).toBe('8');
    await page.screenshot({ path: `${SHOTS}/picker-list.png` });
    await picker.locator('[data-action="save"]').click();
    await picker.locator('.foot .ok').waitFor();
    await picker.locator('[data-action="close"]').click();
    expect(await page.locator(PICKER).count()).toBe(0);

    const rows = page.locator('[data-block="customers"] > div');
    await expect
      .poll(() => rows.evaluateAll((rs, sel) => rs.filter((r) => r.querySelector(sel)).length, BADGE), { timeout: 20_000 })
      .toBe(8);
    const pairs = await rows.evaluateAll((rs, sel) =>
      rs.map((r) => ({ key: r.querySelector(sel)!.getAttribute('data-account-key'), href: r.querySelector('a')!.getAttribute('href')! })), BADGE);
    for (const p of pairs) expect(p.key).toBe(`recipe:${host}:${/customer-(\d+)/.exec(p.href)![1]}`);
    // Those badges came from a list read the script sent after the list recipe was saved, so any
    // read it made of the untaught list was sent before: there was none.
    const fromList = (await sent()).filter((m) => m.from.startsWith(listUrl));
    const taughtAt = fromList.findIndex((m) => m.type === 'recipe:save');
    expect(fromList.map((m) => m.type)).toContain('recipe:get');
    expect(taughtAt).toBeGreaterThan(-1);
    expect(fromList.slice(0, taughtAt).filter((m) => m.type.startsWith('page:'))).toEqual([]);
    const readAfter = fromList.slice(taughtAt).filter((m) => m.type === 'page:list').flatMap((m) => m.keys ?? []);
    expect([...new Set(readAfter)].sort()).toEqual(pairs.map((p) => p.key).sort());
    // The row read the taught name, not the "查看" link: the account keeps the name its page gave it.
    expect((await env.send<AccountViewData>({ type: 'account:view', key })).account.name).toBe('杭州云帆科技有限公司');
    const other = await env.send<AccountViewData>({ type: 'account:view', key: `recipe:${host}:881402` });
    expect(other.account.name).toBe('北京微澜教育科技');
    await page.screenshot({ path: `${SHOTS}/taught-list-badges.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports and exports recipes from the options page, refusing a broken file whole', async () => {
    const options = await env.b.context.newPage();
    await options.goto(env.b.extensionUrl('src/options/index.html'));
    const section = options.locator('[data-churnlens="recipes"]');
    await section.waitFor();
    const good = {
      version: 1, origin: 'https://crm.example.com', recordPath: '^/c/(\\d+)$',
      name: { selector: 'h1' }, fields: [{ field: 'arr', selector: '.arr' }], updatedAt: Date.now(),
    };
    const bad = { ...good, origin: 'https://other.example.com', fields: [{ field: 'arr', selector: 7 }] };
    const input = section.locator('input[type="file"]');
    await input.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([good, bad])) });
    await expect.poll(() => section.locator('[role="status"]').textContent()).toMatch(/Recipe 2 \(https:\/\/other\.example\.com\), field “fields\.0\.selector”/);
    expect(await section.locator('li[data-origin="https://crm.example.com"]').count()).toBe(0);

    await input.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([good])) });
    await section.locator('li[data-origin="https://crm.example.com"]').waitFor();
    await options.screenshot({ path: `${SHOTS}/options-recipes.png`, fullPage: true });
    const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Export all' }).click()]);
    const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as PageRecipe[];
    expect(exported.map((r) => r.origin)).toContain('https://crm.example.com');

    options.once('dialog', (d) => void d.accept());
    await section.locator('li[data-origin="https://crm.example.com"] button').click();
    await expect.poll(() => section.locator('li[data-origin="https://crm.example.com"]').count()).toBe(0);
    await options.close();
  });

  it('popup offers the Teach button and says why when the tab is not a web page', async () => {
    const popup = await env.b.context.newPage();
    await popup.setViewportSize({ width: 460, height: 400 });
    // Opened as a tab, the popup's active tab is itself: an extension page, not a CRM.
    await popup.goto(env.b.extensionUrl('src/popup/index.html'));
    const teach = popup.locator('[data-churnlens="teach"]');
    await teach.getByRole('button', { name: /Teach ChurnLens this page/ }).click();
    await expect.poll(() => teach.locator('[role="alert"]').textContent()).toMatch(/only be taught on web pages/);
    await popup.screenshot({ path: `${SHOTS}/popup-teach.png` });
    await popup.close();
  });
});
