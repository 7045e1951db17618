/**
 * The stores' screenshots, 1280×800 (Chrome Web Store's size; addons.mozilla.org takes it too), in
 * English and Chinese, written to artifacts/store/ from the extension running on the demo CRM:
 * the account list with its badges under the manager's popup, and an account beside its side panel.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { composeSideBySide, sendAsPage, tabIdOf } from '../../scripts/browser';
import { ARTIFACTS } from '../../scripts/package';
import { catalog } from '../../src/i18n/catalog';
import type { FlaggedRow } from '../../src/messages';
import { BADGE, listBadged, useExtension } from './setup';

const env = useExtension();
const OUT = join(ARTIFACTS, 'store');
const SHOTS = '.tmp/e2e';
const SIZE = { width: 1280, height: 800 };
/** The extension's pages at the sizes the browser shows them (the popup at its largest); the CRM's page takes the rest of the width. */
const POPUP = { width: 460, height: 600 };
const PANEL = { width: 420, height: SIZE.height };
/** The English screenshots show an account with an English name, the Chinese ones a Chinese name. */
const CJK = /[\u4e00-\u9fff]/;

/** An extension page at `size`, once `ready` shows. */
async function extensionShot(path: string, ready: string, size: { width: number; height: number }): Promise<{ png: Buffer; text: string }> {
  const p = await env.b.context.newPage();
  await p.setViewportSize(size);
  await p.goto(env.b.extensionUrl(path));
  await p.locator(ready).first().waitFor();
  const out = { png: await p.screenshot(), text: await p.locator('body').innerText() };
  await p.close();
  return out;
}

/** The popup as the browser shows it: over the page, under the toolbar's right end. */
async function popupOver(pagePng: Buffer, popupPng: Buffer, path: string): Promise<void> {
  const p = await env.b.context.newPage();
  await p.setViewportSize(SIZE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await p.setContent(
    `<body style="margin:0"><img src="${src(pagePng)}"><img src="${src(popupPng)}" style="position:absolute;top:6px;right:12px;border-radius:8px;box-shadow:0 10px 30px rgba(15,23,42,.35)"></body>`,
  );
  await p.waitForFunction(() => [...document.images].every((i) => i.complete));
  await p.screenshot({ path });
  await p.close();
}

/** The CRM page beside an extension page of `width`. */
async function crmShot(page: Page, width: number): Promise<Buffer> {
  await page.setViewportSize({ width: SIZE.width - width, height: SIZE.height });
  return page.screenshot();
}
const dimensions = (file: string) => {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('store screenshots', () => {
  it('are 1280×800, in English and Chinese: the list under the popup, an account beside its side panel', async () => {
    mkdirSync(OUT, { recursive: true });
    const page = await env.b.context.newPage();
    // A person has opened a few accounts: the popup has a history to rank.
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    const hrefs = await page.locator('table tbody tr a[href^="/accounts/"]').evaluateAll((as) => as.slice(0, 12).map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      await page.goto(`${env.crm}${href}`);
      await page.locator(`${BADGE}[data-account-key$=":${href.split('/').pop()}"]`).first().waitFor();
    }

    for (const lang of ['en', 'zh_CN'] as const) {
      const settings = await sendAsPage<object>(env.b, { type: 'settings:get' });
      await sendAsPage(env.b, { type: 'settings:set', settings: { ...settings, lang } });
      await page.goto(`${env.crm}/accounts?lang=${lang === 'en' ? 'en' : 'zh'}`);
      await listBadged(page);
      await page.evaluate(() => scrollTo(0, 0));
      const popup = await extensionShot('src/popup/index.html', '[data-churnlens="flagged-row"]', POPUP);
      const list = join(OUT, `screenshot-1-list-${lang}.png`);
      await popupOver(await crmShot(page, 0), popup.png, list);

      const flagged = await sendAsPage<FlaggedRow[]>(env.b, { type: 'flagged:list' });
      const top = flagged.find((r) => r.url && r.cause && CJK.test(r.name) === (lang === 'zh_CN'))!;
      await page.goto(`${top.url!}?lang=${lang === 'en' ? 'en' : 'zh'}`);
      await page.locator(`h1 ${BADGE}[data-account-key="${top.key}"]`).waitFor();
      const name = await page.locator('h1').first().evaluate((h) => h.firstChild?.textContent?.trim() ?? '');
      const panel = await extensionShot(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`, '[data-churnlens="causes"]', PANEL);
      const account = join(OUT, `screenshot-2-account-${lang}.png`);
      await composeSideBySide(env.b, [await crmShot(page, PANEL.width), panel.png], account, SIZE);

      for (const f of [list, account]) expect(dimensions(f), f).toEqual(SIZE);
      // Each language's screenshots show that language's extension (the demo's accounts have Chinese names in both).
      const other = lang === 'en' ? 'zh_CN' : 'en';
      expect(popup.text).toContain(catalog[lang].popup_title);
      expect(panel.text.startsWith(name)).toBe(true);
      expect(popup.text + panel.text).not.toContain(catalog[other].popup_title);
      expect(panel.text).toContain(catalog[lang].level_risk.replace('$1', catalog[lang][`level_${top.level}`]));
    }
    await page.close();
  }, 150_000);

  it('the options page links the privacy statement shipped in the package, in both languages', async () => {
    for (const lang of ['en', 'zh_CN'] as const) {
      const settings = await sendAsPage<object>(env.b, { type: 'settings:get' });
      await sendAsPage(env.b, { type: 'settings:set', settings: { ...settings, lang } });
      const options = await env.b.context.newPage();
      await options.goto(env.b.extensionUrl('src/options/index.html'));
      const link = options.locator('[data-churnlens="privacy-link"]');
      expect(await link.textContent()).toBe(catalog[lang].options_privacy);
      mkdirSync(SHOTS, { recursive: true });
      await link.locator('xpath=ancestor::section').screenshot({ path: join(SHOTS, `options-privacy-${lang}.png`) });
      const [statement] = await Promise.all([env.b.context.waitForEvent('page'), link.click()]);
      await statement.waitForLoadState();
      expect(statement.url()).toBe(env.b.extensionUrl('privacy.html'));
      // The statement in both languages, from PRIVACY.md.
      const headings = await statement.locator('h2').allTextContents();
      expect(headings).toEqual(expect.arrayContaining(['What it reads', 'Where it is kept', 'What never leaves the browser', '读取什么', '保存在哪里', '哪些内容绝不离开浏览器']));
      if (lang === 'en') await statement.screenshot({ path: join(SHOTS, 'privacy.png'), fullPage: true });
      await statement.close();
      await options.close();
    }
  });
});
