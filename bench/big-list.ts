/**
 * Badging a 1,000-row list in Chromium. The same page is loaded where ChurnLens runs and, as the
 * baseline, under a host name it has no access to (same server, same tab setup); the difference in
 * script time and layouts is what the extension adds, its start-up included. Then the list is
 * scrolled to the end a screen at a time (rows are read and badged as they come near), and the
 * page is left idle (where the extension should do nothing).
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/browser';
import { startDemoServer } from '../scripts/serve-demo';

const RUNS = 9;

/** Indexes of the body rows inside the viewport (measured outside the timed windows). */
const rowsInView = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll('tbody tr')];
    return rows.flatMap((r, i) => {
      const b = r.getBoundingClientRect();
      return b.bottom > 0 && b.top < innerHeight ? [i] : [];
    });
  });

/**
 * Waits until those rows carry a badge. The page is not polled (polling is script time of its own,
 * which would count against the extension): one observer in the page checks after each change.
 */
const badged = (page: Page, idx: number[]) =>
  page.evaluate(
    (ix) =>
      new Promise<void>((done, fail) => {
        // No named helpers in here: the bench's TypeScript runner would wrap them in a function the page lacks.
        const rows = document.querySelectorAll('tbody tr');
        if (ix.every((i) => rows[i]?.querySelector('churnlens-badge'))) return done();
        const mo = new MutationObserver(() => {
          if (!ix.every((i) => rows[i]?.querySelector('churnlens-badge'))) return;
          mo.disconnect();
          done();
        });
        mo.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => fail(new Error('rows in view were not badged within 60 s')), 60_000);
      }),
    idx,
  );

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchBigList(): Promise<string[]> {
  const server = await startDemoServer({ port: 0 });
  const b = await launchWithExtension();
  try {
    const url = `${server.url}/bench/list-1000.html`;
    const blank = `${server.url}/bench/blank.html`;
    // The extension's host access covers 127.0.0.1 only: under "localhost" the page runs alone.
    const bare = (u: string) => u.replace('127.0.0.1', 'localhost');
    /** Script ms and layouts one load costs, from navigation until `done` and a settle of 500 ms. */
    const load = async (target: string, done: (p: Page) => Promise<unknown>) => {
      const page = await b.context.newPage();
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries(((await cdp.send('Performance.getMetrics')).metrics).map((m) => [m.name, m.value]));
      const m0 = await metrics();
      await page.goto(target);
      await done(page);
      await page.waitForTimeout(500);
      const m1 = await metrics();
      return { page, metrics, script: (m1.ScriptDuration - m0.ScriptDuration) * 1000, layouts: m1.LayoutCount - m0.LayoutCount };
    };
    const rendered = (p: Page) => p.waitForFunction(() => document.querySelectorAll('tbody tr').length >= 1000);
    // Warm the worker and the database once so the figure is the steady state a user sees; the
    // rows on screen are the same on every load, so they are found once, outside the timed loads.
    const warm = await load(url, rendered);
    const inView = await rowsInView(warm.page);
    await badged(warm.page, inView);
    await warm.page.close();
    const withBadges = async (p: Page) => (await rendered(p), await badged(p, inView));
    /** What ChurnLens adds to one load of target: with it minus without it. */
    const added = async (target: string, done: (p: Page) => Promise<unknown>) => {
      const without = await load(bare(target), done === withBadges ? rendered : done);
      await without.page.close();
      const withExt = await load(target, done);
      await withExt.page.close();
      return { base: without.script, script: withExt.script - without.script, layouts: withExt.layouts - without.layouts };
    };
    const base: number[] = [];
    const startup: number[] = [];
    const total: number[] = [];
    const layouts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      startup.push((await added(blank, async () => {})).script);
      const list = await added(url, withBadges);
      base.push(list.base);
      total.push(list.script);
      layouts.push(list.layouts);
    }

    // Scroll to the end a screen at a time, as a reader would, waiting for each screen's badges.
    const { page, metrics } = await load(url, withBadges);
    const badgesFirst = await page.evaluate(() => document.querySelectorAll('churnlens-badge').length);
    const s0 = await metrics();
    let screens = 0;
    let worst = 0;
    for (;;) {
      const before = await metrics();
      const moved = await page.evaluate(() => {
        const y = scrollY;
        scrollBy(0, innerHeight);
        return scrollY !== y;
      });
      if (!moved) break;
      await badged(page, await rowsInView(page));
      worst = Math.max(worst, ((await metrics()).ScriptDuration - before.ScriptDuration) * 1000);
      screens++;
    }
    const s1 = await metrics();
    const allBadged = await page.evaluate(() => [...document.querySelectorAll('tbody tr')].every((r) => r.querySelector('churnlens-badge')));
    await page.waitForTimeout(2000);
    const s2 = await metrics();
    const ms = (a: Record<string, number>, z: Record<string, number>, k: string) => ((z[k] - a[k]) * 1000).toFixed(1);
    return [
      `content script start-up on a page with nothing to read: ${median(startup).toFixed(1)} ms script (median of ${RUNS}, with minus without ChurnLens)`,
      `1,000-row list: the page's own script ${median(base).toFixed(1)} ms (baseline, without ChurnLens); ChurnLens added ${median(total).toFixed(1)} ms, of which badging ${(median(total) - median(startup)).toFixed(1)} ms beyond start-up (target ≤ 16 ms; ${badgesFirst} badges on the rows on and near the screen), ${median(layouts)} extra layouts (target ≤ 1)`,
      `1,000-row list scrolled to the end over ${screens} screens: ${ms(s0, s1, 'ScriptDuration')} ms script in total (the bench's own checks included), at most ${worst.toFixed(1)} ms per screen; every row badged: ${allBadged ? 'yes' : 'NO'}`,
      `1,000-row list, 2 s idle after scrolling: ${ms(s1, s2, 'ScriptDuration')} ms script, ${s2.LayoutCount - s1.LayoutCount} layouts (target 0)`,
    ];
  } finally {
    await b.close();
    await server.close();
  }
}
