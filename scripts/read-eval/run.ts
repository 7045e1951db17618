/**
 * Loads every gallery page (../shared/real-pages and tests/fixtures/real-pages) in Chromium with
 * the built extension, each served at its original path on 127.0.0.1, and collects what the
 * content script sent the worker and where its badges landed. scorePage() judges it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, sendAsPage, type ExtensionBrowser } from '../browser';
import { scorePage, type PageScore, type Seen, type Truth } from './score';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const GALLERIES = [resolve(ROOT, '..', 'shared', 'real-pages'), resolve(ROOT, 'tests', 'fixtures', 'real-pages')];

export interface GalleryPage {
  /** `<app>/<view>` */
  id: string;
  html: string;
  truth: Truth;
}

export function galleryPages(dirs = GALLERIES): GalleryPage[] {
  const pages: GalleryPage[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const app of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      for (const f of readdirSync(join(dir, app)).filter((f) => f.endsWith('.json')).sort()) {
        const html = join(dir, app, f.replace(/\.json$/, '.html'));
        if (!existsSync(html)) continue;
        const truth: Truth = JSON.parse(readFileSync(join(dir, app, f), 'utf8'));
        truth.captured ??= capturedDay(join(dir, app, 'README.md'));
        pages.push({ id: `${app}/${f.replace(/\.json$/, '')}`, html, truth });
      }
    }
  }
  return pages;
}

/** A page without its capture day takes the day its app's README gives ("…created, 2026-12-02"). */
function capturedDay(readme: string): string | undefined {
  if (!existsSync(readme)) return undefined;
  return /\b(?:captured|created|capture date|as of)\b[^.]*?(\d{4}-\d{2}-\d{2})/i.exec(readFileSync(readme, 'utf8'))?.[1];
}

/** Serves one saved page at its own path (any other path is 404) on its original port, else a free one. */
async function serve(page: GalleryPage): Promise<{ url: string; server: Server }> {
  const want = new URL(page.truth.url);
  const body = readFileSync(page.html);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== want.pathname) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  });
  const listen = (port: number) =>
    new Promise<number>((ok, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => ok((server.address() as { port: number }).port));
    });
  const port = await listen(Number(want.port) || 80).catch(() => listen(0));
  const url = new URL(want.href);
  url.port = String(port);
  return { url: url.href, server };
}

/** The worker keeps what content scripts send it, so the run sees exactly what was read. */
async function hookWorker(b: ExtensionBrowser): Promise<void> {
  const w = await b.worker();
  await w.evaluate(() => {
    const g = globalThis as unknown as { __clSeen?: unknown[] };
    if (g.__clSeen) return;
    g.__clSeen = [];
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'page:record' || m?.type === 'page:list') g.__clSeen!.push(m);
    });
  });
}

async function takeSeen(b: ExtensionBrowser): Promise<{ type: string; read?: Seen['records'][number]; rows?: Seen['rows'] }[]> {
  const w = await b.worker();
  return w.evaluate(() => {
    const g = globalThis as unknown as { __clSeen?: unknown[] };
    const out = g.__clSeen ?? [];
    g.__clSeen = [];
    return out as never;
  });
}

/** Where each badge sits: beside the record's name, in a row (and whose), floating, or elsewhere. */
async function placements(page: Page, truth: Truth): Promise<Seen['badges']> {
  // tsx names inner functions through a __name helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  const names = truth.kind === 'record' ? [truth.record!.name] : truth.rows!.map((r) => r.name);
  return page.evaluate(
    ({ names, kind }) => {
      const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u200b]+/g, ' ').trim().toLowerCase();
      const wanted = names.map(norm).filter(Boolean);
      return [...document.querySelectorAll<HTMLElement>('[data-churnlens="badge"]')].map((host) => {
        const level = host.dataset.riskLevel ?? 'unknown';
        if (getComputedStyle(host).position === 'fixed') return { level, placement: 'floating' as const };
        // A record shown over a list: the list's rows keep their own badges.
        if (kind === 'record' && host.closest('tr, [role="row"]')) return { level, placement: 'row' as const };
        let el = host.parentElement;
        // A name inside an e-mail address or host ("vauxoo@yourcompany.example.com") does not show that account.
        const shows = (t: string, n: string) => {
          for (let i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) if (!/[@.]/.test(t[i - 1] ?? '')) return true;
          return false;
        };
        // A name shown in an edit form's input is its value, not its text.
        const shown = (e: Element) =>
          `${e.textContent ?? ''} ${[...e.querySelectorAll<HTMLInputElement>('input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea')].map((i) => i.value).join(' ')}`;
        for (let i = 0; el && el !== document.body && i < 10; i++, el = el.parentElement) {
          const t = norm(shown(el));
          const hits = wanted.filter((n) => shows(t, n)).sort((a, b) => b.length - a.length);
          if (!hits.length) continue;
          if (kind === 'record') return { level, placement: t.length <= hits[0]!.length + 80 ? ('heading' as const) : ('elsewhere' as const) };
          // A row's text holds one name (or names it contains, "Acme" inside "Acme, Jo Li").
          return hits.every((h) => hits[0]!.includes(h)) ? { level, placement: 'row' as const, row: hits[0] } : { level, placement: 'elsewhere' as const };
        }
        return { level, placement: 'elsewhere' as const };
      });
    },
    { names, kind: truth.kind },
  );
}

/** Polls until the page's badges and the reads sent stop changing for a second (20 s at most). */
async function settle(page: Page, b: ExtensionBrowser, list: boolean): Promise<{ seen: Awaited<ReturnType<typeof takeSeen>>; firstBadgeMs?: number }> {
  const start = Date.now();
  const seen: Awaited<ReturnType<typeof takeSeen>> = [];
  let firstBadgeMs: number | undefined;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() - start < 20_000) {
    seen.push(...(await takeSeen(b)));
    const state = await page.evaluate((list) => {
      const badges = document.querySelectorAll('[data-churnlens="badge"]');
      // Long lists are badged near the screen: go down the page as a reader would.
      if (list) window.scrollBy(0, window.innerHeight * 0.8);
      for (const s of document.querySelectorAll('*')) if (list && s.scrollHeight > s.clientHeight + 20 && getComputedStyle(s).overflowY.match(/auto|scroll/)) s.scrollTop += s.clientHeight * 0.8;
      return `${badges.length}:${[...badges].map((b) => (b as HTMLElement).dataset.riskLevel).join('')}`;
    }, list);
    if (firstBadgeMs === undefined && !state.startsWith('0:')) firstBadgeMs = Date.now() - start;
    const key = `${state}|${seen.length}`;
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 1_000 && (seen.length || Date.now() - start > 5_000)) break;
    await page.waitForTimeout(150);
  }
  return { seen, firstBadgeMs };
}

export interface EvalOptions {
  pages?: GalleryPage[];
  /** Called with each page's score as it is measured. */
  onPage?: (s: PageScore) => void;
}

export async function runReadEval(opts: EvalOptions = {}): Promise<PageScore[]> {
  const pages = opts.pages ?? galleryPages();
  const scores: PageScore[] = [];
  let b: ExtensionBrowser | null = null;
  let lang = '';
  const langOf = (gp: GalleryPage) => (gp.truth.language === 'zh' ? 'zh-CN' : 'en-US');
  // Pages of one language in a row: the browser starts once per language instead of at each change.
  const inOrder = [...pages].sort((x, y) => langOf(x).localeCompare(langOf(y)));
  try {
    for (const gp of inOrder) {
      // The browser's language follows the page's, as a user of that CRM would have it.
      const want = langOf(gp);
      if (want !== lang) {
        await b?.close();
        b = await launchWithExtension({ lang: want });
        lang = want;
      }
      const browser = b!;
      await sendAsPage(browser, { type: 'data:clear' });
      await hookWorker(browser);
      await takeSeen(browser);
      const { url, server } = await serve(gp);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1500, height: 1000 });
      try {
        await page.goto(url, { waitUntil: 'load' });
        const { seen, firstBadgeMs } = await settle(page, browser, gp.truth.kind === 'list');
        const result: Seen = {
          records: seen.filter((m) => m.type === 'page:record').map((m) => m.read!),
          rows: seen.filter((m) => m.type === 'page:list').flatMap((m) => m.rows!),
          badges: await placements(page, gp.truth),
          firstBadgeMs,
        };
        const s = scorePage(gp.id, gp.truth, result, Date.now());
        s.reads = seen.length;
        scores.push(s);
        opts.onPage?.(s);
      } finally {
        await page.close();
        // The browser keeps its connection open: close it too, or close() waits for it.
        server.closeAllConnections();
        await new Promise((ok) => server.close(ok));
      }
    }
  } finally {
    await b?.close();
  }
  return pages.map((gp) => scores.find((s) => s.page === gp.id)!);
}
