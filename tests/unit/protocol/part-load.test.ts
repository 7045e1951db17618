/**
 * part:load through the real router and handler, with a stand-in for chrome.scripting: a content
 * script on an enabled site gets one of ChurnLens's own parts injected into its own frame, and
 * nothing else gets anything injected anywhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/background/router';
import { partHandlers } from '../../../src/background/part-handlers';
import { CONTENT_PARTS } from '../../../src/content/parts';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const CRM = 'http://127.0.0.1:5178/accounts';
const content = (over: Record<string, unknown> = {}) => ({ id: EXT, url: CRM, tab: { id: 7 } as never, frameId: 3, ...over });

let injected: unknown[] = [];
function chromeStandIn(): void {
  injected = [];
  (globalThis as { chrome?: unknown }).chrome = {
    scripting: { executeScript: async (details: unknown) => void injected.push(details) },
  };
}
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

const route = createRouter(partHandlers, EXT, ORIGIN, (origin) => origin === 'http://127.0.0.1:5178');

describe('part:load', () => {
  it('injects the named part into the document that asked, or its frame where the browser names no document', async () => {
    chromeStandIn();
    expect(await route({ type: 'part:load', part: 'picker' }, content({ documentId: 'DOC-1' }))).toEqual({ ok: true, data: null });
    expect(await route({ type: 'part:load', part: 'reader' }, content())).toEqual({ ok: true, data: null });
    expect(injected).toEqual([
      { target: { tabId: 7, documentIds: ['DOC-1'] }, files: [CONTENT_PARTS.picker] },
      { target: { tabId: 7, frameIds: [3] }, files: [CONTENT_PARTS.reader] },
    ]);
  });

  it('injects nothing for a file, tab or frame named in the message, an unknown part, a page of the extension or a site not enabled', async () => {
    chromeStandIn();
    const forged: [unknown, Record<string, unknown>][] = [
      [{ type: 'part:load', part: 'assets/content-picker.js' }, content()],
      [{ type: 'part:load', part: '../../evil.js' }, content()],
      [{ type: 'part:load', part: 'constructor' }, content()],
      [{ type: 'part:load', part: 'picker', files: ['https://evil.example/x.js'] }, content()],
      [{ type: 'part:load', part: 'picker', tabId: 8 }, content()],
      [{ type: 'part:load', part: 'picker', frameIds: [0] }, content()],
      [{ type: 'part:load', part: 'picker' }, { id: EXT, url: `${ORIGIN}src/popup/index.html` }],
      [{ type: 'part:load', part: 'picker' }, content({ url: 'https://evil.example/' })],
      [{ type: 'part:load', part: 'picker' }, content({ id: 'another-extension' })],
    ];
    for (const [msg, sender] of forged) expect((await route(msg, sender as never)).ok, JSON.stringify([msg, sender])).toBe(false);
    expect(injected).toEqual([]);
  });
});
