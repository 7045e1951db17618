import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { buildKind, finishManifest, PAGES, sourceManifest, type BuildKind, type Manifest } from './scripts/manifest';
import { privacyPage } from './scripts/privacy-page';
import { contentParts } from './scripts/content-parts';
import { pageBuilds } from './scripts/page-builds';

// `npx vite build` alone is the development build for Chromium that the demo and the tests load;
// `npm run package` sets these for the store packages (scripts/manifest.ts says what differs).
const kind = buildKind(process.env);

/** The content script's gate under a fixed name: the worker registers it on enabled sites (src/background/sites.ts). */
const fileName = ({ facadeModuleId: id }: { facadeModuleId: string | null }) =>
  id?.endsWith('src/content/index.ts') ? 'assets/content.js' : 'assets/[name]-[hash].js';

/** The manifest for this build's target and audience, from what crxjs rendered with output paths. */
const targetManifest = (k: BuildKind): Plugin & { renderCrxManifest(m: Manifest): Manifest } => ({
  name: 'churnlens:target-manifest',
  renderCrxManifest: (m) => finishManifest(m, k),
});

export default defineConfig({
  plugins: [
    crx({ manifest: sourceManifest(kind) as unknown as ManifestV3Export, browser: kind.target === 'firefox' ? 'firefox' : 'chrome' }),
    targetManifest(kind),
    privacyPage(),
    // The rest of the content script, which the gate has the worker inject (src/content/parts.ts).
    pageBuilds(PAGES),
    contentParts({ reader: 'src/content/main.ts', picker: 'src/content/picker/index.ts', 'note-writer': 'src/content/note-writer.ts' }),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // What differs between the browsers is chosen at build time (src/ui/side-panel.ts, site-pattern.ts),
  // so each package holds only its own browser's API.
  define: { 'import.meta.env.CHURNLENS_TARGET': JSON.stringify(kind.target) },
  build: {
    target: kind.target === 'firefox' ? 'firefox140' : 'chrome116',
    // Readable stack traces from users' consoles matter more than a few kilobytes here.
    sourcemap: false,
    emptyOutDir: true,
    // What is left to this build, the worker and the content script's gate, loads no page to preload into.
    modulePreload: false,
    rollupOptions: {
      // Rolldown names chunks emitted by plugins (crxjs's content script) with chunkFileNames, inputs with entryFileNames.
      // papaparse in a chunk of its own: the dist scan (tests/e2e/manifest.test.ts) names the one file holding a network API.
      output: { entryFileNames: fileName, chunkFileNames: fileName, manualChunks: (id: string) => (id.includes('node_modules/papaparse') ? 'papaparse.min' : undefined) },
    },
    outDir: process.env.CHURNLENS_DIST ?? 'dist',
  },
  server: { host: '127.0.0.1' },
});
