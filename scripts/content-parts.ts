/**
 * Vite plugin: the content script's parts (src/content/parts.ts), each bundled whole as one classic
 * script (IIFE, no import) under its fixed name. The worker injects them with
 * `chrome.scripting.executeScript`, which runs files as classic scripts and needs nothing
 * web-accessible; a module with imports, or a dynamic import, would need every chunk it reaches
 * exposed to web pages. Parts share no chunk, so what two of them use is in both.
 */
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, Rolldown } from 'vite';
import { nestedBuild } from './nested-build';
import { CONTENT_PARTS, type ContentPart } from '../src/content/parts';
import { PART_SLOT } from '../src/content/part-slot';

const ENTRY = 'churnlens-part:';

/** What a part's script runs: its module, and its exports left where the gate looks for them. */
const entryCode = (source: string, part: ContentPart) =>
  `import * as part from ${JSON.stringify(source)};\n(globalThis[${JSON.stringify(PART_SLOT)}] ??= {})[${JSON.stringify(part)}] = part;\n`;

/** `sources`: each part's module, from the project root. */
export function contentParts(sources: Record<ContentPart, string>): Plugin {
  let config: ResolvedConfig;
  async function bundle(part: ContentPart): Promise<string> {
    const out = await nestedBuild(config, {
      plugins: [{
        name: 'churnlens:part-entry',
        resolveId: (id) => (id.startsWith(ENTRY) ? `\0${id}` : null),
        load: (id) => (id === `\0${ENTRY}${part}` ? entryCode(resolve(config.root, sources[part]), part) : null),
      }],
      build: { modulePreload: false, rollupOptions: { input: `${ENTRY}${part}`, output: { format: 'iife' } } },
    });
    const entry = out.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
    if (!entry || out.output.length !== 1) throw new Error(`the content script's ${part} did not build as one script`);
    return entry.code;
  }
  return {
    name: 'churnlens:content-parts',
    apply: 'build',
    configResolved: (c) => void (config = c),
    async generateBundle() {
      for (const part of Object.keys(sources) as ContentPart[]) {
        this.emitFile({ type: 'asset', fileName: CONTENT_PARTS[part], source: await bundle(part) });
      }
    },
  };
}
