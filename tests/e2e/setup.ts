/**
 * One browser with the built extension and one demo CRM server per test file. `root` serves other
 * fixture pages instead of the demo CRM; `launch` gives the browser options that depend on the
 * server's address (its port).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, sendAsPage, type ExtensionBrowser, type LaunchOptions } from '../../scripts/browser';
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
 */
export async function listBadged(page: Page): Promise<number> {
  await page.locator('table tbody tr').first().waitFor();
  await page.waitForFunction(
    (sel) => {
      const rows = document.querySelectorAll('table tbody tr');
      const waiting = [...rows].find((r) => !r.querySelector(sel));
      waiting?.scrollIntoView({ block: 'center' });
      return rows.length > 0 && !waiting;
    },
    BADGE,
    { timeout: 20_000, polling: 100 },
  );
  return page.locator('table tbody tr').count();
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
