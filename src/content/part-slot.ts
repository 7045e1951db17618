/**
 * Where an injected part of the content script (parts.ts) leaves its exports: a property of the
 * content scripts' own global, which the page cannot see (Chrome's isolated world, Firefox's
 * sandbox). A module of its own because the gate must stay import-free: nothing else in the
 * extension's build imports this, so it is bundled into the gate rather than shared with it.
 */
export const PART_SLOT = 'churnlensParts';

/**
 * Fired on the document by a copy of the content script as it starts. A copy from before an update
 * of ChurnLens, cut off from the extension, hears it and stops watching the page (the new copy
 * takes its badges down). A page can fire it too, and stops nothing: only a copy that can no
 * longer reach its extension heeds it.
 */
export const STARTED_EVENT = 'churnlens:started';

/**
 * Where the copy of the content script that runs in this frame leaves its connected() check. A
 * second copy of the same version (the worker adopting open tabs as the page's own copy starts)
 * finds it live and stands down: two would answer every message, and write every note twice.
 */
export const LIVE_GATE = 'churnlensGate';

/** False once this copy's extension was updated, reloaded or removed under the page. */
export const connected = (): boolean => {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
};
