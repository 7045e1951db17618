/**
 * Reading a recipes file a teammate exported: one recipe (the picker's "Copy JSON") or a list
 * ("Export all"). Everything is checked before anything is imported, and each problem names
 * the recipe and the field, so a hand-edited file can be fixed rather than guessed at.
 */
import * as v from 'valibot';
import { recordPathProblem } from '../adapters/record-path';
import { RecipeSchema, type PageRecipe } from '../messages';

export interface RecipeProblem {
  /** 1-based position of the recipe in the file. */
  index: number;
  origin: string;
  /** Dotted path inside the recipe, e.g. "fields.2.selector". */
  field: string;
  message: string;
}

export type RecipeFile =
  | { ok: true; recipes: PageRecipe[] }
  | { ok: false; kind: 'json'; message: string }
  | { ok: false; kind: 'shape' | 'empty' }
  | { ok: false; kind: 'invalid'; problems: RecipeProblem[] };

/** Selectors and the id pattern are run in the page later: reject what would throw there. */
function deepProblems(r: PageRecipe, doc: Document): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const probe = doc.createDocumentFragment();
  const selector = (sel: string, field: string) => {
    if (!sel) return;
    try {
      probe.querySelector(sel);
    } catch {
      out.push({ field, message: `“${sel}” is not a valid CSS selector` });
    }
  };
  selector(r.name.selector, 'name.selector');
  r.fields.forEach((f, i) => selector(f.selector, `fields.${i}.selector`));
  if (r.list) {
    selector(r.list.row, 'list.row');
    selector(r.list.name, 'list.name');
  }
  const pathProblem = r.recordPath === undefined ? null : recordPathProblem(r.recordPath);
  if (pathProblem) out.push({ field: 'recordPath', message: pathProblem });
  return out;
}

export function parseRecipeFile(text: string, doc: Document): RecipeFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: 'json', message: (e as Error).message };
  }
  const items = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : null;
  if (!items) return { ok: false, kind: 'shape' };
  if (items.length === 0) return { ok: false, kind: 'empty' };
  const problems: RecipeProblem[] = [];
  const recipes: PageRecipe[] = [];
  items.forEach((item, i) => {
    const origin = typeof (item as { origin?: unknown })?.origin === 'string' ? (item as { origin: string }).origin : '?';
    const r = v.safeParse(RecipeSchema, item);
    if (!r.success) {
      const issue = r.issues[0];
      const field = issue.path?.map((p) => String(p.key)).join('.') || '(recipe)';
      problems.push({ index: i + 1, origin, field, message: issue.message });
      return;
    }
    for (const p of deepProblems(r.output, doc)) problems.push({ index: i + 1, origin, ...p });
    recipes.push(r.output);
  });
  return problems.length ? { ok: false, kind: 'invalid', problems } : { ok: true, recipes };
}
