import { describe, expect, it } from 'vitest';
import { BADGE, pageErrors, useExtension, watchExtensionScripts } from './setup';

const env = useExtension();
const READER = /\/assets\/content-main\.js$/;

describe('the content script on a page with nothing to read', () => {
  it('loads only its gate, then the reader once the page renders a list', async () => {
    const page = await env.b.context.newPage();
    const errors = pageErrors(page);
    const scripts = await watchExtensionScripts(env.b, page);
    await page.goto(`${env.crm}/bench/blank.html`);
    const atLoad = await scripts.ranOnLoad();
    // The gate ran (the watch can see it), the reader did not.
    expect(atLoad.length).toBeGreaterThan(0);
    expect(atLoad.filter((u) => READER.test(u))).toEqual([]);

    // The page renders a list later, as an app shell does: the reader comes and badges its rows.
    await page.evaluate(() => {
      const rows = ['acc-0001', 'acc-0002', 'acc-0003'].map((id) => `<tr><td><a href="/accounts/${id}">Account ${id}</a></td><td>2026-11-01</td></tr>`).join('');
      document.body.insertAdjacentHTML('beforeend', `<table><thead><tr><th>Name</th><th>Last contact</th></tr></thead><tbody>${rows}</tbody></table>`);
    });
    await expect.poll(() => page.locator(`tbody ${BADGE}`).count(), { timeout: 15_000 }).toBe(3);
    expect((await scripts.ranOnLoad()).some((u) => READER.test(u))).toBe(true);
    expect(errors).toEqual([]);
    await scripts.stop();
    await page.close();
  });
});
