/**
 * A recipe's record-id pattern: a regular expression on location.pathname with exactly one capture
 * group, the record id. Checked before use because recipes can come from hand-edited files.
 */

/** Why a pattern cannot be used, or null when it compiles and has exactly one capture group. */
export function recordPathProblem(pattern: string): string | null {
  try {
    // Appending "|" lets any pattern match '' and so report how many groups it has.
    const groups = new RegExp(`${pattern}|`).exec('')!.length - 1;
    return groups === 1 ? null : `needs exactly one capture group for the record id, has ${groups}`;
  } catch (e) {
    return (e as Error).message;
  }
}

export function recordPattern(pattern: string | undefined): RegExp | null {
  return pattern && !recordPathProblem(pattern) ? new RegExp(pattern) : null;
}
