import { useEffect, useState } from 'preact/hooks';
import type { Action, Score, Task } from '../core/types';
import { dayOf, noteItem, taskItem } from '../core/export/items';
import { actionTitle, causeLabel, noteText, renderEvidence } from '../core/render';
import type { AccountViewData } from '../messages';
import { request } from '../messaging';
import { formatDate, formatMoney } from '../i18n/t';
import { CauseBars } from '../ui/cause-bars';
import { useLang, useT } from '../ui/i18n';
import { LevelPill } from '../ui/level-pill';
import { useChanges, useSettings } from '../ui/live';
import { RiskGauge } from '../ui/risk-gauge';
import { DEFAULT_USER_SETTINGS } from '../storage/defaults';
import { useActiveTab } from './active-tab';
import { defaultDue } from './due';
import { ExportBar } from '../ui/export-bar';
import { DueLabel, TaskForm, TaskList, type TaskDraft } from './tasks';
import { ReadProblems } from './read-problems';
import { WhatWasRead } from './what-was-read';
import { Trend } from './trend';
import { Verdicts } from './verdict';

export function SidebarApp() {
  const t = useT();
  const tabId = useActiveTab();
  const [key, setKey] = useState<string | null>(null);
  const [view, setView] = useState<AccountViewData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changes = useChanges();

  useEffect(() => {
    if (tabId === null) return;
    request({ type: 'tab:account', tabId })
      .then(async ({ key }) => {
        setKey(key);
        setView(key ? await request({ type: 'account:view', key }) : null);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, [tabId, changes]);

  return (
    <main data-churnlens="sidebar" class="sb">
      {error && <p class="cl-error">{t('error_prefix', error)}</p>}
      {!key || !view ? (
        <div class="sb-empty">
          <div class="sb-empty-icon" aria-hidden="true" />
          <h1>{t('panel_none_title')}</h1>
          <p class="cl-muted">{t('panel_none_body')}</p>
        </div>
      ) : (
        <AccountPanel view={view} tabId={tabId} />
      )}
    </main>
  );
}

function AccountPanel({ view, tabId }: { view: AccountViewData; tabId: number | null }) {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const { account, score } = view;
  const today = dayOf(Date.now());
  return (
    <>
      <header class="sb-head">
        <div class="sb-title">
          <h1 title={account.name}>{account.name}</h1>
          <span class="cl-muted sb-crm">{account.crm}</span>
        </div>
        {score && <LevelPill level={score.level} risk={score.risk} />}
      </header>

      {score && (
        <section class="cl-card sb-risk" data-churnlens="risk">
          <RiskGauge
            risk={score.risk}
            level={score.level}
            label={t('level_risk', t(`level_${score.level}`))}
            thresholds={settings?.thresholds ?? DEFAULT_USER_SETTINGS.thresholds}
          />
          <div class="sb-risk-facts">
            <div class="sb-fact-label">{t('panel_risk')}</div>
            <div class="sb-fact-value">{t('level_risk', t(`level_${score.level}`))}</div>
            <div class="sb-fact-label">{t('panel_value_at_risk')}</div>
            <div class="sb-fact-value">{formatMoney(score.valueAtRisk, lang)}</div>
            <div class="cl-muted sb-small">{t('panel_scored_at', formatDate(score.at, lang))}</div>
          </div>
        </section>
      )}

      <Trend score={score} days={view.scoreDays} thresholds={settings?.thresholds ?? DEFAULT_USER_SETTINGS.thresholds} />
      <Verdicts accountKey={account.key} score={score} />
      {score?.level === 'unknown' && score.unknownReason && (
        <section class="cl-card">
          <h2>{t('panel_unknown_reason')}</h2>
          <p>{renderEvidence(score.unknownReason, lang)}</p>
        </section>
      )}

      {score && <Uncaused score={score} />}
      {account.readProblems && <ReadProblems problems={account.readProblems} />}
      <WhatWasRead view={view} />
      {score && score.causes.length > 0 && <Causes score={score} />}
      {score && score.actions.length > 0 && (
        <Actions score={score} accountKey={account.key} tabId={tabId} tasks={view.tasks} today={today} />
      )}
      <TaskList tasks={view.tasks} today={today} />
      {score && score.contributions.some((c) => c.points > 0) && (
        <section class="cl-card">
          <h2>{t('panel_contributions')}</h2>
          <CauseBars contributions={score.contributions} />
        </section>
      )}
      <Notes view={view} tabId={tabId} />
      <section class="cl-card">
        <h2>{t('export_title')}</h2>
        <p class="cl-muted sb-small sb-export-hint">{t('export_hint_account')}</p>
        <ExportBar
          name={account.name}
          items={[...view.tasks.map((x) => taskItem(x, account.name)), ...[...view.notes].sort((a, b) => a.at - b.at).map((n) => noteItem(n, account.name))]}
        />
      </section>
      <p class="cl-muted sb-small sb-foot">
        {t('panel_history_counts', view.snapshots.length, view.interactions.length, view.notes.length)}
        {score && <> · {t('panel_model', score.model)}</>}
      </p>
    </>
  );
}

/** Signals that raise the risk without naming a cause (a CRM status), and what a thin score rests on. */
function Uncaused({ score }: { score: Score }) {
  const t = useT();
  const lang = useLang();
  const evidence = score.contributions.filter((c) => !c.cause && c.points > 0).flatMap((c) => c.evidence);
  if (!evidence.length && !score.basis) return null;
  return (
    <section class="cl-card" data-churnlens="basis">
      <h2>{t(score.basis ? 'panel_basis' : 'panel_uncaused')}</h2>
      {evidence.length > 0 && <ul class="sb-evidence">{evidence.map((e) => <li>{renderEvidence(e, lang)}</li>)}</ul>}
      {score.basis && <p class="cl-muted sb-small">{renderEvidence(score.basis, lang)}</p>}
    </section>
  );
}

function Causes({ score }: { score: Score }) {
  const t = useT();
  const lang = useLang();
  return (
    <section class="cl-card" data-churnlens="causes">
      <h2>{t('panel_causes')}</h2>
      {score.causes.slice(0, 2).map((c, i) => (
        <div class={`sb-cause ${i === 0 ? 'sb-cause-top' : ''}`} data-cause={c.cause}>
          <div class="sb-cause-head">
            <strong>{causeLabel(c.cause, lang)}</strong>
            <span class="cl-muted">{t('panel_confidence', Math.round(c.confidence * 100))}</span>
          </div>
          <div class="sb-conf"><span style={{ width: `${Math.round(c.confidence * 100)}%` }} /></div>
          <ul class="sb-evidence">
            {c.evidence.slice(0, 4).map((e) => (
              <li>
                {renderEvidence(e, lang)}
                {e.at !== undefined && <span class="cl-muted"> · {formatDate(e.at, lang)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Why a note did not reach the CRM: its form is left open for the user to finish, or there is no composer. */
const notWrittenText = (t: ReturnType<typeof useT>, missing?: string[]) =>
  missing?.length ? t('panel_note_needs', missing.join(', ')) : t('panel_not_written');

function Actions({ score, accountKey, tabId, tasks, today }: {
  score: Score;
  accountKey: string;
  tabId: number | null;
  tasks: Task[];
  today: string;
}) {
  const t = useT();
  const lang = useLang();
  const [done, setDone] = useState<Record<string, 'saved' | 'written'>>({});
  const [drafting, setDrafting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(a: Action, write: boolean) {
    try {
      const note = await request({ type: 'note:add', key: accountKey, text: noteText(a, score, lang), cause: a.cause });
      const res = write && tabId !== null ? await request({ type: 'note:write', tabId, noteId: note.id }) : null;
      setDone((d) => ({ ...d, [a.id]: res?.written ? 'written' : 'saved' }));
      setError(write && !res?.written ? notWrittenText(t, res?.missing) : null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function makeTask(a: Action, d: TaskDraft) {
    try {
      await request({ type: 'task:add', key: accountKey, title: d.title, due: d.due, action: a.id, cause: a.cause });
      setDrafting(null);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section class="cl-card" data-churnlens="actions">
      <h2>{t('panel_actions')}</h2>
      {error && <p class="cl-error">{t('error_prefix', error)}</p>}
      <ol class="sb-actions">
        {score.actions.slice(0, 5).map((a) => {
          const title = actionTitle(a, lang);
          const task = tasks.find((x) => x.action === a.id && x.status === 'open');
          return (
            <li data-action={a.id}>
              <div class="sb-action-title">{title}</div>
              <div class="sb-action-buttons">
                {done[a.id] ? (
                  <span class="sb-done">✓ {t(done[a.id] === 'written' ? 'panel_written' : 'panel_saved')}</span>
                ) : (
                  <>
                    <button onClick={() => save(a, false)}>{t('panel_add_note')}</button>
                    {tabId !== null && <button class="primary" onClick={() => save(a, true)}>{t('panel_write_crm')}</button>}
                  </>
                )}
                {task ? (
                  <span class="sb-task-made" data-churnlens="task-made">
                    ✓ {t('panel_task_saved')} · <DueLabel task={task} today={today} />
                  </span>
                ) : (
                  drafting !== a.id && (
                    <button class="sb-make-task" onClick={() => setDrafting(a.id)}>{t('panel_make_task')}</button>
                  )
                )}
              </div>
              {drafting === a.id && !task && (
                <TaskForm
                  draft={{ title, due: defaultDue(score.level, today) }}
                  today={today}
                  onSave={(d) => makeTask(a, d)}
                  onCancel={() => setDrafting(null)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Notes({ view, tabId }: { view: AccountViewData; tabId: number | null }) {
  const t = useT();
  const lang = useLang();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function add(write: boolean) {
    try {
      const note = await request({ type: 'note:add', key: view.account.key, text: draft });
      const res = write && tabId !== null ? await request({ type: 'note:write', tabId, noteId: note.id }) : null;
      setDraft('');
      setError(!write || res?.written ? null : notWrittenText(t, res?.missing));
    } catch (e) {
      setError((e as Error).message);
    }
  }
  const notes = [...view.notes].sort((a, b) => b.at - a.at).slice(0, 5);
  return (
    <section class="cl-card">
      <h2>{t('panel_notes')}</h2>
      {error && <p class="cl-error">{t('error_prefix', error)}</p>}
      <textarea
        class="sb-draft"
        rows={3}
        placeholder={t('panel_note_placeholder')}
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
      />
      <div class="sb-note-buttons">
        <button disabled={!draft.trim()} onClick={() => add(false)}>{t('panel_save_note')}</button>
        {tabId !== null && (
          <button class="primary" disabled={!draft.trim()} onClick={() => add(true)}>{t('panel_write_crm')}</button>
        )}
      </div>
      <ul class="sb-notes">
        {notes.map((n) => (
          <li>
            <div class="sb-note-text">{n.text}</div>
            <div class="cl-muted sb-small">
              {formatDate(n.at, lang)}
              {n.writtenBackAt && <> · ✓ {t('panel_written')}</>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
