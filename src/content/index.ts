/**
 * The content script every page of a CRM origin loads. Its built file has no imports (part-slot.ts
 * is bundled into it) and stays this small, so a page with nothing to read costs next to nothing:
 * a content script with imports pays for a module loader, and the reader (main.ts, the adapters)
 * for its compile. The reader is loaded once the page shows something a reader could use (a table,
 * grid or list, a form or a field, a description list, or simply more than a bare page's worth of
 * elements), or when the extension asks this tab for something (teach the page, write a note). An
 * app shell that renders later is watched until it does.
 *
 * The reader and what it loads on demand are parts (parts.ts) that the worker injects into this
 * frame when asked: nothing of ChurnLens is web-accessible, so a page cannot load or detect it.
 */
import type { Result } from '../messages';
import type { ContentPart, LoadPart, PartExports } from './parts';
import { connected, LIVE_GATE, PART_SLOT, STARTED_EVENT } from './part-slot';

/** What any reader starts from: a record's fields or history, a list's table, grid or items. */
const READABLE = 'table,[role=grid],[role=table],[role=row],[role=list],[role=feed],dl,ul,ol,form,input,select,textarea,[contenteditable],label';
/** Past this many elements in its body a page has structure worth a look, whatever it is built from. */
const SOME_STRUCTURE = 20;
const readable = () => (document.body?.getElementsByTagName('*').length ?? 0) > SOME_STRUCTURE || document.querySelector(READABLE) !== null;

const loading: Partial<Record<ContentPart, Promise<unknown>>> = {};
/**
 * Once per part and frame; the slot is read only after the worker's injection answered, since a
 * copy of an earlier version of ChurnLens (reloaded under this page) may have left its own there.
 */
const loadPart: LoadPart = <P extends ContentPart>(part: P) =>
  (loading[part] ??= chrome.runtime
    .sendMessage({ type: 'part:load', part })
    .then((res: Result<null> | undefined) => {
      const got = (globalThis as { [PART_SLOT]?: Partial<PartExports> })[PART_SLOT]?.[part];
      if (res?.ok && got) return got;
      throw new Error(res?.ok === false ? res.error : `no ${part}`);
    })
    .catch((e: unknown) => {
      delete loading[part];
      throw e;
    })) as Promise<PartExports[P]>;

type Answer = (raw: unknown) => Promise<Result<unknown>>;
let reader: Promise<Answer> | null = null;
const load = () => (reader ??= loadPart('reader').then((m) => m.start(loadPart)));

function start(): void {
  // Only the extension itself (worker or its pages, never a tab) may talk to the content script.
  chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || sender.tab) return false;
    load()
      .then((answer) => answer(raw))
      .then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true;
  });

  // An older copy still in this frame (ChurnLens was updated under the page) stops now.
  document.dispatchEvent(new CustomEvent(STARTED_EVENT));

  if (readable()) void load();
  else {
    const watch = new MutationObserver(() => {
      if (!connected()) return watch.disconnect();
      if (!readable()) return;
      watch.disconnect();
      void load();
    });
    watch.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener(STARTED_EVENT, () => connected() || watch.disconnect());
  }
}

const slot = globalThis as { [LIVE_GATE]?: () => boolean };
if (!slot[LIVE_GATE]?.()) {
  slot[LIVE_GATE] = connected;
  start();
}
