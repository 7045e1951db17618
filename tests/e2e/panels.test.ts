import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/browser';
import { BADGE, listBadged, useExtension, writeFirstAction } from './setup';
import type { FlaggedRow } from '../../src/messages';

const env = useExtension();

describe('side panel and popup', () => {
  it('side panel shows the open account: level, likely cause with evidence, actions', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    const flagged = await env.send<FlaggedRow[]>({ type: 'flagged:list' });
    const target = flagged.find((r) => r.url && r.cause)!;
    expect(target).toBeTruthy();
    await page.goto(target.url!);
    await page.locator(`${BADGE}[data-account-key="${target.key}"]`).first().waitFor();

    const panel = await env.b.context.newPage();
    await panel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`));
    const root = panel.locator('[data-churnlens="sidebar"]');
    await root.locator('[data-churnlens="causes"]').waitFor();
    const name = await page.locator('h1').first().evaluate((h) => h.firstChild?.textContent?.trim() ?? '');
    expect(await root.locator('h1').textContent()).toContain(name.slice(0, 10));
    expect(await root.locator('[data-churnlens="causes"] li').count()).toBeGreaterThan(0);
    expect(await root.locator('[data-churnlens="actions"] li').count()).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('popup lists flagged accounts by value at risk, each opening its CRM page', async () => {
    const warm = await env.b.context.newPage();
    await warm.goto(`${env.crm}/accounts`);
    await listBadged(warm);
    const popup = await env.b.context.newPage();
    await popup.goto(env.b.extensionUrl('src/popup/index.html'));
    const rows = popup.locator('[data-churnlens="flagged-row"]');
    await rows.first().waitFor();
    const levels = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-risk-level')));
    expect(levels.length).toBeGreaterThan(0);
    for (const l of levels) expect(['medium', 'high', 'critical']).toContain(l);
    const flagged = await env.send<FlaggedRow[]>({ type: 'flagged:list' });
    const values = flagged.map((r) => r.valueAtRisk);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const firstKey = await rows.first().getAttribute('data-account-key');
    expect(firstKey).toBe(flagged[0].key);
    const [opened] = await Promise.all([env.b.context.waitForEvent('page'), rows.first().click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(flagged[0].url);
    await opened.close();
    await warm.close();
  });

  it('writes a suggested action back into the CRM as a note', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-0002`);
    await page.locator(`h1 ${BADGE}`).first().waitFor();
    const before = await page.locator('ol li').count();
    const { panel, action, title } = await writeFirstAction(env.b, page);
    await action.locator('.sb-done').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('ol li').length > n, before);
    expect(await page.locator('ol').first().textContent()).toContain(title.slice(0, 12));
    await panel.close();
    await page.close();
  });
});
