/**
 * Where an injected part of the content script (parts.ts) leaves its exports: a property of the
 * content scripts' own global, which the page cannot see (Chrome's isolated world, Firefox's
 * sandbox). A module of its own because the gate must stay import-free: nothing else in the
 * extension's build imports this, so it is bundled into the gate rather than shared with it.
 */
export const PART_SLOT = 'churnlensParts';
