/**
 * PRIVACY.md as a page inside the package (privacy.html), so the options page links to the very
 * statement that shipped with the build, readable offline and with no address of ours to host it.
 * PRIVACY.md keeps to headings, paragraphs, bullet lists, bold and rules; that is all this renders.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inline = (s: string) => escape(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

export function renderPrivacy(md: string): string {
  const blocks = md.trim().split(/\n{2,}/);
  const body = blocks.map((b) => {
    const h = /^(#{1,3}) (.*)$/.exec(b);
    if (h) return `<h${h[1]!.length}>${inline(h[2]!)}</h${h[1]!.length}>`;
    if (b === '---') return '<hr>';
    if (b.startsWith('- ')) return `<ul>${b.split(/\n- /).map((li) => `<li>${inline(li.replace(/^- /, '').replace(/\n\s+/g, ' '))}</li>`).join('')}</ul>`;
    return `<p>${inline(b.replace(/\n/g, ' '))}</p>`;
  });
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>ChurnLens — privacy</title>
<style>body{font:15px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2937}h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.6rem}hr{margin:2.5rem 0;border:0;border-top:1px solid #d0d5dd}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}

/** Vite plugin: writes privacy.html into every build. */
export function privacyPage(): Plugin {
  let root = '';
  return {
    name: 'churnlens:privacy-page',
    configResolved: (c) => void (root = c.root),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'privacy.html', source: renderPrivacy(readFileSync(resolve(root, 'PRIVACY.md'), 'utf8')) });
    },
  };
}
