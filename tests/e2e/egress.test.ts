/**
 * Nothing leaves the browser. Chromium runs behind a recording proxy: every request for anywhere
 * but the CRM on 127.0.0.1 (which the browser reaches directly) reaches the proxy, from any context
 * (the worker, the extension's pages, content scripts). A full pass over the product makes none.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, listBadged, useExtension, writeFirstAction } from './setup';

/** Chromium's own calls home (autofill, sign-in, updates), switched off so what is left is ChurnLens's. */
const CHROME_QUIET = [
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider',
  '--allow-browser-signin=false',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-client-side-phishing-detection',
  '--extensions-update-frequency=604800',
];
/**
 * What Chromium itself still asks for with those off (seen here: the component updater, network
 * time, the account check), by the service domains Chromium builds call: which ones vary by build,
 * and CI runs on another machine. No ChurnLens code can reach them either: its pages, worker and
 * content script hold no network API (manifest.test.ts scans dist/), and the canary below must show.
 */
const CHROMIUM_ITSELF = [/^(CONNECT |[A-Z]+ http:\/\/)([\w-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:443$|\/)/];
const seen: string[] = [];
const ours = () => seen.filter((s) => !CHROMIUM_ITSELF.some((re) => re.test(s)));
let proxy: Server;
let port = 0;
beforeAll(async () => {
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  port = (proxy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((ok) => proxy.close(() => ok())));
const env = useExtension({ launch: () => ({ args: [`--proxy-server=http://127.0.0.1:${port}`, ...CHROME_QUIET] }) });

describe('egress', () => {
  it('is none: browse, score, side panel, write back, popup, options, export', async () => {
    const list = await env.b.context.newPage();
    await list.goto(`${env.crm}/accounts`);
    await listBadged(list);
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-0002`);
    await page.locator(`h1 ${BADGE}`).first().waitFor();
    const { panel, action } = await writeFirstAction(env.b, page);
    await action.locator('.sb-done').waitFor();
    // Export the account's notes, as a user would, to a file and to the clipboard's text.
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: /Download CSV/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    const popup = await env.b.context.newPage();
    await popup.goto(env.b.extensionUrl('src/popup/index.html'));
    await popup.locator('[data-churnlens="flagged-row"]').first().waitFor();
    const options = await env.b.context.newPage();
    await options.goto(env.b.extensionUrl('src/options/index.html'));
    await options.locator('[data-churnlens="options"]').waitFor();
    await env.send({ type: 'flagged:list' });
    expect(ours()).toEqual([]);
    console.log(`egress: ${seen.length} requests left the browser, all Chromium's own; ChurnLens's: ${ours().length}`);

    // The recorder works: a request the CRM page itself makes elsewhere is seen.
    await page.evaluate(() => fetch('http://egress-canary.example/ping').catch(() => null));
    await expect.poll(() => ours().length).toBeGreaterThan(0);
    expect(ours().every((s) => s.includes('egress-canary.example'))).toBe(true);
    for (const p of [list, page, panel, popup, options]) await p.close();
  });
});
