import { describe, expect, it } from 'vitest';
import { BADGE, listBadged, useExtension } from './setup';
import type { UserSettings } from '../../src/messages';

const env = useExtension();

describe('settings reach open pages', () => {
  it('repaints the badges of an open list when the thresholds change, without a reload', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    const before = await page.locator(BADGE).evaluateAll((bs) => bs.filter((b) => b.getAttribute('data-risk-level') === 'critical').length);
    const settings = await env.send<UserSettings>({ type: 'settings:get' });
    await env.send({ type: 'settings:set', settings: { ...settings, thresholds: { medium: 0.1, high: 0.2, critical: 0.3 } } });
    // Every row with any risk at all is now critical; the page was never reloaded.
    await page.waitForFunction(
      (sel) => {
        const bs = [...document.querySelectorAll(sel)];
        return bs.length > 0 && bs.every((b) => b.getAttribute('data-risk-level') === 'critical' || b.getAttribute('title')?.includes('(0/100)') || b.getAttribute('data-risk-level') === 'unknown');
      },
      BADGE,
      { timeout: 15_000 },
    );
    const after = await page.locator(BADGE).evaluateAll((bs) => bs.filter((b) => b.getAttribute('data-risk-level') === 'critical').length);
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
});
