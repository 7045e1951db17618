/** The pages the user taught ChurnLens, per site: look, delete, and share as a JSON file. */
import { useEffect, useState } from 'preact/hooks';
import type { PageRecipe } from '../messages';
import { request } from '../messaging';
import { formatDate } from '../i18n/t';
import { useLang, useT } from '../ui/i18n';
import { download } from '../ui/download';
import { useChanges } from '../ui/live';
import { parseRecipeFile } from './recipe-file';

export function RecipesSection() {
  const t = useT();
  const lang = useLang();
  const changes = useChanges();
  const [recipes, setRecipes] = useState<PageRecipe[] | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    request({ type: 'recipe:list' }).then(
      (got) => setRecipes([...got].sort((a, b) => a.origin.localeCompare(b.origin))),
      (e: Error) => setStatus({ ok: false, lines: [t('error_prefix', e.message)] }),
    );
  }, [changes, reload]);

  async function remove(origin: string) {
    if (!confirm(t('recipes_delete_confirm', new URL(origin).host))) return;
    try {
      await request({ type: 'recipe:delete', origin });
      setReload((n) => n + 1);
    } catch (e) {
      setStatus({ ok: false, lines: [t('error_prefix', (e as Error).message)] });
    }
  }

  function exportAll() {
    download(`churnlens-recipes-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(recipes ?? [], null, 2) + '\n', 'application/json');
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseRecipeFile(await file.text(), document);
    if (!parsed.ok) {
      const lines =
        parsed.kind === 'invalid' ? parsed.problems.slice(0, 8).map((p) => t('recipes_import_invalid', p.index, p.origin, p.field, p.message))
        : parsed.kind === 'json' ? [t('recipes_import_not_json', file.name, parsed.message)]
        : [t(parsed.kind === 'shape' ? 'recipes_import_shape' : 'recipes_import_none')];
      return setStatus({ ok: false, lines });
    }
    try {
      const { imported } = await request({ type: 'recipe:import', recipes: parsed.recipes });
      setStatus({ ok: true, lines: [t('recipes_imported', imported)] });
      setReload((n) => n + 1);
    } catch (e) {
      setStatus({ ok: false, lines: [t('error_prefix', (e as Error).message)] });
    }
  }

  return (
    <section class="cl-card op-recipes" data-churnlens="recipes">
      <h2>{t('recipes_title')}</h2>
      <p class="cl-muted">{t('recipes_help')}</p>
      {recipes && recipes.length === 0 && <p class="op-recipes-empty cl-muted">{t('recipes_empty')}</p>}
      {recipes && recipes.length > 0 && (
        <ul class="op-recipe-list">
          {recipes.map((r) => (
            <li data-origin={r.origin}>
              <div class="op-recipe-main">
                <b>{new URL(r.origin).host}</b>
                <span class="cl-muted">
                  {[
                    t('recipes_fields', r.fields.length),
                    ...(r.list ? [t('recipes_list_taught')] : []),
                    t('recipes_updated', formatDate(r.updatedAt, lang)),
                  ].join(' · ')}
                </span>
                {r.recordPath && <code>{r.recordPath}</code>}
              </div>
              <button onClick={() => remove(r.origin)}>{t('recipes_delete')}</button>
            </li>
          ))}
        </ul>
      )}
      <div class="op-recipe-tools">
        <button onClick={exportAll} disabled={!recipes?.length}>{t('recipes_export_all')}</button>
        <label class="op-file">
          <input type="file" accept="application/json,.json" onChange={(e) => importFile(e.currentTarget)} />
          <span>{t('recipes_import')}</span>
        </label>
      </div>
      {status && (
        <div class={status.ok ? 'op-ok' : 'cl-error'} role="status">
          {status.lines.map((l) => <div>{l}</div>)}
        </div>
      )}
    </section>
  );
}
