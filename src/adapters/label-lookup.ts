/**
 * Labels and values in both directions, through the generic reader's pairing: the label shown
 * beside a value (to guess what a clicked value is, and to notice when a taught place now shows
 * another field), and the value shown beside a label (to read a field whose taught place is gone).
 */
import { readPairs } from './fields';
import { normaliseLabel } from './synonyms';
import { MAX_VALUE, text } from './text';
import { makeBudget, walk } from './walk';

/** How far above an element its pair may start (label and value share a parent or grandparent). */
const REACH = 3;
const PAIR_BUDGET = 2_000;

function* scopesAbove(el: Element): Generator<Element> {
  let scope = el.parentElement;
  for (let i = 0; scope && i < REACH; i++, scope = scope.parentElement) yield scope;
}

/** The label the page shows beside `el`'s value, or null when it shows none. */
export function labelBeside(el: Element): string | null {
  const shown = text(el);
  if (!shown) return null;
  for (const scope of scopesAbove(el)) {
    const pair = readPairs(scope, makeBudget(PAIR_BUDGET)).find(
      (p) => (p.el === el || p.el.contains(el) || el.contains(p.el)) && p.value.includes(shown),
    );
    if (pair) return pair.label;
  }
  return null;
}

/** The value the page shows beside `label` (compared normalised), or null. */
export function valueBeside(doc: Document, label: string): { raw: string; label: string } | null {
  const want = normaliseLabel(label);
  if (!want) return null;
  for (const el of walk(doc, makeBudget())) {
    if (el.children.length > 2 || normaliseLabel(text(el, 120)) !== want) continue;
    for (const scope of scopesAbove(el)) {
      const pair = readPairs(scope, makeBudget(PAIR_BUDGET)).find((p) => normaliseLabel(p.label) === want);
      if (pair) return { raw: pair.value.slice(0, MAX_VALUE), label: pair.label };
    }
  }
  return null;
}

/** Do two labels name the same thing, as the page might reword punctuation and case? */
export const sameLabel = (a: string, b: string) => normaliseLabel(a) === normaliseLabel(b);
