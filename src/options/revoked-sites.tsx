/**
 * After the user took a CRM site's access back, ChurnLens still holds what it read there: ask once
 * whether to delete it, naming the site and how many accounts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RevokedSite } from '../messages';
import { request } from '../messaging';
import { formatDate } from '../i18n/t';
import { useLang, useT } from '../ui/i18n';
import { useChanges } from '../ui/live';

export function RevokedSites() {
  const t = useT();
  const lang = useLang();
  const changes = useChanges();
  const [sites, setSites] = useState<RevokedSite[]>([]);
  const [said, setSaid] = useState<string | null>(null);

  useEffect(() => {
    request({ type: 'site:revoked' }).then(setSites, () => {});
  }, [changes, said]);

  async function answer(origin: string, deleteData: boolean) {
    const host = new URL(origin).host;
    if (deleteData && !confirm(t('revoked_confirm', host))) return;
    const { deleted } = await request({ type: 'site:forget', origin, deleteData });
    setSaid(deleteData ? t('revoked_deleted', deleted, host) : t('revoked_kept', host));
  }

  if (!sites.length && !said) return null;
  return (
    <section class="cl-card op-revoked" data-testid="revoked-sites" role="region" aria-label={t('revoked_title')}>
      <h2>{t('revoked_title')}</h2>
      {sites.map((s) => (
        <div class="op-revoked-row" data-origin={s.origin}>
          <p>{t('revoked_line', new URL(s.origin).host, formatDate(s.at, lang), s.accounts)}</p>
          <div class="op-revoked-tools">
            <button class="danger" onClick={() => answer(s.origin, true)}>{t('revoked_delete')}</button>
            <button onClick={() => answer(s.origin, false)}>{t('revoked_keep')}</button>
          </div>
        </div>
      ))}
      {said && <p class="op-ok" role="status">{said}</p>}
    </section>
  );
}
