/** Edit the playbooks: each cause's actions, switched on or off and reworded in the user's language. */
import { PLAYBOOKS } from '../core/playbooks';
import { actionTitle, causeLabel } from '../core/render';
import { CAUSE_IDS, type CauseId } from '../core/types';
import type { UserSettings } from '../messages';
import { useLang, useT } from '../ui/i18n';

type Playbooks = NonNullable<UserSettings['playbooks']>;

export function PlaybooksSection({ value, onChange }: { value: Playbooks | undefined; onChange(v: Playbooks): void }) {
  const t = useT();
  const lang = useLang();
  const disabled = new Set(value?.disabled ?? []);
  const titles = value?.titles ?? {};
  const toggle = (id: string, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(id);
    else next.add(id);
    onChange({ ...value, disabled: [...next] });
  };
  const retitle = (id: string, text: string) => {
    const mine = { ...titles[id], [lang]: text.trim() || undefined };
    onChange({ ...value, titles: { ...titles, [id]: mine } });
  };
  return (
    <section class="cl-card" data-churnlens="playbooks">
      <h2>{t('options_playbooks')}</h2>
      <p class="cl-muted">{t('options_playbooks_help')}</p>
      <div class="op-pb">
        {CAUSE_IDS.map((cause: CauseId) => (
          <details>
            <summary>
              {causeLabel(cause, lang)}
              <span class="cl-muted"> · {PLAYBOOKS[cause].filter((id) => !disabled.has(id)).length}/{PLAYBOOKS[cause].length}</span>
            </summary>
            {PLAYBOOKS[cause].map((id) => (
              <div class={`op-pb-row ${disabled.has(id) ? 'off' : ''}`}>
                <input type="checkbox" checked={!disabled.has(id)} aria-label={actionTitle({ id, cause, titleKey: id, fit: 0 }, lang)}
                  onChange={(e) => toggle(id, (e.target as HTMLInputElement).checked)} />
                <input type="text" value={titles[id]?.[lang] ?? ''} disabled={disabled.has(id)}
                  placeholder={actionTitle({ id, cause, titleKey: id, fit: 0 }, lang)}
                  onInput={(e) => retitle(id, (e.target as HTMLInputElement).value)} />
              </div>
            ))}
          </details>
        ))}
      </div>
    </section>
  );
}
