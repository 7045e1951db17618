/**
 * Starts Debian's Chromium with the built extension (dist/) loaded in a fresh profile, the way
 * the demo and the end-to-end tests both need it, and finds the extension's id and worker.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// CHURNLENS_DIST lets parallel builds (a second checkout, a bench beside a test run) not overwrite each other.
export const DIST = resolve(process.env.CHURNLENS_DIST ?? resolve(import.meta.dirname, '..', 'dist'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching out to the network or updating itself mid-run. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-default-browser-check',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  lang?: string;
  /** More Chromium switches, e.g. a host resolver rule that gives the demo server another origin. */
  args?: string[];
  /**
   * Written as the new profile's Preferences before Chromium starts, for a state the browser keeps
   * from earlier use that a test cannot reach through Chromium's own dialogs.
   */
  preferences?: Record<string, unknown>;
  /** Other unpacked extensions to load beside ChurnLens (a hostile neighbour, in tests). */
  otherExtensions?: string[];
  /** Load ChurnLens from this build instead of DIST (a bench's copy with a probe page added). */
  dist?: string;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = opts.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error('dist/ has no build: run `npm run build` first.');
  const profile = mkdtempSync(join(tmpdir(), 'churnlens-profile-'));
  if (opts.preferences) {
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(opts.preferences));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1366, height: 860 },
    locale: opts.lang ?? 'en-US',
    args: [...QUIET_FLAGS, `--disable-extensions-except=${[dist, ...(opts.otherExtensions ?? [])].join(',')}`, `--load-extension=${[dist, ...(opts.otherExtensions ?? [])].join(',')}`, `--lang=${opts.lang ?? 'en-US'}`, ...(opts.args ?? [])],
  });
  // ChurnLens's worker by its built file's name: other extensions may be loaded beside it.
  const ours = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/service-worker-loader.js');
  const worker = async () =>
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page`, asked of the extension's worker. */
export async function tabIdOf(b: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const w = await b.worker();
  const id = await w.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Send a protocol message as one of the extension's own pages would (popup, options). */
export async function sendAsPage<T = unknown>(b: ExtensionBrowser, msg: unknown): Promise<T> {
  const page = await b.context.newPage();
  try {
    await page.goto(b.extensionUrl('src/options/index.html'));
    const res = await page.evaluate((m) => chrome.runtime.sendMessage(m), msg);
    if (!res?.ok) throw new Error(`${(msg as { type: string }).type} failed: ${res?.error}`);
    return res.data as T;
  } finally {
    await page.close();
  }
}

/** Lay PNG screenshots side by side into one picture, as a person would see them on screen; `size` crops it to exactly that. */
export async function composeSideBySide(b: ExtensionBrowser, pngs: Buffer[], path: string, size?: { width: number; height: number }): Promise<void> {
  const page = await b.context.newPage();
  if (size) await page.setViewportSize(size);
  const imgs = pngs.map((p) => `<img src="data:image/png;base64,${p.toString('base64')}">`).join('');
  await page.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start;background:#d0d5dd;gap:0">${imgs}</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path, fullPage: !size });
  await page.close();
}
