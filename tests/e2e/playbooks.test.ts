import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/browser';
import { BADGE, listBadged, useExtension } from './setup';
import type { FlaggedRow } from '../../src/messages';

const env = useExtension();

describe('playbooks the team edited', () => {
  it('drops switched-off actions and shows reworded ones in the side panel', async () => {
    const options = await env.b.context.newPage();
    await options.goto(env.b.extensionUrl('src/options/index.html'));
    const section = options.locator('[data-churnlens="playbooks"]');
    const neglect = section.locator('details').filter({ hasText: 'Relationship neglect' });
    await neglect.locator('summary').click();
    const rows = neglect.locator('.op-pb-row');
    await rows.nth(0).locator('input[type="checkbox"]').uncheck();
    await rows.nth(1).locator('input[type="text"]').fill('Book a site visit with the GM');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByRole('status').waitFor();

    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    const flagged = await env.send<FlaggedRow[]>({ type: 'flagged:list' });
    const target = flagged.find((r) => r.cause === 'relationship_neglect' && r.url)!;
    expect(target).toBeTruthy();
    await page.goto(target.url!);
    await page.locator(`${BADGE}[data-account-key="${target.key}"]`).first().waitFor();
    const panel = await env.b.context.newPage();
    await panel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`));
    const actions = panel.locator('[data-churnlens="actions"] li');
    await actions.first().waitFor();
    const titles = await actions.locator('.sb-action-title').allTextContents();
    expect(titles).toContain('Book a site visit with the GM');
    expect(titles).not.toContain('Call the customer now to check in');
  });
});
