import { useEffect, useState } from 'preact/hooks';
import { LANG_SETTINGS, UserSettingsSchema, type UserSettings } from '../messages';
import { request } from '../messaging';
import { useT } from '../ui/i18n';
import * as v from 'valibot';
import { PlaybooksSection } from './playbooks';
import { UserNameSection } from './user-name';
import { RecipesSection } from './recipes';
import { ImportSection } from './import/section';
import { ModelView } from './model-view';
import { RevokedSites } from './revoked-sites';

export function OptionsApp() {
  const t = useT();
  const [s, setS] = useState<UserSettings | null>(null);
  const [competitors, setCompetitors] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    request({ type: 'settings:get' }).then((got) => {
      setS(got);
      setCompetitors(got.competitors.join('\n'));
    });
  }, []);
  if (!s) return null;

  async function save() {
    const next = { ...s!, competitors: competitors.split('\n').map((c) => c.trim()).filter(Boolean) };
    if (!v.safeParse(UserSettingsSchema, next).success) {
      setStatus({ ok: false, text: t('error_thresholds') });
      return;
    }
    try {
      await request({ type: 'settings:set', settings: next });
      setStatus({ ok: true, text: t('options_saved') });
      // The language is applied at page load; reload so every string follows the new choice.
      if (next.lang !== s!.lang) location.reload();
    } catch (e) {
      setStatus({ ok: false, text: t('error_prefix', (e as Error).message) });
    }
  }

  async function clear() {
    if (!confirm(t('options_clear_confirm'))) return;
    await request({ type: 'data:clear' });
    setStatus({ ok: true, text: t('options_cleared') });
  }

  const th = s.thresholds;
  const setTh = (k: keyof typeof th, val: string) => setS({ ...s, thresholds: { ...th, [k]: Number(val) } });

  return (
    <main class="op" data-churnlens="options">
      <h1>{t('options_title')}</h1>
      <RevokedSites />
      <section class="cl-card">
        <h2>{t('options_language')}</h2>
        <select value={s.lang} onChange={(e) => setS({ ...s, lang: (e.target as HTMLSelectElement).value as UserSettings['lang'] })}>
          {LANG_SETTINGS.map((l) => (
            <option value={l}>{l === 'auto' ? t('options_lang_auto') : l === 'en' ? 'English' : '简体中文'}</option>
          ))}
        </select>
      </section>
      <UserNameSection value={s.userName} onChange={(userName) => setS({ ...s, userName })} />
      <section class="cl-card">
        <h2>{t('options_thresholds')}</h2>
        <p class="cl-muted">{t('options_thresholds_help')}</p>
        <div class="op-th">
          {(['medium', 'high', 'critical'] as const).map((k) => (
            <label>
              <span class="cl-pill" data-level={k}>{t(`level_${k}`)}</span>
              <input type="number" min={1} max={100} value={th[k]} onInput={(e) => setTh(k, (e.target as HTMLInputElement).value)} />
            </label>
          ))}
        </div>
      </section>
      <section class="cl-card">
        <h2>{t('options_competitors')}</h2>
        <p class="cl-muted">{t('options_competitors_help')}</p>
        <textarea rows={4} value={competitors} onInput={(e) => setCompetitors((e.target as HTMLTextAreaElement).value)} />
      </section>
      <PlaybooksSection value={s.playbooks} onChange={(playbooks) => setS({ ...s, playbooks })} />
      <div class="op-save">
        <button class="primary" onClick={save}>{t('options_save')}</button>
        {status && <span class={status.ok ? 'op-ok' : 'cl-error'} role="status">{status.text}</span>}
      </div>
      <ImportSection />
      <ModelView />
      <RecipesSection />
      <section class="cl-card">
        <h2>{t('options_data')}</h2>
        <p class="cl-muted">{t('options_data_help')} <a href="/privacy.html" target="_blank" data-churnlens="privacy-link">{t('options_privacy')}</a></p>
        <button onClick={clear}>{t('options_clear')}</button>
      </section>
    </main>
  );
}
