/** Follow-up tasks in the side panel: the small form that makes one, and the account's list. */
import { useState } from 'preact/hooks';
import type { Task } from '../core/types';
import { request } from '../messaging';
import { formatDate } from '../i18n/t';
import { useLang, useT } from '../ui/i18n';
import { dayToMs, dueState } from './due';

export interface TaskDraft {
  title: string;
  due: string;
}

/** Title and due day, both editable, saved with Enter or the button. */
export function TaskForm({ draft, today, onSave, onCancel }: {
  draft: TaskDraft;
  today: string;
  onSave: (d: TaskDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState(draft.title);
  const [due, setDue] = useState(draft.due);
  const [busy, setBusy] = useState(false);
  const valid = title.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(due);
  async function submit(e: Event) {
    e.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    try {
      await onSave({ title: title.trim(), due });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="sb-task-form" data-churnlens="task-form" onSubmit={submit}>
      <label class="sb-field sb-field-title">
        <span>{t('panel_task_title')}</span>
        <input type="text" value={title} maxLength={300} required onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </label>
      <label class="sb-field sb-field-due">
        <span>{t('panel_task_due')}</span>
        <input type="date" value={due} min={today} required onInput={(e) => setDue((e.target as HTMLInputElement).value)} />
      </label>
      <div class="sb-task-form-buttons">
        <button type="submit" class="primary" disabled={!valid || busy}>{t('panel_task_save')}</button>
        <button type="button" onClick={onCancel}>{t('panel_cancel')}</button>
      </div>
    </form>
  );
}

/** When a task is due, said the way it matters: overdue first and plainly. */
export function DueLabel({ task, today }: { task: Task; today: string }) {
  const t = useT();
  const lang = useLang();
  const day = formatDate(dayToMs(task.due), lang);
  if (task.status === 'done') {
    return <span class="sb-due" data-due-state="done">{t('panel_task_done_on', formatDate(task.doneAt ?? dayToMs(task.due), lang))}</span>;
  }
  const state = dueState(task.due, today);
  const label = state === 'overdue' ? t('panel_task_overdue', day) : state === 'today' ? t('panel_task_due_today') : t('panel_task_due_on', day);
  return <span class="sb-due" data-due-state={state}>{label}</span>;
}

export function TaskList({ tasks, today }: { tasks: Task[]; today: string }) {
  const t = useT();
  // Ticked but not yet confirmed by the worker: shown ticked at once, so the click is seen to count.
  const [pending, setPending] = useState<Map<string, boolean>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const open = tasks.filter((x) => x.status === 'open').sort((a, b) => a.due.localeCompare(b.due) || a.createdAt - b.createdAt);
  const done = tasks.filter((x) => x.status === 'done').sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));

  async function toggle(task: Task, isDone: boolean) {
    setPending((p) => new Map(p).set(task.id, isDone));
    try {
      await request({ type: 'task:done', id: task.id, done: isDone });
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending((p) => {
        const next = new Map(p);
        next.delete(task.id);
        return next;
      });
    }
  }

  const row = (task: Task) => (
    <li key={task.id} data-task-id={task.id} data-status={task.status} class={`sb-task ${task.status === 'open' ? dueState(task.due, today) : 'done'}`}>
      <input
        type="checkbox"
        id={`task-${task.id}`}
        checked={pending.get(task.id) ?? task.status === 'done'}
        disabled={pending.has(task.id)}
        aria-label={t('panel_task_toggle', task.title)}
        onChange={(e) => toggle(task, (e.target as HTMLInputElement).checked)}
      />
      <label for={`task-${task.id}`} class="sb-task-title">{task.title}</label>
      <DueLabel task={task} today={today} />
    </li>
  );

  return (
    <section class="cl-card" data-churnlens="tasks">
      <h2>
        {t('panel_tasks')}
        {open.length > 0 && <span class="sb-count">{open.length}</span>}
      </h2>
      {error && <p class="cl-error">{t('error_prefix', error)}</p>}
      {open.length === 0 ? <p class="cl-muted sb-small sb-tasks-none">{t('panel_tasks_none')}</p> : <ul class="sb-tasks">{open.map(row)}</ul>}
      {done.length > 0 && (
        <details class="sb-tasks-done">
          <summary class="cl-muted">{t('panel_tasks_done', done.length)}</summary>
          <ul class="sb-tasks">{done.slice(0, 20).map(row)}</ul>
        </details>
      )}
    </section>
  );
}
