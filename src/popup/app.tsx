import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { causeLabel } from '../core/render';
import type { Level } from '../core/types';
import { dayOf, taskItem } from '../core/export/items';
import type { FlaggedRow, TaskRow } from '../messages';
import { request } from '../messaging';
import { formatDate, formatMoney } from '../i18n/t';
import { useLang, useT } from '../ui/i18n';
import { LevelPill } from '../ui/level-pill';
import { useChanges } from '../ui/live';
import { ExportBar } from '../ui/export-bar';
import { openSidePanel } from '../ui/side-panel';
import { SiteBar } from './site-bar';
import { TeachButton } from './teach-button';
import { RoseMark } from './rose-mark';

const LEVELS: Level[] = ['critical', 'high', 'medium'];

export function PopupApp() {
  const t = useT();
  const lang = useLang();
  const changes = useChanges();
  const [rows, setRows] = useState<FlaggedRow[] | null>(null);
  const [filter, setFilter] = useState<Level | 'all'>('all');
  const [tasks, setTasks] = useState<TaskRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request({ type: 'flagged:list' }).then(setRows, (e: Error) => setError(e.message));
    request({ type: 'task:list' }).then(setTasks, (e: Error) => setError(e.message));
  }, [changes]);

  const today = dayOf(Date.now());
  const overdue = tasks.filter((x) => x.due < today);
  const tasksOf = (key: string) => tasks.filter((x) => x.account === key);

  const shown = (rows ?? []).filter((r) => filter === 'all' || r.level === filter);
  const total = (rows ?? []).reduce((s, r) => s + r.valueAtRisk, 0);
  const counts = Object.fromEntries(LEVELS.map((l) => [l, (rows ?? []).filter((r) => r.level === l).length]));

  async function open(row: FlaggedRow) {
    if (!row.url) return;
    await browser.tabs.create({ url: row.url });
    window.close();
  }

  async function openPanel() {
    await openSidePanel();
    window.close();
  }

  return (
    <main class="pp">
      <header class="pp-head">
        <div>
          <h1>{t('popup_title')}</h1>
          {rows && <div class="cl-muted">{t('popup_subtitle', rows.length, formatMoney(total, lang))}</div>}
        </div>
        <div class="pp-tools">
          <button onClick={openPanel}>{t('popup_open_panel')}</button>
          <button aria-label={t('popup_settings')} title={t('popup_settings')} onClick={() => browser.runtime.openOptionsPage()}>⚙</button>
        </div>
      </header>
      <SiteBar />
      <TeachButton />
      {error && <p class="cl-error">{t('error_prefix', error)}</p>}
      {tasks.length > 0 && (
        <section class="pp-tasks" data-churnlens="open-tasks">
          <div class="pp-tasks-head">
            <strong>{t('popup_tasks_summary', tasks.length, overdue.length)}</strong>
            <span class="cl-muted">{t('export_hint_all')}</span>
          </div>
          <ExportBar name="open-tasks" items={tasks.map((x) => taskItem(x, x.accountName))} />
        </section>
      )}
      {rows && rows.length > 0 && (
        <nav class="pp-filters" aria-label="filter">
          <button class={filter === 'all' ? 'on' : ''} onClick={() => setFilter('all')}>
            {t('popup_filter_all')} <b>{rows.length}</b>
          </button>
          {LEVELS.map((l) => (
            <button class={filter === l ? 'on' : ''} data-level={l} onClick={() => setFilter(l)}>
              {t(`level_${l}`)} <b>{counts[l]}</b>
            </button>
          ))}
        </nav>
      )}
      {rows && rows.length === 0 && <p class="pp-empty cl-muted">{t('popup_empty')}</p>}
      {shown.length > 0 && (
        <table class="pp-table">
          <thead>
            <tr>
              <th>{t('popup_col_account')}</th>
              <th>{t('popup_col_cause')}</th>
              <th class="num">{t('popup_col_value')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                data-churnlens="flagged-row"
                data-account-key={r.key}
                data-risk-level={r.level}
                tabIndex={0}
                class={r.url ? 'link' : ''}
                onClick={() => open(r)}
                onKeyDown={(e) => e.key === 'Enter' && open(r)}
              >
                <td>
                  <div class="pp-name" title={r.name}>{r.name}</div>
                  <div class="pp-meta">
                    <LevelPill level={r.level} risk={r.risk} />
                    <RoseMark rose={r.rose} />
                    <span class="cl-muted">{t('popup_seen', formatDate(r.at, lang))}</span>
                    <RowTasks tasks={tasksOf(r.key)} today={today} />
                  </div>
                </td>
                <td class="pp-cause">{r.cause ? causeLabel(r.cause, lang) : '—'}</td>
                <td class="num pp-var">{formatMoney(r.valueAtRisk, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

/** Open follow-ups on a flagged account, overdue ones called out. */
function RowTasks({ tasks, today }: { tasks: TaskRow[]; today: string }) {
  const t = useT();
  if (tasks.length === 0) return null;
  const late = tasks.filter((x) => x.due < today).length;
  return (
    <span class="pp-row-tasks" data-churnlens="row-tasks" data-open={tasks.length} data-overdue={late}>
      {t('popup_row_tasks', tasks.length)}
      {late > 0 && <b class="pp-overdue">{t('popup_row_overdue', late)}</b>}
    </span>
  );
}
