/**
 * Starts Debian's firefox-esr under WebDriver BiDi (puppeteer-core) with a ChurnLens build
 * installed as a temporary add-on, as the Firefox end-to-end test needs it. The Chromium
 * counterpart is scripts/browser.ts.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from './manifest';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Firefox gives each add-on a random internal UUID for its moz-extension:// origin; this pins ours so tests can address its pages. */
const EXTENSION_UUID = '5d1c7a10-6b7e-4f4e-9a53-c4b1e0c2a7f1';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  /** A new tab showing one of the extension's pages, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(dir: string, opts: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // From Firefox 153 on, WebDriver may navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }), ...opts.prefs },
  });
  // Installed over BiDi's webExtension.install: a temporary add-on, so unsigned builds load.
  const id = await browser.installExtension(resolve(dir));
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}: is ${dir} a Firefox build?`);
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(path) {
      const url = extensionUrl(path);
      const page = await browser.newPage();
      // Puppeteer's goto waits for the page's request to finish, which Firefox never reports for a
      // moz-extension:// page; it would time out on a page that loaded. Wait for the document instead,
      // asking again while the tab changes process (an evaluation then fails rather than waits).
      page.goto(url, { timeout: 0 }).catch(() => {});
      const loaded = () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      for (const deadline = Date.now() + 15_000; !(await loaded()); ) {
        if (Date.now() > deadline) throw new Error(`${url} did not load`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return page;
    },
    close: () => browser.close(),
  };
}
