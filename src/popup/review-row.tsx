/**
 * One flagged account in the popup: a click opens its CRM page; the checkbox selects it; the ⋯
 * button opens what the manager can do with it (reviewed, snooze, a verdict).
 */
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { dayOf } from '../core/export/items';
import { causeLabel } from '../core/render';
import { formatDate, formatMoney } from '../i18n/t';
import type { FlaggedRow, TaskRow } from '../messages';
import { useLang, useT } from '../ui/i18n';
import { LevelPill } from '../ui/level-pill';
import { VerdictForm } from '../ui/verdict-form';
import { verdictLine } from '../ui/verdict-text';
import { RoseMark } from './rose-mark';

export const SNOOZE_DAYS = [7, 30, 90] as const;

/** A site as people know it: the host of its origin, or the CRM family's name. */
export const siteLabel = (site: string): string => site.replace(/^https?:\/\//, '');

const MARK: Record<FlaggedRow['status'], string> = { new: '●', reviewed: '✓', snoozed: '⏸', cleared: '○' };

export const ReviewRowView = memo(function ReviewRowView({ row: r, tasks, checked, onCheck, onReview }: {
  row: FlaggedRow;
  tasks: TaskRow[];
  checked: boolean;
  onCheck: (key: string, on: boolean) => void;
  /** Mark reviewed (no days), snooze for days, or bring back (0). */
  onReview: (keys: string[], days?: number) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const markTitle = r.status === 'new' ? t('review_row_new') : r.status === 'reviewed' ? t('review_row_reviewed')
    : r.status === 'snoozed' ? t('review_row_snoozed', formatDate(r.snoozedUntil ?? 0, lang)) : t('review_status_cleared');

  async function visit() {
    if (!r.url) return;
    await browser.tabs.create({ url: r.url });
    window.close();
  }
  const stop = (e: Event) => e.stopPropagation();

  return (
    <>
      <tr
        data-churnlens="flagged-row" data-account-key={r.key} data-risk-level={r.level} data-status={r.status} data-cause={r.cause ?? ""}
        tabIndex={0} class={`${r.url ? 'link' : ''} ${checked ? 'picked' : ''} rv-${r.status}`}
        onClick={visit} onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && visit()}
      >
        <td class="rv-check" onClick={stop}>
          <input type="checkbox" aria-label={t('review_select_row', r.name)} checked={checked} onChange={(e) => onCheck(r.key, (e.target as HTMLInputElement).checked)} />
        </td>
        <td class="rv-main">
          <div class="pp-name" title={r.name}>
            <span class="rv-mark" data-mark={r.status} title={markTitle} aria-label={markTitle}>{MARK[r.status]}</span>
            {r.name}
          </div>
          <div class="pp-meta">
            <LevelPill level={r.level} risk={r.risk} />
            <RoseMark rose={r.rose} />
            <span class="pp-cause">{r.cause ? causeLabel(r.cause, lang) : t('review_no_cause')}</span>
          </div>
          <div class="rv-sub cl-muted">
            {r.owner && <span class="rv-owner">{r.owner} ·</span>}
            <span class="rv-site" title={t('popup_seen', formatDate(r.at, lang))}>{siteLabel(r.site)}</span>
            <RowTasks tasks={tasks} />
          </div>
          {r.status === 'snoozed' && <div class="rv-note">⏸ {t('review_row_snoozed', formatDate(r.snoozedUntil ?? 0, lang))}</div>}
          {r.verdict && <div class="rv-note rv-verdict" data-churnlens="row-verdict">✎ {verdictLine(r.verdict, lang)}</div>}
        </td>
        <td class="num">
          <div class="pp-var">{formatMoney(r.valueAtRisk, lang)}</div>
          <button
            class="rv-open" aria-expanded={open} aria-label={t('review_row_actions', r.name)} title={t('review_row_actions', r.name)}
            onClick={(e) => (stop(e), setOpen(!open))}
          >⋯</button>
        </td>
      </tr>
      {open && (
        <tr class="rv-actions-row" data-churnlens="row-actions" data-account-key={r.key}>
          <td colSpan={3}>
            <div class="rv-actions">
              {r.status === 'snoozed' ? (
                <button onClick={() => onReview([r.key], 0)}>{t('review_wake')}</button>
              ) : (
                <>
                  <button onClick={() => onReview([r.key])}>✓ {t('review_mark_reviewed')}</button>
                  <span class="cl-muted">{t('review_snooze_for')}</span>
                  {SNOOZE_DAYS.map((d) => <button onClick={() => onReview([r.key], d)}>{t('review_days', d)}</button>)}
                </>
              )}
            </div>
            <VerdictForm accountKey={r.key} />
          </td>
        </tr>
      )}
    </>
  );
});

/** Open follow-ups on a flagged account, overdue ones called out. */
function RowTasks({ tasks }: { tasks: TaskRow[] }) {
  const t = useT();
  if (tasks.length === 0) return null;
  const late = tasks.filter((x) => x.due < dayOf(Date.now())).length;
  return (
    <span class="pp-row-tasks" data-churnlens="row-tasks" data-open={tasks.length} data-overdue={late}>
      {t('popup_row_tasks', tasks.length)}
      {late > 0 && <b class="pp-overdue">{t('popup_row_overdue', late)}</b>}
    </span>
  );
}
