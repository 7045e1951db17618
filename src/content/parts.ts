/**
 * The content script beyond its gate (index.ts), in parts that the worker injects on request into
 * the frame that asked (background/part-handlers.ts): the reader, which every CRM page with
 * something to read loads, and what the reader needs only when the user asks for it. Each is one
 * classic script with no import (built by scripts/content-parts.ts), because executeScript runs
 * files that way with nothing web-accessible: a page can neither load these files nor tell that
 * ChurnLens is installed. An injected part leaves its exports under PART_SLOT (part-slot.ts).
 */
export const CONTENT_PARTS = {
  reader: 'assets/content-main.js',
  picker: 'assets/content-picker.js',
  'note-writer': 'assets/content-note-writer.js',
} as const;

export type ContentPart = keyof typeof CONTENT_PARTS;
export const CONTENT_PART_NAMES = Object.keys(CONTENT_PARTS) as ContentPart[];

export interface PartExports {
  reader: typeof import('./main');
  picker: typeof import('./picker');
  'note-writer': typeof import('./note-writer');
}

/** The gate's way to a part: injected once per frame, then what it exports. */
export type LoadPart = <P extends ContentPart>(part: P) => Promise<PartExports[P]>;
