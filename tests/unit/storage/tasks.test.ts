import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../src/core/types';
import { clearAll, closeDb } from '../../../src/storage/db';
import { addTask, openTasks, setTaskDone, tasksOf } from '../../../src/storage/tasks';
import { accountsByKey, mergeAccount, recordReads } from '../../../src/storage/history';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

const task = (id: string, account: string, due: string, createdAt: number): Task => ({
  id, account, title: `Task ${id}`, due, status: 'open', createdAt, action: 'act_price_roi', cause: 'price',
});

describe('task storage', () => {
  it('lists one account’s tasks oldest first and every open task soonest due first', async () => {
    await addTask(task('a', 'demo:acc-1', '2026-12-10', 3));
    await addTask(task('b', 'demo:acc-1', '2026-12-01', 1));
    await addTask(task('c', 'demo:acc-2', '2026-11-20', 2));
    await addTask(task('d', 'demo:acc-10', '2026-11-25', 4));
    expect((await tasksOf('demo:acc-1')).map((t) => t.id)).toEqual(['b', 'a']);
    expect((await openTasks()).map((t) => t.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('marks a task done with the time, keeps it out of the open list, and can reopen it', async () => {
    await addTask(task('a', 'demo:acc-1', '2026-12-10', 1));
    await addTask(task('b', 'demo:acc-1', '2026-12-11', 2));
    const done = await setTaskDone('a', true, 5000);
    expect(done).toMatchObject({ id: 'a', status: 'done', doneAt: 5000, title: 'Task a', cause: 'price' });
    // Ticking it twice keeps the first completion time.
    expect((await setTaskDone('a', true, 9000))?.doneAt).toBe(5000);
    expect((await openTasks()).map((t) => t.id)).toEqual(['b']);
    expect((await tasksOf('demo:acc-1')).find((t) => t.id === 'a')?.status).toBe('done');
    const reopened = await setTaskDone('a', false, 9500);
    expect(reopened?.status).toBe('open');
    expect(reopened && 'doneAt' in reopened).toBe(false);
    expect((await openTasks()).map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('answers undefined for a task that is gone', async () => {
    expect(await setTaskDone('nope', true, 1)).toBeUndefined();
  });

  it('refuses a second task with the same id', async () => {
    await addTask(task('a', 'demo:acc-1', '2026-12-10', 1));
    await expect(addTask(task('a', 'demo:acc-2', '2026-12-10', 1))).rejects.toThrow();
    expect((await tasksOf('demo:acc-2'))).toEqual([]);
  });

  it('moves a name-keyed account’s tasks to its record id, with the rest of its history', async () => {
    await recordReads([{ key: 'name:https://crm.example.com:acme', name: 'Acme', fields: {}, interactions: [] }], 1);
    await addTask(task('a', 'name:https://crm.example.com:acme', '2026-12-10', 1));
    await addTask(task('b', 'demo:acc-2', '2026-12-10', 2));
    expect(await mergeAccount('name:https://crm.example.com:acme', 'demo:acc-9')).toBe(true);
    expect((await tasksOf('demo:acc-9')).map((t) => t.id)).toEqual(['a']);
    expect(await tasksOf('name:https://crm.example.com:acme')).toEqual([]);
    expect((await tasksOf('demo:acc-2')).map((t) => t.id)).toEqual(['b']);
  });

  it('finds the account of every task, each once, and none for a key it does not hold', async () => {
    await recordReads([
      { key: 'demo:acc-1', name: 'Acme', fields: {}, interactions: [] },
      { key: 'demo:acc-2', name: 'Globex', fields: {}, interactions: [] },
    ], 1);
    const found = await accountsByKey(['demo:acc-2', 'demo:acc-1', 'demo:acc-2', 'demo:gone']);
    expect([...found.keys()].sort()).toEqual(['demo:acc-1', 'demo:acc-2']);
    expect(found.get('demo:acc-2')?.name).toBe('Globex');
  });

  it('is forgotten with everything else', async () => {
    await addTask(task('a', 'demo:acc-1', '2026-12-10', 1));
    await clearAll();
    expect(await openTasks()).toEqual([]);
  });
});
