/**
 * Time to badge the demo CRM's list in real Chromium, against the page's own time to render the
 * same list (the baseline, measured in the same run and the same browser).
 */
import { launchWithExtension } from '../scripts/browser';
import { startDemoServer } from '../scripts/serve-demo';

export async function benchListBadges(runs = 5): Promise<string[]> {
  const server = await startDemoServer({ port: 0 });
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    const render: number[] = [];
    const badge: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const t0 = Date.now();
      await page.goto(`${server.url}/accounts`);
      await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length >= 60);
      const t1 = Date.now();
      await page.waitForFunction(() => {
        const rows = document.querySelectorAll('table tbody tr').length;
        return document.querySelectorAll('[data-churnlens="badge"]').length >= rows;
      });
      const t2 = Date.now();
      if (i === 0) continue; // the first visit also opens the database and warms the worker
      render.push(t1 - t0);
      badge.push(t2 - t1);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const rows = await page.locator('table tbody tr').count();
    const r = median(render);
    const bdg = median(badge);
    return [
      `list render by the demo CRM itself (${rows} rows, baseline): ${r} ms`,
      `badges on every row after the list rendered: ${bdg} ms (ratio to baseline ${(bdg / Math.max(1, r)).toFixed(2)}x)`,
    ];
  } finally {
    await b.close();
    await server.close();
  }
}
