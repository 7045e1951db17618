/**
 * Which field a clicked value is: the label the page shows beside it, paired the way the generic
 * reader pairs labels and values, mapped through the zh/en synonyms. The user confirms or changes
 * the guess; an unlabelled value simply gets no guess.
 */
import { canonicalField, readPairs } from '../../adapters/generic';
import { text } from '../../adapters/text';
import { makeBudget } from '../../adapters/walk';
import type { CanonicalField } from '../../core/types';

const REACH = 3;

export function guessField(el: Element): { field: CanonicalField | null; label?: string } {
  const shown = text(el);
  if (!shown) return { field: null };
  let scope: Element | null = el.parentElement;
  for (let i = 0; scope && i < REACH; i++, scope = scope.parentElement) {
    const pair = readPairs(scope, makeBudget(2_000)).find(
      (p) => (p.el === el || p.el.contains(el) || el.contains(p.el)) && (p.value === shown || p.value.includes(shown)),
    );
    if (pair) return { field: canonicalField(pair.label) ?? null, label: pair.label };
  }
  return { field: null };
}
