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
    outDir: process.env.CHURNLENS_DIST ?? 'dist',
  },
  server: { host: '127.0.0.1' },
});
