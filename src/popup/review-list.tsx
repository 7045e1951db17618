/**
 * The manager's review in the popup: counts per cause, filters and a name search over the whole
 * flagged list in memory, the first rows drawn and more on request (so ten thousand accounts open
 * as fast as fifty), and what a manager does with them: mark reviewed, snooze, judge, export.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { causeLabel } from '../core/render';
import type { CauseId, Level } from '../core/types';
import { formatDate } from '../i18n/t';
import type { FlaggedRow, ReviewStateData, TaskRow } from '../messages';
import { request } from '../messaging';
import { ExportBar } from '../ui/export-bar';
import { useLang, useT } from '../ui/i18n';
import { byName } from '../ui/verdict-text';
import { CauseChart } from './cause-chart';
import { applyFilters, facetCounts, facetValues, indexRows, NO_FILTERS, NONE, PAGE, statusCounts, type Filters, type StatusTab } from '../core/review-filter';
import type { Head } from './first-ask';
import { reviewItem } from './review-items';
import { ReviewRowView, SNOOZE_DAYS, siteLabel } from './review-row';
import './review.css';

const LEVELS: Level[] = ['critical', 'high', 'medium'];
const TABS: [StatusTab, 'review_status_open' | 'review_status_new' | 'review_status_snoozed' | 'review_status_cleared'][] = [
  ['open', 'review_status_open'], ['new', 'review_status_new'], ['snoozed', 'review_status_snoozed'], ['cleared', 'review_status_cleared'],
];

const NO_COUNTS = new Map<string, number>();
const NO_TASKS: TaskRow[] = [];

/**
 * Until the whole list is in (`rows`), the first screen the worker sent (`head`) is drawn with its
 * counts, and the filters wait: they work on the whole list.
 */
export function ReviewList({ rows, head, tasks, state }: {
  rows: FlaggedRow[] | null;
  head: Head | null;
  tasks: TaskRow[];
  state: ReviewStateData | null;
}) {
  const t = useT();
  const lang = useLang();
  const [f, setF] = useState<Filters>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const ix = useMemo(() => rows && indexRows(rows), [rows]);
  const list = useMemo(() => (ix ? applyFilters(ix, f) : head?.rows ?? []), [ix, f, head]);
  const facets = useMemo(() => (ix ? {
    cause: facetCounts(ix, f, 'cause'), level: facetCounts(ix, f, 'level'), owner: facetCounts(ix, f, 'owner'),
    site: facetCounts(ix, f, 'site'), status: statusCounts(ix, f),
  } : {
    cause: new Map(head?.causes), level: NO_COUNTS, owner: NO_COUNTS, site: NO_COUNTS,
    status: head?.statuses ?? { open: 0, new: 0, snoozed: 0, cleared: 0 },
  }), [ix, f, head]);
  const values = useMemo(() => (rows
    ? { cause: facetValues(rows, 'cause'), owner: facetValues(rows, 'owner'), site: facetValues(rows, 'site') }
    : { cause: [], owner: [], site: [] }), [rows]);
  const total = ix ? list.length : facets.status.open;
  const waiting = !rows;
  const tasksByAccount = useMemo(() => {
    const m = new Map<string, TaskRow[]>();
    for (const x of tasks) m.set(x.account, [...(m.get(x.account) ?? []), x]);
    return m;
  }, [tasks]);

  const filter = (patch: Partial<Filters>) => {
    setF({ ...f, ...patch });
    setShown(PAGE);
  };
  // Only what the filters show can be selected, so an action never reaches a row out of sight.
  const selected = list.filter((r) => picked.has(r.key));
  const allPicked = list.length > 0 && selected.length === list.length;
  // Stable across renders, so a row redraws only when its own data or selection changes.
  const toggle = useCallback((key: string, on: boolean) => setPicked((prev) => {
    const next = new Set(prev);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  }), []);
  const act = useCallback(async (keys: string[], snoozeDays?: number) => {
    try {
      await request({ type: 'review:set', keys, ...(snoozeDays !== undefined ? { snoozeDays: snoozeDays as 0 | 7 | 30 | 90 } : {}) });
      setPicked((prev) => new Set([...prev].filter((k) => !keys.includes(k))));
      setError(null);
    } catch (e) {
      setError(t('error_prefix', (e as Error).message));
    }
  }, [lang]);

  async function reviewAll() {
    try {
      await request({ type: 'review:all' });
    } catch (e) {
      setError(t('error_prefix', (e as Error).message));
    }
  }

  const count = (m: Map<string, number>, v: string) => m.get(v) ?? 0;
  const causeName = (c: string) => (c === NONE ? t('review_no_cause') : causeLabel(c as CauseId, lang));
  const filtered = f.level || f.cause || f.owner || f.site || f.query;
  const now = Date.now();

  return (
    <section class="rv" data-churnlens="review">
      <div class="rv-review" data-churnlens="review-state" data-new={state?.newCount ?? 0}>
        <span class="rv-review-text">
          {state?.reviewedAll
            ? t('review_new_since', state.newCount, formatDate(state.reviewedAll.at, lang), byName(state.reviewedAll.by, lang))
            : t('review_new_never', state?.newCount ?? 0)}
        </span>
        <button onClick={reviewAll}>{t('review_mark_all')}</button>
      </div>
      {error && <p class="cl-error">{error}</p>}

      <CauseChart counts={facets.cause} selected={f.cause} onPick={waiting ? undefined : (cause) => filter({ cause: cause as Filters['cause'] })} />

      <div class="rv-filters">
        <input
          type="search" class="rv-search" placeholder={t('review_search')} aria-label={t('review_search')} value={f.query} disabled={waiting}
          onInput={(e) => filter({ query: (e.target as HTMLInputElement).value })}
        />
        <select aria-label={t('review_level')} disabled={waiting} value={f.level} onChange={(e) => filter({ level: (e.target as HTMLSelectElement).value as Level | '' })}>
          <option value="">{t('review_all_levels')}</option>
          {LEVELS.map((l) => <option value={l}>{`${t(`level_${l}`)} (${count(facets.level, l)})`}</option>)}
        </select>
        <select aria-label={t('popup_col_cause')} disabled={waiting} value={f.cause} onChange={(e) => filter({ cause: (e.target as HTMLSelectElement).value as Filters['cause'] })}>
          <option value="">{t('review_all_causes')}</option>
          {values.cause.map((c) => <option value={c}>{`${causeName(c)} (${count(facets.cause, c)})`}</option>)}
        </select>
        <select aria-label={t('review_owner')} disabled={waiting} value={f.owner} onChange={(e) => filter({ owner: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('review_all_owners')}</option>
          {values.owner.map((o) => <option value={o}>{`${o === NONE ? t('review_no_owner') : o} (${count(facets.owner, o)})`}</option>)}
        </select>
        <select aria-label={t('review_site')} disabled={waiting} value={f.site} onChange={(e) => filter({ site: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('review_all_sites')}</option>
          {values.site.map((s) => <option value={s}>{`${siteLabel(s)} (${count(facets.site, s)})`}</option>)}
        </select>
      </div>

      <div class="pp-filters rv-tabs" role="radiogroup" aria-label={t('review_status')}>
        {TABS.map(([tab, label]) => (
          <button role="radio" aria-checked={f.status === tab} class={f.status === tab ? 'on' : ''} data-status={tab} disabled={waiting} onClick={() => filter({ status: tab })}>
            {t(label)} <b>{facets.status[tab]}</b>
          </button>
        ))}
      </div>

      {selected.length > 0 && (
        <div class="rv-bulk" data-churnlens="bulk">
          <div class="rv-bulk-actions">
            <strong>{t('review_selected', selected.length)}</strong>
            {f.status === 'snoozed' ? (
              <button onClick={() => act(selected.map((r) => r.key), 0)}>{t('review_wake')}</button>
            ) : (
              <>
                <button onClick={() => act(selected.map((r) => r.key))}>✓ {t('review_mark_reviewed')}</button>
                <span class="cl-muted">{t('review_snooze_for')}</span>
                {SNOOZE_DAYS.map((d) => <button onClick={() => act(selected.map((r) => r.key), d)}>{t('review_days', d)}</button>)}
              </>
            )}
          </div>
          <span class="cl-muted rv-bulk-hint">{t('review_export_hint')}</span>
          <ExportBar name="flagged-accounts" items={selected.map((r) => reviewItem(r, lang, now))} />
        </div>
      )}

      {list.length === 0 ? (
        <p class="pp-empty cl-muted">
          {t('review_none_match')}{' '}
          {filtered && <button class="rv-link" onClick={() => filter(NO_FILTERS)}>{t('review_clear_filters')}</button>}
        </p>
      ) : (
        <table class="pp-table rv-table">
          <thead>
            <tr>
              <th class="rv-check">
                <input
                  type="checkbox" aria-label={t('review_select_all', list.length)} checked={allPicked} disabled={waiting}
                  ref={(el) => {
                    if (el) el.indeterminate = selected.length > 0 && !allPicked;
                  }}
                  onChange={(e) => setPicked((e.target as HTMLInputElement).checked ? new Set([...picked, ...list.map((r) => r.key)]) : new Set())}
                />
              </th>
              <th>{t('popup_col_account')}</th>
              <th class="num">{t('popup_col_value')}</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, shown).map((r) => (
              <ReviewRowView
                key={r.key} row={r} tasks={tasksByAccount.get(r.key) ?? NO_TASKS} checked={picked.has(r.key)} onCheck={toggle} onReview={act}
              />
            ))}
          </tbody>
        </table>
      )}
      {total > shown && (
        <div class="rv-more">
          <span class="cl-muted">{t('review_count', shown, total)}</span>
          <button disabled={waiting} onClick={() => setShown(shown + PAGE)}>{t('review_more', Math.min(PAGE, total - shown))}</button>
        </div>
      )}
    </section>
  );
}
