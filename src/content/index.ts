/**
 * The content script every page of a CRM origin loads. It has no imports and stays this small, so
 * a page with nothing to read costs next to nothing: a content script with imports pays for a
 * module loader, and the reader (main.ts, the adapters) for its compile. The reader is loaded once
 * the page shows something a reader could use (a table, grid or list, a form or a field, a
 * description list, or simply more than a bare page's worth of elements), or when the extension
 * asks this tab for something (teach the page, write a note). An app shell that renders later is
 * watched until it does.
 */
import type { Result } from '../messages';

/** What any reader starts from: a record's fields or history, a list's table, grid or items. */
const READABLE = 'table,[role=grid],[role=table],[role=row],[role=list],[role=feed],dl,ul,ol,form,input,select,textarea,[contenteditable],label';
/** Past this many elements in its body a page has structure worth a look, whatever it is built from. */
const SOME_STRUCTURE = 20;
const readable = () => (document.body?.getElementsByTagName('*').length ?? 0) > SOME_STRUCTURE || document.querySelector(READABLE) !== null;
/** The reader's built file (a fixed name: see vite.config.ts). */
const READER = 'assets/content-main.js';

type Answer = (raw: unknown) => Promise<Result<unknown>>;
let reader: Promise<Answer> | null = null;
const load = () => (reader ??= (import(/* @vite-ignore */ chrome.runtime.getURL(READER)) as Promise<{ start(): Answer }>).then((m) => m.start()));

// Only the extension itself (worker or its pages, never a tab) may talk to the content script.
chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || sender.tab) return false;
  load()
    .then((answer) => answer(raw))
    .then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  return true;
});

if (readable()) void load();
else {
  const watch = new MutationObserver(() => {
    if (!readable()) return;
    watch.disconnect();
    void load();
  });
  watch.observe(document.documentElement, { childList: true, subtree: true });
}
