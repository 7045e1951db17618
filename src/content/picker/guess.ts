/**
 * Which field a clicked value is: the label the page shows beside it, mapped through the zh/en
 * synonyms. The user confirms or changes the guess; an unlabelled value simply gets no guess.
 */
import { labelBeside } from '../../adapters/label-lookup';
import { canonicalField } from '../../adapters/synonyms';
import type { CanonicalField } from '../../core/types';

export function guessField(el: Element): { field: CanonicalField | null; label?: string } {
  const label = labelBeside(el);
  return label ? { field: canonicalField(label) ?? null, label } : { field: null };
}
