import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json';

export default defineConfig({
  plugins: [crx({ manifest: manifest as ManifestV3Export })],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'chrome116',
    // Readable stack traces from users' consoles matter more than a few kilobytes here.
    sourcemap: false,
    emptyOutDir: true,
    // Preload links would be written into the CRM page's own <head>, pointing at its server; chunks
    // of an extension are local files anyway.
    modulePreload: false,
    rollupOptions: {
      // The reader is loaded by the content script's gate (src/content/index.ts) under a fixed name,
      // so the gate needs no import of its own: a content script with imports pays for a module loader.
      input: { 'content-main': 'src/content/main.ts' },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: (c) => (c.name === 'content-main' ? 'assets/content-main.js' : 'assets/[name]-[hash].js') },
    },
    outDir: process.env.CHURNLENS_DIST ?? 'dist',
  },
  server: { host: '127.0.0.1' },
});
