/**
 * Another extension in the same browser cannot drive ChurnLens: with externally_connectable closed,
 * its messages and connections find no receiver, and nothing ChurnLens stored changes.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { useExtension } from './setup';

const NEIGHBOUR = resolve(import.meta.dirname, '..', 'fixtures', 'neighbour-extension');
const env = useExtension({ launch: () => ({ otherExtensions: [NEIGHBOUR] }) });

async function neighbour(): Promise<Worker> {
  const isIt = (w: Worker) => w.url().endsWith('/neighbour.js');
  return env.b.context.serviceWorkers().find(isIt) ?? env.b.context.waitForEvent('serviceworker', { predicate: isIt, timeout: 15_000 });
}

describe('a neighbour extension', () => {
  it('can neither message nor connect to ChurnLens, and changes nothing it stored', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-0003`);
    await page.locator('[data-churnlens="badge"]').first().waitFor();
    const before = await env.send<unknown[]>({ type: 'flagged:list' });
    const n = await neighbour();
    const forgeries = [
      { type: 'data:clear' },
      { type: 'settings:set', settings: { lang: 'en', thresholds: { medium: 1, high: 2, critical: 3 }, competitors: [] } },
      { type: 'page:record', url: `${env.crm}/accounts/acc-0003`, read: { key: 'demo:acc-0003', name: 'Forged', fields: {}, interactions: [], problems: [] } },
    ];
    const answers = await n.evaluate(async ({ id, msgs }) => {
      const out: string[] = [];
      for (const m of msgs) {
        try {
          out.push(`answered: ${JSON.stringify(await chrome.runtime.sendMessage(id, m))}`);
        } catch (e) {
          out.push(`refused: ${(e as Error).message}`);
        }
      }
      // A long-lived port: it must be disconnected at once, with no one on the other end.
      out.push(
        await new Promise<string>((done) => {
          const port = chrome.runtime.connect(id);
          port.onDisconnect.addListener(() => done(`refused: ${chrome.runtime.lastError?.message ?? 'disconnected'}`));
          port.onMessage.addListener((m) => done(`answered: ${JSON.stringify(m)}`));
          port.postMessage({ type: 'data:clear' });
        }),
      );
      return out;
    }, { id: env.b.extensionId, msgs: forgeries });
    expect(answers).toHaveLength(4);
    for (const a of answers) expect(a).toMatch(/^refused: /);
    expect(await env.send<unknown[]>({ type: 'flagged:list' })).toEqual(before);
    await page.close();
  });
});
