/**
 * People's word on the open account: the verdict that stands (who, when, why, and what ChurnLens
 * computed under it), the form to give one, and the earlier ones, newest first.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Score, Verdict } from '../core/types';
import { dateFormat, type Lang } from '../i18n/t';
import { request } from '../messaging';
import { useLang, useT } from '../ui/i18n';
import { useChanges } from '../ui/live';
import { VerdictForm } from '../ui/verdict-form';
import { verdictLine } from '../ui/verdict-text';
import './verdict.css';

const when = (ms: number, lang: Lang) =>
  dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

export function Verdicts({ accountKey, score }: { accountKey: string; score: Score | null }) {
  const t = useT();
  const lang = useLang();
  const changes = useChanges(accountKey);
  const [list, setList] = useState<Verdict[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request({ type: 'verdict:list', key: accountKey }).then(setList, (e: Error) => setError(e.message));
  }, [accountKey, changes]);

  const [standing, ...earlier] = list;
  return (
    <section class="cl-card" data-churnlens="verdict">
      <h2>{t('verdict_title')}</h2>
      {error && <p class="cl-error">{t('error_prefix', error)}</p>}
      {standing ? (
        <div class="sb-verdict" data-kind={standing.kind}>
          <div class="sb-verdict-line">{verdictLine(standing, lang)}</div>
          <div class="cl-muted sb-small">
            {when(standing.at, lang)}
            {score?.computedLevel && <> · {t('verdict_computed', t(`level_${score.computedLevel}`))}</>}
          </div>
          {standing.kind === 'not_risk' && standing.level && <p class="cl-muted sb-small">{t('verdict_cleared', t(`level_${standing.level}`))}</p>}
        </div>
      ) : (
        <p class="cl-muted sb-small sb-verdict-none">{t('verdict_none')}</p>
      )}
      <VerdictForm accountKey={accountKey} />
      {earlier.length > 0 && (
        <div class="sb-verdicts-earlier">
          <h3>{t('verdict_history', earlier.length)}</h3>
          <ol data-churnlens="verdict-history">
            {earlier.map((v) => (
              <li data-kind={v.kind}>
                {verdictLine(v, lang)} <span class="cl-muted">· {when(v.at, lang)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
