/**
 * Enabling ChurnLens on a CRM it has no access to (issue #4). The demo CRM is served on 127.0.0.1,
 * the one origin the manifest grants, and reached as http://crm.example:<port> through a host
 * resolver rule: another origin, covered only by optional_host_permissions.
 *
 * What is real: the toolbar button (CDP's Extensions.triggerAction runs the action the way a click
 * on the icon does, so the popup opens and the tab gets activeTab), the popup's own code, a trusted
 * mouse click on its "Enable on this site" button, Chrome's chrome.permissions.request, the
 * worker's registration and injection, and the revocation.
 *
 * What is not: Chrome's permission prompt cannot be answered from automation. It is a browser
 * dialog that no CDP domain reaches, keyboard input from CDP goes to pages and not to it, and no
 * switch in this Chromium accepts it (the last test shows the prompt holding the grant back).
 * So the profile starts in the state Chrome keeps after a user allowed crm.example once and the
 * extension later gave the access back (chrome.permissions.remove): the site is among the
 * extension's runtime-granted permissions but not active. Chrome then answers the same request
 * from the same click with true and no prompt, exactly as it does for that user, and everything
 * after the answer runs as it would after "Allow".
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { DIST, type ExtensionBrowser } from '../../scripts/browser';
import { BADGE, readStores, useExtension, watchExtensionScripts, type ScriptWatch } from './setup';

/** Chromium's id for an unpacked extension: the first 128 bits of SHA-256 of its real path, in a–p. */
const unpackedId = (dir: string) =>
  [...createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');

/** The content script's built file, as the built manifest names it (the worker registers the same one). */
const contentScript = (): string => JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).content_scripts[0].js[0];

/** The demo server under another host name: the same port, another origin. */
const as = (host: string, served: string) => `http://${host}:${new URL(served).port}`;

const env = useExtension({
  launch: (served) => ({
    args: ['--host-resolver-rules=MAP crm.example 127.0.0.1, MAP other.example 127.0.0.1', '--enable-unsafe-extension-debugging'],
    preferences: {
      extensions: {
        settings: {
          [unpackedId(DIST)]: {
            runtime_granted_permissions: { api: [], manifest_permissions: [], explicit_host: [`${as('crm.example', served)}/*`], scriptable_host: [] },
          },
        },
      },
    },
  }),
});
let b: ExtensionBrowser;
let crm: string;
let other: string;
let cdp: CDPSession;
/** How long a poll waits for something the browser or the worker does in answer to the test. */
const WAIT = { timeout: 10_000 };
const SHOTS = '.tmp/e2e';

/** Accounts ChurnLens keeps from one site: read on its pages, or named in its lists. */
const accountsOn = async (origin: string) =>
  ((await readStores(b)).accounts as { key: string; url?: string }[])
    .filter((a) => a.url?.startsWith(`${origin}/`) || a.key.startsWith(`name:${origin}:`)).length;

beforeAll(async () => {
  b = env.b;
  crm = as('crm.example', env.crm);
  other = as('other.example', env.crm);
  cdp = await b.context.browser()!.newBrowserCDPSession();
});

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const targets = async (): Promise<TargetInfo[]> =>
  (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;

/** The toolbar popup, driven over the browser's CDP session: Playwright does not attach to extension popups. */
interface Popup {
  text(): Promise<string>;
  click(selector: string): Promise<void>;
  closed(): boolean;
}

async function pressToolbarButton(page: Page): Promise<Popup> {
  const popupUrl = b.extensionUrl('src/popup/index.html');
  const before = new Set((await targets()).map((t) => t.targetId));
  const tab = (await targets()).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target shows ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId: tab.targetId });
  let popup: TargetInfo | undefined;
  await expect
    .poll(async () => (popup = (await targets()).find((t) => t.type === 'page' && t.url === popupUrl && !before.has(t.targetId))), {
      ...WAIT,
      message: 'the toolbar button opened no popup',
    })
    .toBeDefined();
  if (!popup) throw new Error('the toolbar button opened no popup');

  // An unflattened session: its messages travel inside Target.sendMessageToTarget and come back as events.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  let closed = false;
  let next = 0;
  type Answer = { result?: unknown; error?: { message: string }; closed?: true };
  const waiting = new Map<number, (m: Answer) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  });
  // A popup can close while a message is on its way (Chrome's permission prompt closes it), and
  // then no answer ever comes: settle what is waiting instead of hanging until the test times out.
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    closed = true;
    for (const settle of waiting.values()) settle({ closed: true });
    waiting.clear();
  });
  const call = async <T>(method: string, params: object): Promise<T> => {
    if (closed) throw new Error(`${method}: the popup has closed`);
    const id = ++next;
    const answer = new Promise<Answer>((r) => waiting.set(id, r));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const m = await answer;
    if (m.closed) throw new Error(`${method}: the popup closed before answering`);
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> =>
    (await call<{ result: { value: T } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result.value;

  return {
    text: () => evaluate<string>("document.body?.innerText ?? ''"),
    async click(selector) {
      const at = await evaluate<{ x: number; y: number } | null>(
        `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
          return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; })()`,
      );
      if (!at) throw new Error(`the popup shows no ${selector}`);
      // Real input events: the page sees a trusted click with the user activation Chrome requires.
      await call('Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button: 'left', clickCount: 1 });
      // The click itself may close the popup (a permission prompt); that is for the test to judge.
      await call('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button: 'left', clickCount: 1 }).catch((e: unknown) => {
        if (!closed) throw e;
      });
    },
    closed: () => closed,
  };
}

/** Ask the content script in the active tab to repaint: it answers when it runs there, Chrome refuses when it does not. */
async function contentScriptAnswers(page: Page): Promise<string> {
  await page.bringToFront();
  return (await b.worker()).evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      return JSON.stringify(await chrome.tabs.sendMessage(tab!.id!, { type: 'badges:refresh' }));
    } catch (e) {
      return `refused: ${(e as Error).message}`;
    }
  });
}

const registered = async () =>
  (await b.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
const grantedOrigins = async () => (await b.worker()).evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);

/**
 * Wait until every list row on screen carries a badge for the account it links to (rows far off
 * screen are read as they come near); returns how many rows that is.
 */
async function screenBadged(page: Page): Promise<number> {
  await page.locator('table tbody tr').first().waitFor();
  const handle = await page.waitForFunction(
    (sel) => {
      const onScreen = [...document.querySelectorAll('table tbody tr')].filter((tr) => {
        const r = tr.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      const right = (tr: Element) => {
        const id = tr.querySelector('a')?.getAttribute('href')?.split('/').pop();
        const keys = [...tr.querySelectorAll(sel)].map((h) => h.getAttribute('data-account-key') ?? '');
        return keys.length === 1 && keys[0]!.endsWith(`:${id}`);
      };
      return onScreen.length > 0 && onScreen.every(right) && onScreen.length;
    },
    BADGE,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The list has rendered and the page has loaded, so Chrome has run whatever content script it was
 * going to (see ScriptWatch): the extension's scripts that ran there.
 */
async function settledList(page: Page, scripts: ScriptWatch): Promise<string[]> {
  await page.locator('table tbody tr').first().waitFor();
  return scripts.ranOnLoad();
}

describe('enabling ChurnLens on a site from the popup', () => {
  let page: Page;

  it('runs nothing on a site the user has not enabled', async () => {
    expect(b.extensionId).toBe(unpackedId(DIST));
    // The same CRM on the granted origin is badged in this browser, so the absence below means something.
    const control = await b.context.newPage();
    const controlScripts = await watchExtensionScripts(b, control);
    await control.goto(`${env.crm}/accounts`);
    expect(await screenBadged(control)).toBeGreaterThanOrEqual(10);
    // The watch below sees a content script where one runs.
    expect(await settledList(control, controlScripts)).toContain(b.extensionUrl(contentScript()));
    await control.close();

    page = await b.context.newPage();
    const scripts = await watchExtensionScripts(b, page);
    await page.goto(`${crm}/accounts`);
    expect(await settledList(page, scripts)).toEqual([]);
    await scripts.stop();
    expect(await page.locator('[data-churnlens]').count()).toBe(0);
    expect(await contentScriptAnswers(page)).toMatch(/^refused: .*Receiving end does not exist/);
    expect(await grantedOrigins()).not.toContain(`${crm}/*`);
    expect((await registered()).filter((id) => id.includes('crm.example'))).toEqual([]);
  });

  it('the popup offers to enable the site, and after the click the open page is badged', async () => {
    const host = new URL(crm).host;
    const popup = await pressToolbarButton(page);
    await expect.poll(() => popup.text(), WAIT).toContain(`ChurnLens is off on ${host}`);
    await popup.click('[data-churnlens="site-bar"] button');
    await expect.poll(() => popup.text(), WAIT).toContain(`Reading ${host}`);
    expect(popup.closed()).toBe(false);

    // The worker injected the content script into the open tab: no reload needed.
    expect(await screenBadged(page)).toBeGreaterThanOrEqual(10);
    expect(await grantedOrigins()).toContain(`${crm}/*`);
    expect(await registered()).toContain(`crm:${crm}`);
  });

  it('keeps running there on reload and in new tabs', async () => {
    await page.reload();
    expect(await screenBadged(page)).toBeGreaterThanOrEqual(10);
    expect(JSON.parse(await contentScriptAnswers(page))).toEqual({ ok: true, data: null });

    const record = await b.context.newPage();
    await record.goto(`${crm}/accounts/acc-0003`);
    await record.locator(`${BADGE}[data-account-key$=":acc-0003"]`).first().waitFor({ timeout: 15_000 });
    await record.close();
  });

  it('stops on the next load once access is revoked', async () => {
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('src/options/index.html'));
    expect(await options.evaluate((o) => chrome.permissions.remove({ origins: [`${o}/*`] }), crm)).toBe(true);
    await options.close();
    // The worker follows permissions.onRemoved and drops the registration.
    await expect.poll(registered, WAIT).not.toContain(`crm:${crm}`);

    const scripts = await watchExtensionScripts(b, page);
    await page.reload();
    expect(await settledList(page, scripts)).toEqual([]);
    await scripts.stop();
    expect(await page.locator('[data-churnlens]').count()).toBe(0);
    expect(await contentScriptAnswers(page)).toMatch(/^refused: .*Receiving end does not exist/);

    // What was read there is still kept; the options page offers to delete it, naming the site and the count.
    const kept = await accountsOn(crm);
    expect(kept).toBeGreaterThanOrEqual(10);
    const offer = await b.context.newPage();
    await offer.goto(b.extensionUrl('src/options/index.html'));
    const row = offer.locator(`[data-testid="revoked-sites"] [data-origin="${crm}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(`${new URL(crm).host}`);
    expect(await row.textContent()).toContain(`${kept} accounts`);
    mkdirSync(SHOTS, { recursive: true });
    await offer.getByTestId('revoked-sites').screenshot({ path: `${SHOTS}/options-revoked-site.png` });
    offer.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Delete them' }).click();
    await offer.getByText(`Deleted ${kept} accounts read on ${new URL(crm).host}.`).waitFor();
    expect(await accountsOn(crm)).toBe(0);
    // Every store is clean of them, and the offer is gone for good.
    const stores = await readStores(b);
    const keys = new Set((stores.accounts as { key: string }[]).map((a) => a.key));
    for (const [name, records] of Object.entries(stores)) {
      for (const r of records as Record<string, unknown>[]) {
        if (typeof r.account === 'string' && r.account.includes(new URL(crm).host)) expect.fail(`${name} still holds ${r.account}`);
      }
    }
    expect([...keys].some((k) => k.includes(new URL(crm).host))).toBe(false);
    await offer.reload();
    await offer.locator('h1').waitFor();
    expect(await offer.getByTestId('revoked-sites').count()).toBe(0);
    await offer.close();
  });

  it('starts on open tabs when access comes back by another route than the popup', async () => {
    // Chrome's prompt can close the popup before it asks the worker anything; the worker follows
    // permissions.onAdded itself. The grant here comes from a click in an extension page.
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('src/options/index.html'));
    await options.evaluate((o) => {
      const button = document.createElement('button');
      button.id = 'grant';
      button.textContent = 'grant';
      button.onclick = () => void chrome.permissions.request({ origins: [`${o}/*`] });
      document.body.prepend(button);
    }, crm);
    await options.click('#grant');
    await expect.poll(grantedOrigins, WAIT).toContain(`${crm}/*`);
    await options.close();
    expect(await screenBadged(page)).toBeGreaterThanOrEqual(10);
    expect(await page.locator('churnlens-badge').evaluateAll((bs) => new Set(bs.map((b) => b.getAttribute('data-account-key'))).size === bs.length)).toBe(true);
  });

  it('on a site never allowed, the same click leaves the grant to Chrome’s prompt', async () => {
    const fresh = await b.context.newPage();
    const scripts = await watchExtensionScripts(b, fresh);
    await fresh.goto(`${other}/accounts`);
    expect(await settledList(fresh, scripts)).toEqual([]);
    const popup = await pressToolbarButton(fresh);
    await expect.poll(() => popup.text(), WAIT).toContain(`ChurnLens is off on ${new URL(other).host}`);
    await popup.click('[data-churnlens="site-bar"] button');
    // Chrome opens its prompt, and the popup closes behind it: from here the grant is Chrome's to
    // give, and nobody answers the prompt. (Had Chrome answered the request itself, the popup would
    // stay open and say so, as in the tests above.)
    await expect.poll(async () => (popup.closed() ? 'closed' : popup.text().catch(() => 'closing')), WAIT).toBe('closed');
    expect(await grantedOrigins()).not.toContain(`${other}/*`);
    expect((await registered()).filter((id) => id.includes('other.example'))).toEqual([]);
    expect(await fresh.locator('[data-churnlens]').count()).toBe(0);
    expect(await scripts.ranOnLoad()).toEqual([]);
    await scripts.stop();
    await fresh.close();
  });
});
