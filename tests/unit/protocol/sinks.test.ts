/**
 * The project's lint rule against markup sinks: page text (names, fields, notes, imported cells)
 * reaches the DOM only as text (Preact text nodes, textContent, attributes). A sink in src/ fails
 * here; an inert use must be listed below with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');
const SINKS = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|\beval\(|new Function\(|\bsrcdoc\s*=|['"`]javascript:/;
/** file → why its one match is safe. */
const INERT: Record<string, RegExp> = {
  // DOMParser builds a document that never runs scripts or loads anything; it is read, never shown.
  'adapters/walk.ts': /new DOMParser\(\)\.parseFromString/,
};

describe('markup sinks in src/', () => {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.(ts|tsx)$/.test(f));

  it('has none: page text is only ever set as text', () => {
    expect(files.length).toBeGreaterThan(50);
    const hits = files.flatMap((f) =>
      readFileSync(resolve(SRC, f), 'utf8').split('\n').flatMap((line, i) => (SINKS.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('parses HTML only where the parse is inert, and says why', () => {
    const parsers = files.filter((f) => /DOMParser|parseFromString/.test(readFileSync(resolve(SRC, f), 'utf8')));
    expect(parsers).toEqual(Object.keys(INERT));
    for (const [f, use] of Object.entries(INERT)) expect(readFileSync(resolve(SRC, f), 'utf8')).toMatch(use);
  });

  it('would catch each kind of sink', () => {
    for (const bad of ['el.innerHTML = name', 'x.insertAdjacentHTML("beforeend", s)', '<div dangerouslySetInnerHTML={{ __html: s }} />', 'eval(s)', 'a.href = "javascript:alert(1)"']) {
      expect(SINKS.test(bad), bad).toBe(true);
    }
  });
});
