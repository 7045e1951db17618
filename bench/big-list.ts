/**
 * Badging a 1,000-row list in Chromium: script time and forced layouts the extension adds after
 * the page rendered its rows (the page's own render is the baseline), and the work it does on a
 * page where nothing changes afterwards (should be none).
 */
import { launchWithExtension } from '../scripts/browser';
import { startDemoServer } from '../scripts/serve-demo';

export async function benchBigList(): Promise<string[]> {
  const server = await startDemoServer({ port: 0 });
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries(((await cdp.send('Performance.getMetrics')).metrics).map((m) => [m.name, m.value]));
    // Warm the worker and the database once so the figure is the steady state a user sees.
    await page.goto(`${server.url}/bench/list-1000.html`);
    await page.waitForFunction(() => document.querySelectorAll('churnlens-badge').length >= 1000, undefined, { timeout: 60_000 });
    const t0 = Date.now();
    await page.goto(`${server.url}/bench/list-1000.html`);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length >= 1000);
    const m0 = await metrics();
    const rendered = Date.now() - t0;
    await page.waitForFunction(() => document.querySelectorAll('churnlens-badge').length >= 1000, undefined, { timeout: 60_000 });
    const m1 = await metrics();
    const badged = Date.now() - t0 - rendered;
    await page.waitForTimeout(2000);
    const m2 = await metrics();
    const ms = (a: Record<string, number>, b: Record<string, number>, k: string) => ((b[k] - a[k]) * 1000).toFixed(1);
    return [
      `1,000-row list: page's own script until rows rendered ${(m0.ScriptDuration * 1000).toFixed(1)} ms (baseline); badging added ${ms(m0, m1, 'ScriptDuration')} ms script (target ≤ 16 ms), ${m1.LayoutCount - m0.LayoutCount} layouts, ${badged} ms wall (rows rendered in ${rendered} ms)`,
      `1,000-row list, 2 s idle after badging: ${ms(m1, m2, 'ScriptDuration')} ms script, ${m2.LayoutCount - m1.LayoutCount} layouts (target 0)`,
    ];
  } finally {
    await b.close();
    await server.close();
  }
}
