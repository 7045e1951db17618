/**
 * A web page cannot tell that ChurnLens is installed: on an enabled CRM origin, where ChurnLens is
 * reading and badging the very page, the page asks for ChurnLens's files at their addresses (its
 * scripts, manifest, icon and popup page) by every route a page has (fetch, a script or image
 * element, a module script), and each attempt fails; nor does it see where the injected parts leave
 * their exports. The same addresses load from ChurnLens's own page, so they are the right ones.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AccountViewData } from '../../src/messages';
import { BADGE, listBadged, useExtension } from './setup';

const env = useExtension();

const FILES = ['assets/content.js', 'assets/content-main.js', 'manifest.json', 'icons/icon-32.png', 'src/popup/index.html'];

/** Every way `page` tries to load each of `urls`; returns the ones that loaded, as "how url". */
function loadedBy(page: Page, urls: string[]): Promise<string[]> {
  return page.evaluate(async (urls) => {
    const element = (tag: 'img' | 'script', url: string, type = '') =>
      new Promise<boolean>((done) => {
        const el = document.createElement(tag);
        if (type) el.setAttribute('type', type);
        el.onload = () => done(true);
        el.onerror = () => done(false);
        el.src = url;
        document.body.append(el);
      });
    const ways: Record<string, (url: string) => Promise<boolean>> = {
      fetch: (url) => fetch(url).then(() => true, () => false),
      'fetch no-cors': (url) => fetch(url, { mode: 'no-cors' }).then(() => true, () => false),
      img: (url) => element('img', url),
      script: (url) => element('script', url),
      'module script': (url) => element('script', url, 'module'),
    };
    const loaded: string[] = [];
    for (const url of urls) for (const [how, load] of Object.entries(ways)) if (await load(url)) loaded.push(`${how} ${url}`);
    return loaded;
  }, urls);
}

describe('a page on an enabled CRM site', () => {
  it('can load no file of ChurnLens, which reads and badges that page all the same', async () => {
    const urls = FILES.map((f) => env.b.extensionUrl(f));
    // The control: ChurnLens's own page loads each of them, so a failure below is the browser's refusal.
    const own = await env.b.context.newPage();
    await own.goto(env.b.extensionUrl('src/options/index.html'));
    expect(await own.evaluate((urls) => Promise.all(urls.map((u) => fetch(u).then((r) => r.ok, () => false))), urls)).toEqual(FILES.map(() => true));
    await own.close();

    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    expect(await listBadged(page)).toBeGreaterThanOrEqual(60);
    expect(await loadedBy(page, urls)).toEqual([]);
    // The injected parts' exports live in the content scripts' world, not in the page's.
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /churnlens/i.test(k)))).toEqual([]);

    // A record page, read and scored while the page probes.
    await page.goto(`${env.crm}/accounts/acc-0003`);
    const badge = page.locator(`${BADGE}[data-account-key$="acc-0003"]`).first();
    const [loaded] = await Promise.all([loadedBy(page, urls), badge.waitFor()]);
    expect(loaded).toEqual([]);
    const view = await env.send<AccountViewData>({ type: 'account:view', key: await badge.getAttribute('data-account-key') });
    expect(view.snapshots.length).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});
