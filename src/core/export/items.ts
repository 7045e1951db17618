/**
 * Tasks and notes flattened into one shape for export. A note travels as a completed activity
 * dated the day it was written: that is how every CRM's task import records work already done.
 */
import type { CauseId, Note, Task } from '../types';

export interface ExportItem {
  kind: 'task' | 'note';
  accountKey: string;
  accountName: string;
  title: string;
  /** Calendar day YYYY-MM-DD: the due day of a task, the day a note was written. */
  day: string;
  status: 'open' | 'done';
  /** Calendar day the task was made or the note written. */
  created: string;
  completed?: string;
  cause?: CauseId;
  body?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of an instant in the local time zone, as the user's date pickers show it. */
export function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A CRM subject line: the first line of the text, cut at a word near `max` characters. */
export function subjectOf(text: string, max = 80): string {
  const line = text.trim().split(/\r?\n/, 1)[0].trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export function taskItem(t: Task, accountName: string): ExportItem {
  return {
    kind: 'task', accountKey: t.account, accountName, title: t.title, day: t.due, status: t.status,
    created: dayOf(t.createdAt),
    ...(t.doneAt !== undefined ? { completed: dayOf(t.doneAt) } : {}),
    ...(t.cause ? { cause: t.cause } : {}),
  };
}

export function noteItem(n: Note, accountName: string): ExportItem {
  const day = dayOf(n.at);
  return {
    kind: 'note', accountKey: n.account, accountName, title: subjectOf(n.text), day, status: 'done',
    created: day, completed: day, body: n.text,
    ...(n.cause ? { cause: n.cause } : {}),
  };
}
