import { describe, expect, it } from 'vitest';
import { BADGE, listBadged, useExtension } from './setup';
import type { AccountViewData, FlaggedRow } from '../../src/messages';

const env = useExtension();

describe('service worker lifecycle', () => {
  it('keeps every stored record when the worker is stopped and wakes on the next message', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts`);
    await listBadged(page);
    await page.goto(`${env.crm}/accounts/acc-0001`);
    const key = (await page.locator(`h1 ${BADGE}`).first().getAttribute('data-account-key'))!;
    const before = await env.send<AccountViewData>({ type: 'account:view', key });
    const flaggedBefore = await env.send<FlaggedRow[]>({ type: 'flagged:list' });

    // Mark the running worker's global scope: a worker started afresh has none of it.
    const worker = await env.b.worker();
    await worker.evaluate(() => ((globalThis as { churnlensTestMark?: boolean }).churnlensTestMark = true));
    const cdp = await env.b.context.newCDPSession(page);
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(worker.url()) && v.runningStatus === 'stopped')) stopped = true;
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Chrome answers the stop while the worker is still stopping: wait until it reports it stopped.
    await expect.poll(() => stopped, { timeout: 15_000 }).toBe(true);

    const after = await env.send<AccountViewData>({ type: 'account:view', key });
    // What answered is a worker started since the stop, with nothing of the old one's memory.
    expect(await worker.evaluate(() => (globalThis as { churnlensTestMark?: boolean }).churnlensTestMark ?? false)).toBe(false);
    expect(after.snapshots.length).toBe(before.snapshots.length);
    expect(after.interactions.length).toBe(before.interactions.length);
    expect(after.score?.risk).toBe(before.score?.risk);
    expect((await env.send<FlaggedRow[]>({ type: 'flagged:list' })).map((r) => r.key)).toEqual(flaggedBefore.map((r) => r.key));

    // The page keeps working against the restarted worker.
    await page.goto(`${env.crm}/accounts/acc-0004`);
    await page.locator(`h1 ${BADGE}`).first().waitFor();
    await page.close();
  });
});
