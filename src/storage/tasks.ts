import type { Task } from '../core/types';
import { accountRange, db } from './db';

export async function addTask(task: Task): Promise<void> {
  await (await db()).add('tasks', task);
}

/** One account's tasks, oldest first. */
export async function tasksOf(account: string): Promise<Task[]> {
  return (await db()).getAllFromIndex('tasks', 'byAccount', accountRange(account));
}

/** Every open task of every account, soonest due first. */
export async function openTasks(): Promise<Task[]> {
  return (await db()).getAllFromIndex('tasks', 'byStatusDue', IDBKeyRange.bound(['open', ''], ['open', '\uffff']));
}

/** Tick a task off, or reopen it; undefined when it no longer exists. */
export async function setTaskDone(id: string, done: boolean, at: number): Promise<Task | undefined> {
  const tx = (await db()).transaction('tasks', 'readwrite');
  const task = await tx.store.get(id);
  let next: Task | undefined;
  if (task) {
    const { doneAt: _, ...rest } = task;
    next = done ? { ...rest, status: 'done', doneAt: task.doneAt ?? at } : { ...rest, status: 'open' };
    await tx.store.put(next);
  }
  await tx.done;
  return next;
}

