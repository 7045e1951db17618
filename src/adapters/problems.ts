/**
 * What a reader could not read or had to cut, as a code with its details after colons
 * ("too_deep:200", "value_too_long:500:Notes"). Codes, not prose: the content script carries no
 * sentences in one language, and whoever shows them words them in the user's language.
 */
export type ProblemCode =
  /** The element budget ran out; the rest of the page was not read. */
  | 'too_large'
  /** Nesting deeper than the depth limit (detail: the limit) was not read. */
  | 'too_deep'
  /** A timeline longer than the limit (detail) was cut. */
  | 'too_many_entries'
  /** Timeline entries (detail: how many) had no readable date and were left out. */
  | 'undated_entries'
  /** The name was cut to the limit (detail). */
  | 'name_too_long'
  /** A field value (details: the limit, the label) was cut. */
  | 'value_too_long'
  /** The page names no account. */
  | 'no_name'
  /** Reading threw (detail: the error); nothing but the key was kept. */
  | 'unreadable'
  /** A taught place holds nothing (details: the field, or "name", and the selector or label). */
  | 'taught_missing'
  /** A taught field was found beside its label instead (details: field, label); the page may have changed. */
  | 'taught_moved';

export const problem = (code: ProblemCode, ...details: (string | number)[]): string => [code, ...details].join(':');
