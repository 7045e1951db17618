/** "Your name": who verdicts and reviews from this browser are recorded as; saved with the other settings. */
import { useT } from '../ui/i18n';

export function UserNameSection({ value, onChange }: { value?: string; onChange: (name: string) => void }) {
  const t = useT();
  return (
    <section class="cl-card" data-churnlens="user-name">
      <h2>{t('options_user_name')}</h2>
      <p class="cl-muted">{t('options_user_name_help')}</p>
      <input
        type="text" maxLength={80} value={value ?? ''} placeholder={t('review_me')} aria-label={t('options_user_name')}
        onInput={(e) => onChange((e.target as HTMLInputElement).value)}
      />
    </section>
  );
}
