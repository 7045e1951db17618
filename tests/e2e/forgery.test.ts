/**
 * Nothing forged gets written: a content script's world on an enabled CRM page (as a compromised
 * or confused one would) sends privileged, mistyped, oversized and other-origin messages, and asks
 * for files to be injected that are not parts of ChurnLens's content script, or into another tab or
 * frame; the page itself tries postMessage, events and the extension API. All are refused, nothing
 * is injected into that page or the tab beside it, and every object store of ChurnLens's database
 * is the same afterwards, record for record.
 */
import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/browser';
import { readStores, useExtension, watchExtensionScripts } from './setup';
import { CONTENT_PARTS } from '../../src/content/parts';

const env = useExtension();

/** Every store's records, as JSON. */
const dump = async () => JSON.stringify(await readStores(env.b));

/** The database once it has stopped changing: two reads in a row agree. */
async function settled(): Promise<string> {
  let last = '';
  let same = '';
  await expect
    .poll(async () => {
      const now = await dump();
      same = now === last ? now : '';
      last = now;
      return same !== '';
    }, { timeout: 20_000, interval: 200 })
    .toBe(true);
  return same;
}

describe('forged messages', () => {
  it('are refused, all of them, and leave the database as it was', async () => {
    // An account open in the tab beside: its reader runs, and it is where a forged injection would aim.
    const account = await env.b.context.newPage();
    await account.goto(`${env.crm}/accounts/acc-0003`);
    await account.locator('[data-churnlens="badge"]').first().waitFor();
    const accountTab = await tabIdOf(env.b, account);
    const accountScripts = await watchExtensionScripts(env.b, account);
    // A page of the enabled origin with nothing to read: its content script world exists, and no reader writes.
    const page = await env.b.context.newPage();
    const pageScripts = await watchExtensionScripts(env.b, page);
    await page.goto(`${env.crm}/bench/blank.html`);
    const tabId = await tabIdOf(env.b, page);
    const before = await settled();
    expect(before).toContain('acc-0003');

    const other = 'http://evil.example/accounts/1';
    const read = (over: Record<string, unknown>) => ({
      type: 'page:record', url: `${env.crm}/accounts/acc-0003`,
      read: { key: 'demo:acc-0003', name: 'Forged', fields: {}, interactions: [], problems: [] }, ...over,
    });
    const forgeries: unknown[] = [
      { type: 'data:clear' },
      { type: 'settings:set', settings: { lang: 'en', thresholds: { medium: 1, high: 2, critical: 3 }, competitors: [] } },
      { type: 'flagged:list' },
      { type: 'account:view', key: 'demo:acc-0003' },
      { type: 'note:add', key: 'demo:acc-0003', text: 'forged note' },
      { type: 'task:add', key: 'demo:acc-0003', title: 'forged task', due: '2026-12-31' },
      { type: 'site:enable', origin: 'https://evil.example' },
      { type: 'recipe:import', recipes: [] },
      { type: 'recipe:delete', origin: env.crm },
      { type: 'picker:start' },
      { type: 'note:fill', text: 'x' },
      { type: 'badges:refresh' },
      { type: 'account:changed', key: 'demo:acc-0003' },
      read({ url: other }),
      { type: 'page:list', url: other, rows: [{ key: 'demo:acc-0003', name: 'Forged' }] },
      read({ read: { key: 'demo:acc-0003', name: 42, fields: {}, interactions: [], problems: [] } }),
      read({ read: { key: 'demo:acc-0003', name: 'x'.repeat(100_000), fields: {}, interactions: [], problems: [] } }),
      { type: 'page:list', url: `${env.crm}/accounts`, rows: Array.from({ length: 100_000 }, (_, i) => ({ key: `demo:f${i}`, name: `F${i}` })) },
      { type: 'account:delete-everything' },
      // Injection: only a part by its name, only into the frame that asked.
      { type: 'part:load', part: CONTENT_PARTS.picker },
      { type: 'part:load', part: 'https://evil.example/steal.js' },
      { type: 'part:load', part: 'picker', files: ['https://evil.example/steal.js'] },
      { type: 'part:load', part: 'picker', tabId: accountTab },
      { type: 'part:load', part: 'note-writer', target: { tabId: accountTab, allFrames: true } },
      { type: 'part:load', part: 'picker', frameIds: [1] },
      'data:clear',
      null,
    ];
    const w = await env.b.worker();
    const fromContent = await w.evaluate(async ({ tabId, msgs }) => {
      const [r] = await chrome.scripting.executeScript({
        target: { tabId },
        // The content scripts' own world: the sender is this tab, as a content script's would be.
        func: async (ms: unknown[]) => Promise.all(ms.map((m) => chrome.runtime.sendMessage(m).then((x) => x, (e) => ({ ok: false, error: String(e) })))),
        args: [msgs],
      });
      return r!.result as { ok: boolean; error?: string }[];
    }, { tabId, msgs: forgeries });
    expect(fromContent).toHaveLength(forgeries.length);
    fromContent.forEach((r, i) => expect(r.ok, JSON.stringify(forgeries[i]).slice(0, 120)).toBe(false));

    // The page itself: it has no extension API, and ChurnLens listens to neither messages nor events.
    const fromPage = await page.evaluate(() => {
      window.postMessage({ type: 'data:clear' }, '*');
      window.dispatchEvent(new CustomEvent('churnlens', { detail: { type: 'data:clear' } }));
      document.dispatchEvent(new CustomEvent('churnlens:message', { detail: { type: 'settings:set' } }));
      const api = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
      return typeof api;
    });
    expect(fromPage).toBe('undefined');
    // Nothing was injected: the blank page runs its gate alone, the account beside it its gate and reader.
    const parts = (urls: string[]) => Object.entries(CONTENT_PARTS).filter(([, f]) => urls.some((u) => u.endsWith(`/${f}`))).map(([part]) => part);
    expect(parts(await pageScripts.ranOnLoad())).toEqual([]);
    expect(parts(await accountScripts.ranOnLoad())).toEqual(['reader']);
    // Ask the worker something ordinary, so anything the forgeries set going has had its turn first.
    await env.send({ type: 'settings:get' });
    expect(await settled()).toBe(before);
    console.log(`forgeries: ${forgeries.length + 3} tried (${forgeries.length} from a content script's world, 3 from the page), ${fromContent.filter((r) => r.ok).length} accepted`);
    await pageScripts.stop();
    await accountScripts.stop();
    await account.close();
    await page.close();
  });
});
