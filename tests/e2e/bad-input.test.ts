import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/browser';
import { BADGE, pageErrors, useExtension } from './setup';
import type { AccountViewData } from '../../src/messages';

const env = useExtension();

describe('pages with missing or garbled fields', () => {
  for (const id of ['acc-bad-1', 'acc-bad-2', 'acc-bad-3']) {
    it(`${id}: still badged, never throws into the page, stores only whole records`, async () => {
      const page = await env.b.context.newPage();
      const errors = pageErrors(page);
      await page.goto(`${env.crm}/accounts/${id}`);
      const badge = page.locator(`${BADGE}[data-account-key$=":${id}"]`).first();
      await badge.waitFor({ timeout: 15_000 });
      const level = await badge.getAttribute('data-risk-level');
      expect(['low', 'medium', 'high', 'critical', 'unknown']).toContain(level);
      // acc-bad-1 shows no dates, scores or activity, only a status ("active"): a low level, drawn as
      // tentative, whose title says it rests on that alone.
      if (id === 'acc-bad-1') {
        expect(level).toBe('low');
        expect(await badge.getAttribute('data-tentative')).not.toBeNull();
        const title = await badge.getAttribute('title');
        expect(title, title ?? '').toMatch(/judged only from .*active|仅依据.*active/i);
      }
      if (level === 'unknown') expect(await badge.getAttribute('title')).toMatch(/no dates|没有可用于判断/);
      const view = await env.send<AccountViewData>({ type: 'account:view', key: (await badge.getAttribute('data-account-key'))! });
      expect(view.account.name.length).toBeLessThanOrEqual(500);
      for (const s of view.snapshots) for (const f of Object.values(s.fields)) expect(typeof f.raw).toBe('string');
      for (const i of view.interactions) expect(Number.isFinite(i.at)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('says in the side panel, in the user’s language, what it had to cut from a page', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-bad-3`);
    await page.locator(`${BADGE}[data-account-key$=":acc-bad-3"]`).first().waitFor({ timeout: 15_000 });
    const panel = await env.b.context.newPage();
    await panel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`));
    const said = panel.locator('[data-churnlens="read-problems"]');
    await said.waitFor({ timeout: 15_000 });
    expect(await said.textContent()).toContain('the name is longer than 500 characters');
    await panel.close();
    await page.close();
  });
});
