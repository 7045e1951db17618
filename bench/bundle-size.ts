/**
 * Gzipped size of what each extension context loads, following static imports from its entry. The
 * content script's parts are single scripts that its gate has the worker inject (src/content/parts.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';
import { DIST } from '../scripts/browser';
import { CONTENT_PARTS } from '../src/content/parts';

function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(DIST, entry))) return seen;
  seen.add(entry);
  const src = readFileSync(join(DIST, entry), 'utf8');
  for (const m of src.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    const resolved = spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(dirname(entry), spec));
    closure(resolved, seen);
  }
  return seen;
}

const gz = (files: Set<string>) => [...files].reduce((s, f) => s + gzipSync(readFileSync(join(DIST, f))).length, 0);

function htmlEntry(html: string): string[] {
  const src = readFileSync(join(DIST, html), 'utf8');
  return [...src.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
}

export function bundleSizes(): { name: string; bytes: number; budget?: number }[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const gate = new Set<string>(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js));
  const out: { name: string; bytes: number; budget?: number }[] = [
    { name: 'content script gate (every page of a CRM origin loads it)', bytes: gz(gate) },
    { name: 'content script with its reader (every page with something to read)', bytes: gz(new Set([...gate, CONTENT_PARTS.reader])), budget: 32 * 1024 },
    // Each a whole script of its own: what it shares with the reader is counted again.
    { name: 'content script part loaded on demand: picker (teach this page)', bytes: gz(new Set([CONTENT_PARTS.picker])) },
    { name: 'content script part loaded on demand: note writer', bytes: gz(new Set([CONTENT_PARTS['note-writer']])) },
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
