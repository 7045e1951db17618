/**
 * One browser with the built extension and one demo CRM server per test file. `root` serves other
 * fixture pages instead of the demo CRM; `launch` gives the browser options that depend on the
 * server's address (its port).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, sendAsPage, tabIdOf, type ExtensionBrowser, type LaunchOptions } from '../../scripts/browser';
import { startDemoServer } from '../../scripts/serve-demo';

export interface Env {
  b: ExtensionBrowser;
  crm: string;
  send<T = unknown>(msg: unknown): Promise<T>;
}

export function useExtension(opts: { root?: string; launch?: (crm: string) => LaunchOptions } = {}): Env {
  const env = {} as Env;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0, ...(opts.root ? { root: opts.root } : {}) });
    env.b = await launchWithExtension(opts.launch?.(server.url));
    env.crm = server.url;
    env.send = (msg) => sendAsPage(env.b, msg);
  });
  afterAll(async () => {
    await env.b?.close();
    await server?.close();
  });
  return env;
}

export const BADGE = '[data-churnlens="badge"]';

/**
 * Wait until every list row carries a badge; returns the row count. Rows are badged as they come
 * near the screen, so this scrolls to each row still waiting, as a reader going down the list would.
 * With `forLink`, a row counts only once it carries exactly one badge, for the account its link
 * names: after a CRM re-fills its rows in place, the old badges sit in them until the content
 * script's next pass repaints each for the account it now shows.
 */
export async function listBadged(page: Page, { forLink = false } = {}): Promise<number> {
  await page.locator('table tbody tr').first().waitFor();
  await page.waitForFunction(rowsBadged, { sel: BADGE, forLink }, { timeout: 20_000, polling: 100 });
  return page.locator('table tbody tr').count();
}

/** listBadged's check, run in the page (the Firefox test polls it through Puppeteer): scrolls the first row still waiting into view. */
export function rowsBadged({ sel, forLink }: { sel: string; forLink: boolean }): boolean {
  const rows = document.querySelectorAll('table tbody tr');
  const done = (r: Element) => {
    const keys = [...r.querySelectorAll(sel)].map((b) => b.getAttribute('data-account-key') ?? '');
    if (!forLink) return keys.length > 0;
    const id = r.querySelector('a')?.getAttribute('href')?.split('/').pop();
    return keys.length === 1 && Boolean(id) && keys[0]!.endsWith(`:${id}`);
  };
  const waiting = [...rows].find((r) => !done(r));
  waiting?.scrollIntoView({ block: 'center' });
  return rows.length > 0 && !waiting;
}

export interface ScriptWatch {
  /**
   * Wait until the page's document has loaded; then the addresses of the extension's scripts that
   * ran in it (its content scripts run in worlds of their own, which Playwright does not show).
   * Chrome runs document_idle content scripts (the only kind ChurnLens has) before a document turns
   * "complete", so a loaded document that ran none will run none unless the extension injects one.
   */
  ranOnLoad(): Promise<string[]>;
  stop(): Promise<void>;
}

/** Watch the extension's scripts in `page`; start before the page loads the document in question. */
export async function watchExtensionScripts(b: ExtensionBrowser, page: Page): Promise<ScriptWatch> {
  const cdp = await b.context.newCDPSession(page);
  const ours = `chrome-extension://${b.extensionId}/`;
  let ran: string[] = [];
  cdp.on('Runtime.executionContextsCleared', () => (ran = []));
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(ours)) ran.push(url);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  return {
    async ranOnLoad() {
      // Asked over this session, whose events arrive in order: a script parsed before the load was reported before the answer.
      await cdp.send('Runtime.evaluate', {
        expression: "document.readyState === 'complete' || new Promise((r) => addEventListener('load', () => r(true), { once: true }))",
        awaitPromise: true,
      });
      return [...ran];
    },
    async stop() {
      await cdp.detach();
    },
  };
}

export interface SeenMessage {
  type: string;
  /** The address of the frame that sent it, as Chrome reports it. */
  from: string;
  /** The keys of the rows a page:list carried. */
  keys?: string[];
}

/**
 * Keep a log, in the extension's worker, of every message the content script in tab `tabId` sends
 * it, in the order the worker receives them (the router still answers them as before). For a
 * check that something was never sent: a later message from the same script is received after
 * it. The returned function reads the log; it fails if the worker restarted and lost it.
 */
export async function logTabMessages(b: ExtensionBrowser, tabId: number): Promise<() => Promise<SeenMessage[]>> {
  const slot = `churnlensTestLog${tabId}`;
  await (await b.worker()).evaluate(
    ({ slot, tabId }) => {
      const log: unknown[] = [];
      (globalThis as Record<string, unknown>)[slot] = log;
      chrome.runtime.onMessage.addListener((msg: { type?: unknown; rows?: { key?: unknown }[] }, sender) => {
        if (sender.tab?.id !== tabId) return;
        log.push({ type: String(msg?.type), from: sender.url ?? '', ...(Array.isArray(msg?.rows) ? { keys: msg.rows.map((r) => String(r?.key)) } : {}) });
      });
    },
    { slot, tabId },
  );
  return async () => {
    const log = await (await b.worker()).evaluate((slot) => (globalThis as Record<string, unknown>)[slot] as SeenMessage[] | undefined, slot);
    if (!log) throw new Error('the worker restarted since the log began: its messages are lost');
    return log;
  };
}

/** Collect errors a page throws, so tests can assert the extension never throws into the CRM. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/**
 * Open the side panel for `page`'s tab and press "Write to CRM" on its first suggested action, as a
 * user would; returns the panel, that action and its title, for the caller to check the outcome.
 */
export async function writeFirstAction(b: ExtensionBrowser, page: Page): Promise<{ panel: Page; action: Locator; title: string }> {
  const panel = await b.context.newPage();
  await panel.goto(b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(b, page)}`));
  const action = panel.locator('[data-churnlens="actions"] li').first();
  await action.waitFor();
  const title = (await action.locator('.sb-action-title').textContent())!.trim();
  await action.getByRole('button', { name: /Write to CRM/ }).click();
  return { panel, action, title };
}

/** Every record of every object store in ChurnLens's database, read in its worker (which this wakes). */
export async function readStores(b: ExtensionBrowser): Promise<Record<string, unknown[]>> {
  await sendAsPage(b, { type: 'settings:get' });
  return (await b.worker()).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('churnlens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<unknown[]>((ok) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result);
      });
    }
    db.close();
    return out;
  });
}

/** How much is kept, counted in the worker (which this wakes): imported activity by its rows in blocks. */
export interface KeptCounts {
  accounts: number;
  /** Activity rows: records of their own (read from pages) and rows in import blocks. */
  interactions: number;
  snapshots: number;
  scores: number;
  /** The file ids of finished imports. */
  imports: string[];
  /** Imported rows per file id. */
  rowsByFile: Record<string, number>;
  /** Imported rows whose uid is kept more than once. */
  twice: number;
}

export async function keptCounts(b: ExtensionBrowser): Promise<KeptCounts> {
  await sendAsPage(b, { type: 'settings:get' });
  return (await b.worker()).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('churnlens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const ask = <T,>(store: string, how: 'count' | 'getAllKeys' | 'getAll') => new Promise<T>((ok) => {
      const r = db.transaction(store).objectStore(store)[how]();
      r.onsuccess = () => ok(r.result as T);
    });
    const rowsByFile: Record<string, number> = {};
    const seen = new Set<string>();
    let twice = 0;
    for (const block of await ask<{ file: string; items: { uid: string }[] }[]>('activityBlocks', 'getAll')) {
      rowsByFile[block.file] = (rowsByFile[block.file] ?? 0) + block.items.length;
      for (const i of block.items) seen.has(i.uid) ? twice++ : seen.add(i.uid);
    }
    const out = {
      accounts: await ask<number>('accounts', 'count'),
      interactions: (await ask<number>('interactions', 'count')) + seen.size + twice,
      snapshots: await ask<number>('snapshots', 'count'),
      scores: await ask<number>('scores', 'count'),
      imports: await ask<string[]>('imports', 'getAllKeys'),
      rowsByFile,
      twice,
    };
    db.close();
    return out;
  });
}

/** Stop ChurnLens's service worker as the browser does when idle (CDP), and wait until it is stopped. */
export async function stopWorker(b: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await b.context.newCDPSession(page);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.endsWith('/service-worker-loader.js') && v.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => stopped, { timeout: 15_000 }).toBe(true);
  await cdp.detach();
}

/**
 * Set ChurnLens's worker clock `offset` ms from the real time (0: the real time). Handlers read
 * Date.now(), so this drives every score's day, review and snooze; `realNow()` in the worker stays
 * the real time, for what the browser keeps by it (alarms). The worker stays up while Playwright
 * holds it; a restarted one has the real clock, which the tests' own checks of dates would catch.
 */
export async function setWorkerClock(b: ExtensionBrowser, offset: number): Promise<void> {
  await (await b.worker()).evaluate((offset) => {
    const g = globalThis as { realNow?: () => number };
    g.realNow ??= Date.now.bind(Date);
    const real = g.realNow;
    Date.now = () => real() + offset;
  }, offset);
}
