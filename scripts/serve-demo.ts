/**
 * Serves the demo CRM (tests/fixtures/crm/demo/) on loopback, for the demo and the e2e tests.
 * A single-page app: /accounts and /accounts/<id> answer with index.html and the page routes
 * itself. Only files inside the demo folder are ever served.
 *
 *   npx tsx scripts/serve-demo.ts [--port 5178]     (npm run demo-crm -- --port 5178)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEMO_ROOT = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'crm', 'demo');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
};

/** Client-side routes that the app itself renders. */
const APP_ROUTE = /^\/(?:accounts(?:\/[A-Za-z0-9_-]+)?\/?)?$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/** The file a request path names inside `root`, or null when it would step outside or is malformed. */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed: the demo CRM is read-only.\n');
  const rawPath = (req.url ?? '/').split('?')[0].split('#')[0];
  const isApp = APP_ROUTE.test(rawPath);
  const file = isApp ? resolve(root, 'index.html') : resolveInside(root, rawPath);
  if (!file) return send(res, 404, 'Not found\n');
  try {
    if (!(await stat(file)).isFile()) return send(res, 404, 'Not found\n');
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      return void res.end();
    }
    send(res, 200, body, type);
  } catch {
    send(res, 404, 'Not found\n');
  }
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Start serving on loopback; port 0 (the default) picks a free port. `root` serves another fixture
 * folder the same way (tests/fixtures/crm/generic for the end-to-end tests' stand-alone pages).
 */
export function startDemoServer(opts: { port?: number; host?: string; root?: string } = {}): Promise<DemoServer> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? 0;
  if (!LOOPBACK.has(host)) {
    return Promise.reject(new Error(`serve-demo: host "${host}" is not a loopback address; the demo CRM only listens on 127.0.0.1, ::1 or localhost.`));
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return Promise.reject(new Error(`serve-demo: port must be an integer from 0 to 65535, got ${String(opts.port)}.`));
  }
  const root = resolve(opts.root ?? DEMO_ROOT);
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => send(res, 500, 'Internal error\n'));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`serve-demo: port ${port} on ${host} is already in use; pass another --port, or 0 for any free port.`)
          : err,
      );
    });
    server.listen(port, host, () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('serve-demo: the server has no TCP address.'));
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolvePromise({
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
  });
}

function portFromArgs(argv: string[]): number {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return 0;
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`serve-demo: --port needs a number from 0 to 65535, got "${value ?? ''}".`);
  }
  return port;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const server = await startDemoServer({ port: portFromArgs(process.argv.slice(2)) });
    console.log(`Demo CRM: ${server.url}/accounts  (Ctrl+C to stop)`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
