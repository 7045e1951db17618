/**
 * ChurnLens in real Firefox: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core), the
 * Firefox development build (the store package's code plus the demo CRM's access) installed as a
 * temporary add-on. What Firefox cannot be driven to do is in the README's Firefox section.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/firefox';
import { buildExtension } from '../../scripts/package';
import { startDemoServer } from '../../scripts/serve-demo';
import type { FlaggedRow } from '../../src/messages';
import { BADGE, rowsBadged } from './setup';

const SHOTS = '.tmp/e2e';
const BUILD = resolve(import.meta.dirname, '../../.tmp/firefox-dev');
const LEVELS = ['low', 'medium', 'high', 'critical'];

let ff: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;
/** An extension page kept open to ask the extension's APIs, as its own pages do. */
let ext: Page;

beforeAll(async () => {
  buildExtension('firefox', BUILD, { store: false });
  server = await startDemoServer({ port: 0 });
  // Firefox asks before granting an optional permission, in a prompt of its own that WebDriver
  // cannot answer; with this preference it grants what a user's click asks for, as "Allow" would.
  ff = await launchFirefoxWithExtension(BUILD, { prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  ext = await ff.openExtensionPage('src/options/index.html');
}, 120_000);

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Run `fn` in the extension page, where `browser.*` is Firefox's own extension API. */
const inExtension = <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> => ext.evaluate(fn as never, arg) as Promise<T>;
const send = async <T>(msg: unknown): Promise<T> => {
  const res = await inExtension((m) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), msg);
  if (!(res as { ok: boolean }).ok) throw new Error(JSON.stringify(res));
  return (res as { data: T }).data;
};

describe('ChurnLens in Firefox', () => {
  it('runs as a Firefox add-on: background scripts, sidebar, and the demo CRM’s host access granted at install', async () => {
    const got = await inExtension(async () => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const m = b.runtime.getManifest() as chrome.runtime.Manifest & { sidebar_action?: { default_panel: string } };
      return { background: m.background as { scripts?: string[] } | undefined, sidebar: m.sidebar_action?.default_panel, origins: (await b.permissions.getAll()).origins };
    }, null);
    // Firefox reports the manifest's files by their full moz-extension:// addresses.
    expect(got.background?.scripts).toEqual([ff.extensionUrl('service-worker-loader.js')]);
    expect(got.sidebar).toBe(ff.extensionUrl('src/sidebar/index.html'));
    // Firefox grants an MV3 add-on's host_permissions at install (since 127); nothing to click.
    expect(got.origins).toEqual(['http://127.0.0.1/*']);
  });

  it('badges every row of the demo CRM’s list with a level, for the account its link names', async () => {
    const page = await ff.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/accounts`);
    await page.waitForFunction(rowsBadged, { timeout: 30_000, polling: 100 }, { sel: BADGE, forLink: false });
    const rows = await page.$$eval(
      'table tbody tr',
      (trs, sel) => trs.map((tr) => ({ href: tr.querySelector('a')?.getAttribute('href') ?? '', key: tr.querySelector(sel)?.getAttribute('data-account-key') ?? '', level: tr.querySelector(sel)?.getAttribute('data-risk-level') ?? '' })),
      BADGE,
    );
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const r of rows) {
      expect(r.key.endsWith(r.href.split('/').pop()!)).toBe(true);
      expect([...LEVELS, 'unknown']).toContain(r.level);
    }
    expect(new Set(rows.map((r) => r.level)).size).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a record: it is read, scored, badged with a level; the sidebar page explains it', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.url}/accounts/acc-0003`);
    const badge = await page.waitForSelector(`h1 ${BADGE}`, { timeout: 30_000 });
    expect(LEVELS).toContain(await badge!.evaluate((b) => b.getAttribute('data-risk-level')));
    const name = await page.$eval('h1', (h) => h.firstChild?.textContent?.trim() ?? '');

    const tabId = await inExtension(async (url) => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    expect(tabId).toBeTypeOf('number');
    const panel = await ff.openExtensionPage(`src/sidebar/index.html?tab=${tabId}`);
    const root = await panel.waitForSelector('[data-churnlens="sidebar"] [data-churnlens="causes"]', { timeout: 15_000 });
    expect(root).toBeTruthy();
    expect(await panel.$eval('[data-churnlens="sidebar"] h1', (h) => h.textContent)).toContain(name.slice(0, 10));
    expect(await panel.$$eval('[data-churnlens="causes"] li', (l) => l.length)).toBeGreaterThan(0);
    expect(await panel.$$eval('[data-churnlens="actions"] li', (l) => l.length)).toBeGreaterThan(0);
    mkdirSync(SHOTS, { recursive: true });
    await panel.setViewport({ width: 400, height: 800 });
    await panel.screenshot({ path: join(SHOTS, 'firefox-sidebar.png') as `${string}.png` });
    await panel.close();
    await page.close();
  });

  it('writes a note into the CRM’s composer: the note writer, a part loaded on demand, is injected into the tab', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.url}/followup/customer.html?id=7741`);
    const badge = await page.waitForSelector(`h1 ~ ${BADGE}, h1 ${BADGE}`, { timeout: 30_000 });
    const key = await badge!.evaluate((b) => b.getAttribute('data-account-key'));
    const before = await page.$$eval('#followups tbody tr', (r) => r.length);
    const tabId = await inExtension(async (url) => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    // As the side panel does it: the note is kept, then the worker asks the tab to write it.
    const note = await send<{ id: string }>({ type: 'note:add', key, text: 'Firefox note writer check' });
    expect(await send({ type: 'note:write', tabId, noteId: note.id })).toEqual({ written: true });
    await page.waitForFunction((n) => document.querySelectorAll('#followups tbody tr').length === n + 1, { timeout: 15_000, polling: 100 }, before);
    expect(await page.$eval('#followups tbody tr', (r) => r.textContent)).toContain('Firefox note writer check');
    await page.close();
  });

  it('the popup page lists the flagged accounts; its button opens Firefox’s sidebar', async () => {
    const flagged = await send<FlaggedRow[]>({ type: 'flagged:list' });
    expect(flagged.length).toBeGreaterThan(0);
    const popup = await ff.openExtensionPage('src/popup/index.html');
    await popup.waitForSelector('[data-churnlens="flagged-row"]', { timeout: 15_000 });
    const shown = await popup.$$eval('[data-churnlens="flagged-row"]', (rs) => rs.map((r) => ({ key: r.getAttribute('data-account-key'), level: r.getAttribute('data-risk-level') })));
    const keys = new Set(flagged.map((f) => f.key));
    for (const r of shown) {
      expect(['medium', 'high', 'critical']).toContain(r.level);
      expect(keys.has(r.key!)).toBe(true);
    }
    await popup.setViewport({ width: 460, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup.png') as `${string}.png` });

    const sidebarOpen = () => inExtension(() => (globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}), null);
    expect(await sidebarOpen()).toBe(false);
    // A real click (BiDi input), so Firefox treats it as the user's: it opens sidebars only then.
    await popup.click('button::-p-text(Open side panel)');
    await expect.poll(sidebarOpen, { timeout: 10_000 }).toBe(true);
  });
  it('reads a CRM site enabled at run time, on a port of its own: the store package’s only way in', async () => {
    const site = `http://localhost:${new URL(server.url).port}`;
    const crm = await ff.browser.newPage();
    await crm.goto(`${site}/accounts`);
    // The popup's "Enable on this site" asks from the toolbar, which WebDriver cannot reach; a
    // button on an extension page asks Firefox the same, from a real click. Firefox's patterns
    // carry no port, so the popup asks for the host (src/ui/site-pattern.ts).
    await ext.evaluate((pattern) => {
      const button = document.createElement('button');
      button.id = 'enable-site';
      button.onclick = () =>
        void (globalThis as unknown as { browser: typeof chrome }).browser.permissions.request({ origins: [pattern] }).then((yes) => (button.dataset.granted = String(yes)));
      document.body.prepend(button);
    }, 'http://localhost/*');
    await ext.click('#enable-site');
    await ext.waitForSelector('#enable-site[data-granted="true"]', { timeout: 10_000 });

    // The worker registers the content script for the site and starts it in the tab already open.
    await crm.waitForFunction(rowsBadged, { timeout: 30_000, polling: 100 }, { sel: BADGE, forLink: false });
    const registered = await inExtension(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.scripting.getRegisteredContentScripts()).map((c) => [c.id, c.matches, c.js]), null);
    expect(registered).toEqual([['crm:http://localhost', ['http://localhost/*'], ['assets/content.js']]]);
    const record = await ff.browser.newPage();
    await record.goto(`${site}/accounts/acc-0005`);
    const badge = await record.waitForSelector(`h1 ${BADGE}`, { timeout: 30_000 });
    expect(await badge!.evaluate((b) => b.getAttribute('data-account-key'))).toMatch(/^generic:localhost:\d+:acc-0005$/);
    await record.close();
    await crm.close();
  });
});
