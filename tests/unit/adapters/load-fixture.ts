/** Loads a fixture page into its own happy-dom window, at the URL the fixture declares. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/crm');

export interface Loaded {
  doc: Document;
  url: URL;
  window: Window;
}

/** Parse html as a page at url (or the fixture's <meta name="fixture-url">). */
export function loadHtml(html: string, url?: string): Loaded {
  const declared = /<meta\s+name="fixture-url"\s+content="([^"]+)"/i.exec(html)?.[1];
  const href = url ?? declared ?? 'https://crm.example.test/';
  const window = new Window({ url: href, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  window.document.write(html);
  return { doc: window.document as unknown as Document, url: new URL(href), window };
}

export function loadFixture(rel: string, url?: string): Loaded {
  return loadHtml(readFileSync(path.join(FIXTURES, rel), 'utf8'), url);
}
