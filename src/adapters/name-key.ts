/**
 * The key of an account known only by its name (a list row with no link or id), scoped to the CRM
 * origin. Kept apart from the readers so the worker can compute it when the record page reveals
 * the real id, and move the history it gathered under the name to the id.
 */
export function nameKey(origin: string, name: string): string {
  const n = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 150);
  return `name:${origin}:${n}`;
}
