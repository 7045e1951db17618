import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { dayOf, taskItem } from '../core/export/items';
import type { FlaggedRow, ReviewStateData, TaskRow } from '../messages';
import { formatMoney } from '../i18n/t';
import { useLang, useT } from '../ui/i18n';
import { useChanges } from '../ui/live';
import { ExportBar } from '../ui/export-bar';
import { openSidePanel } from '../ui/side-panel';
import { ask, firstAsk, firstHead, headIn, type Head } from './first-ask';
import { ReviewList } from './review-list';
import { SiteBar } from './site-bar';
import { TeachButton } from './teach-button';

export function PopupApp() {
  const t = useT();
  const lang = useLang();
  const changes = useChanges();
  const [head, setHead] = useState<Head | null>(headIn);
  const [rows, setRows] = useState<FlaggedRow[] | null>(null);
  const [tasks, setTasks] = useState<TaskRow[]>([]);
  const [review, setReview] = useState<ReviewStateData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    firstHead.then(setHead, (e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    const got = changes ? ask() : firstAsk;
    got.rows.then(setRows, (e: Error) => setError(e.message));
    got.tasks.then(setTasks, (e: Error) => setError(e.message));
    got.review.then(setReview, (e: Error) => setError(e.message));
  }, [changes]);

  const today = dayOf(Date.now());
  const overdue = tasks.filter((x) => x.due < today);
  // The first screen's counts stand in until the whole list is in.
  const open = rows?.filter((r) => r.status === 'new' || r.status === 'reviewed');
  const flagged = open?.length ?? head?.statuses.open;
  const total = open ? open.reduce((s, r) => s + r.valueAtRisk, 0) : head?.value;
  const none = rows ? rows.length === 0 : head?.total === 0;

  async function openPanel() {
    await openSidePanel();
    window.close();
  }

  return (
    <main class="pp">
      <header class="pp-head">
        <div>
          <h1>{t('popup_title')}</h1>
          {flagged !== undefined && <div class="cl-muted">{t('popup_subtitle', flagged, formatMoney(total ?? 0, lang))}</div>}
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
      {none && <p class="pp-empty cl-muted">{t('popup_empty')}</p>}
      {none === false && <ReviewList rows={rows} head={head} tasks={tasks} state={review} />}
    </main>
  );
}
