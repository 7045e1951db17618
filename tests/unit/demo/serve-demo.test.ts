import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { startDemoServer, type DemoServer } from '../../../scripts/serve-demo';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise "..") . */
function get(base: string, path: string, opts: { host?: string; method?: string } = {}) {
  const url = new URL(base);
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request(
      { host: opts.host ?? url.hostname, port: url.port, path, method: opts.method ?? 'GET', timeout: 3000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end();
  });
}

describe('demo CRM server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(server.url).port)).toBeGreaterThan(0);
  });

  it('answers app routes with index.html, so direct loads of record pages work', async () => {
    for (const path of ['/', '/accounts', '/accounts/', '/accounts/acc-0001', '/accounts/acc-bad-3', '/accounts?lang=zh']) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(200);
      expect(res.type).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="app">');
      expect(res.body).toContain('src="/app.js"');
    }
  });

  it('serves modules and styles with the right content types', async () => {
    const js = await get(server.url, '/data.js');
    expect(js.status).toBe(200);
    expect(js.type).toMatch(/^text\/javascript/);
    expect(js.body).toContain('export function generateAccounts');
    expect((await get(server.url, '/app.js')).type).toMatch(/^text\/javascript/);
    expect((await get(server.url, '/styles.css')).type).toMatch(/^text\/css/);
    expect((await get(server.url, '/favicon.svg')).type).toBe('image/svg+xml');
  });

  it('never serves a file outside the demo folder', async () => {
    const attempts = [
      '/../package.json',
      '/../../../package.json',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2f..%2f..%2fpackage.json',
      '/accounts/..%2f..%2f..%2f..%2f..%2fpackage.json',
      '/accounts/../../../../../package.json',
      '/..%5c..%5c..%5c..%5cpackage.json',
      '/%00index.html',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('"devDependencies"');
    }
    expect((await get(server.url, '/no-such-file.js')).status).toBe(404);
    expect((await get(server.url, '/accounts/acc-1/extra')).status).toBe(404);
  });

  it('is read-only', async () => {
    expect((await get(server.url, '/accounts', { method: 'POST' })).status).toBe(405);
  });

  it('is not reachable on other interfaces of this machine', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // No non-loopback interface here: nothing else could reach it anyway.
    await expect(get(server.url, '/accounts', { host: external.address })).rejects.toThrow();
  });

  it('refuses to bind anything but loopback, and says why', async () => {
    await expect(startDemoServer({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
    await expect(startDemoServer({ port: 70000 })).rejects.toThrow(/port/);
  });

  it('says which port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startDemoServer({ port })).rejects.toThrow(new RegExp(`port ${port}.*in use`));
  });
});
