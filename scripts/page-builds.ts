/**
 * Vite plugin: each extension page (popup, side panel, options) built on its own, as one script and
 * one stylesheet plus what it loads on demand. Built together, the pages shared their modules in
 * seven chunks and three stylesheets, and every file is a request to the browser's extension
 * resource loader before the first paint. A page's own file holds only the code that page runs.
 *
 * crxjs is not given these pages (scripts/manifest.ts takes them out of the manifest it builds
 * from and puts them back in the one it writes); each page keeps its path.
 */
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { nestedBuild } from './nested-build';

export function pageBuilds(pages: readonly string[]): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'churnlens:page-builds',
    apply: 'build',
    configResolved: (c) => void (config = c),
    async generateBundle(_, bundle) {
      for (const page of pages) {
        const out = await nestedBuild(config, {
          build: {
            // One stylesheet, linked from the page; no preload helper: the page has one script to load.
            cssCodeSplit: false,
            modulePreload: false,
            rollupOptions: { input: resolve(config.root, page), output: config.build.rollupOptions.output },
          },
        });
        for (const o of out.output) {
          const source = o.type === 'chunk' ? o.code : o.source;
          // A chunk built the same elsewhere (papaparse, for the worker and a page) is kept once.
          const before = bundle[o.fileName];
          if (before && String(before.type === 'chunk' ? before.code : before.source) === String(source)) continue;
          if (before) throw new Error(`${page}: ${o.fileName} is also another file of the build`);
          this.emitFile({ type: 'asset', fileName: o.fileName, source });
        }
      }
    },
  };
}
