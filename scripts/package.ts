/**
 * `npm run package`: the store packages. For Chromium (Chrome, Edge) and Firefox, a store build
 * (scripts/manifest.ts: no demo access) zipped as artifacts/churnlens-<target>-<version>.zip, and
 * the listing texts of both languages from the string catalogue in artifacts/store/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import pkg from '../package.json';
import { catalog } from '../src/i18n/catalog';
import type { Target } from './manifest';

const ROOT = resolve(import.meta.dirname, '..');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const TARGETS: Target[] = ['chromium', 'firefox'];

/** Build the extension for `target` into `outDir`; `store` leaves out the demo's access. */
export function buildExtension(target: Target, outDir: string, { store }: { store: boolean }): void {
  const env = { ...process.env, CHURNLENS_TARGET: target, CHURNLENS_STORE: store ? '1' : '0', CHURNLENS_DIST: outDir };
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build for ${target} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Every file under `dir` in one zip, paths sorted and times fixed, so one source gives the same bytes. */
export function zipDir(dir: string): Uint8Array {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
  const mtime = new Date('2024-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(files.map((f) => [f, [readFileSync(join(dir, f)), { mtime }]])), { level: 9 });
}

export const packagePath = (target: Target) => join(ARTIFACTS, `churnlens-${target}-${pkg.version}.zip`);

/** Both store packages; returns their paths. */
export function packageAll(): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  return TARGETS.map((target) => {
    const out = join(ROOT, '.tmp', 'store', target);
    buildExtension(target, out, { store: true });
    writeFileSync(packagePath(target), zipDir(out));
    return packagePath(target);
  });
}

/** What a store's listing form asks for, in each language, as the extension itself says it. */
export function writeListings(): string[] {
  const dir = join(ARTIFACTS, 'store');
  mkdirSync(dir, { recursive: true });
  return Object.entries(catalog).map(([lang, s]) => {
    const file = join(dir, `listing-${lang}.txt`);
    writeFileSync(file, `${s.ext_name}\n\n${s.ext_description}\n\n${s.store_description}\n`);
    return file;
  });
}

if (process.argv[1] === import.meta.filename) {
  for (const f of [...packageAll(), ...writeListings()]) console.log(`wrote ${relative(ROOT, f)}`);
}
