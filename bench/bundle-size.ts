/** Gzipped size of what each extension context loads, following static imports from its entry. */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';
import { DIST } from '../scripts/browser';

function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(DIST, entry))) return seen;
  seen.add(entry);
  const src = readFileSync(join(DIST, entry), 'utf8');
  for (const m of src.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    const resolved = spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(dirname(entry), spec));
    closure(resolved, seen);
  }
  // crxjs loaders, and the content script's gate, import a built file by its name through chrome.runtime.getURL.
  for (const m of src.matchAll(/["'`]\/?(assets\/[^"'`]+\.js)["'`]/g)) closure(m[1], seen);
  return seen;
}

const gz = (files: Set<string>) => [...files].reduce((s, f) => s + gzipSync(readFileSync(join(DIST, f))).length, 0);

function htmlEntry(html: string): string[] {
  const src = readFileSync(join(DIST, html), 'utf8');
  return [...src.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
}

export function bundleSizes(): { name: string; bytes: number; budget?: number }[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const contentEntries: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  const content = new Set<string>();
  for (const e of contentEntries) closure(e, content);
  // Chunks the content script imports only when asked (the picker, a taught origin's reader, note
  // writing, error wording): everything they add beyond what every page loads.
  const onDemand = new Set<string>();
  for (const f of content) {
    for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/import\(\s*`([^`]+\.js)`\s*\)/g)) {
      closure(posix.normalize(posix.join(dirname(f), m[1])), onDemand);
    }
  }
  for (const f of content) onDemand.delete(f);
  const out: { name: string; bytes: number; budget?: number }[] = [
    { name: 'content script gate (every page of a CRM origin loads it)', bytes: gz(new Set(contentEntries)) },
    { name: 'content script with its reader (every page with something to read)', bytes: gz(content), budget: 32 * 1024 },
    { name: `content script chunks loaded on demand (${onDemand.size}: picker, taught reader, note writer, error wording)`, bytes: gz(onDemand) },
  ];
  for (const [name, html] of [
    ['popup page', manifest.action.default_popup],
    ['side panel page', manifest.side_panel.default_path],
    ['options page', manifest.options_page],
  ] as const) {
    const files = new Set<string>();
    for (const e of htmlEntry(html)) closure(e, files);
    out.push({ name, bytes: gz(files) });
  }
  out.push({ name: 'service worker', bytes: gz(closure(manifest.background.service_worker)) });
  return out;
}
