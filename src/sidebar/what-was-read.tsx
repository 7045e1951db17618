/**
 * The fields and dated activities ChurnLens took from the CRM's pages, collapsed under a count, so
 * a user can see at a glance what the score rests on and teach the page when something is missing.
 */
import type { AccountViewData } from '../messages';
import { formatDate } from '../i18n/t';
import { useLang, useT } from '../ui/i18n';

/** Activities listed at most: the newest, which weigh most. */
const SHOWN = 30;

export function WhatWasRead({ view }: { view: AccountViewData }) {
  const t = useT();
  const lang = useLang();
  const fields = Object.entries(view.account.fields).filter(([, f]) => f.raw);
  const read = view.interactions.filter((i) => i.source === 'page').sort((a, b) => b.at - a.at);
  return (
    <section class="cl-card" data-churnlens="what-was-read">
      <details>
        <summary>
          <h2>{t('panel_read_title')}</h2>
          <span class="cl-muted sb-small">{t('panel_read_summary', fields.length, read.length)}</span>
        </summary>
        {!fields.length && !read.length && <p class="cl-muted sb-small">{t('panel_read_none')}</p>}
        {fields.length > 0 && (
          <dl class="sb-read-fields">
            {fields.map(([key, f]) => (
              <>
                <dt>{f.label ?? key}</dt>
                <dd>{f.raw}</dd>
              </>
            ))}
          </dl>
        )}
        {read.length > 0 && (
          <ul class="sb-read-acts">
            {read.slice(0, SHOWN).map((i) => (
              <li>
                <span class="cl-muted">{formatDate(i.at, lang)}</span> {i.text}
              </li>
            ))}
          </ul>
        )}
        <p class="cl-muted sb-small">{t('panel_read_hint', t('teach_button'))}</p>
      </details>
    </section>
  );
}
