import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/browser';
import { dayOf } from '../../src/core/export/items';
import type { Task } from '../../src/core/types';
import type { AccountViewData, TaskRow } from '../../src/messages';
import { addDays, defaultDue } from '../../src/sidebar/due';
import { BADGE, useExtension } from './setup';

const env = useExtension();

describe('tasks from suggested actions', () => {
  it('makes a task from an action, lists it, ticks it off, and keeps it across a reload', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-0002`);
    await page.locator(`h1 ${BADGE}`).first().waitFor();
    const key = (await page.locator(`h1 ${BADGE}`).first().getAttribute('data-account-key'))!;
    const view = (await env.send<AccountViewData>({ type: 'account:view', key }))!;
    expect(view.score?.actions.length).toBeGreaterThan(0);
    const today = dayOf(Date.now());

    const panel = await env.b.context.newPage();
    const panelUrl = env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`);
    await panel.goto(panelUrl);
    const root = panel.locator('[data-churnlens="sidebar"]');
    const action = root.locator('[data-churnlens="actions"] li').first();
    await action.waitFor();
    const actionTitle = (await action.locator('.sb-action-title').textContent())!.trim();
    await expect.poll(() => root.locator('[data-churnlens="tasks"] li').count()).toBe(0);

    // The form starts from the action's words and a due day set by how urgent the account is.
    await action.getByRole('button', { name: 'Make task' }).click();
    const form = action.locator('[data-churnlens="task-form"]');
    const title = form.getByLabel('Task');
    const due = form.getByLabel('Due');
    expect(await title.inputValue()).toBe(actionTitle);
    expect(await due.inputValue()).toBe(defaultDue(view.score!.level, today));
    await title.fill(`${actionTitle} with the CFO`);
    const chosen = addDays(today, 10);
    await due.fill(chosen);
    await form.getByRole('button', { name: 'Save task' }).click();
    await form.waitFor({ state: 'detached' });
    await action.locator('[data-churnlens="task-made"]').waitFor();

    const tasks = root.locator('[data-churnlens="tasks"]');
    const made = tasks.locator('li[data-status="open"]', { hasText: 'with the CFO' });
    await made.waitFor();
    expect(await made.locator('[data-due-state]').getAttribute('data-due-state')).toBe('later');
    const stored = (await env.send<AccountViewData>({ type: 'account:view', key }))!.tasks;
    expect(stored).toEqual([expect.objectContaining({
      title: `${actionTitle} with the CFO`, due: chosen, status: 'open', account: key, action: expect.any(String),
    })]);

    // A task already past its day is listed first and marked overdue.
    const late = await env.send<Task>({ type: 'task:add', key, title: 'Send the renewal quote', due: addDays(today, -2) });
    const first = tasks.locator('li[data-status="open"]').first();
    await expect.poll(() => first.getAttribute('data-task-id')).toBe(late.id);
    await expect.poll(() => first.locator('[data-due-state]').getAttribute('data-due-state')).toBe('overdue');
    expect(await first.textContent()).toContain('Overdue');

    // The manager's popup counts both, one of them overdue, and lists them for export.
    const popup = await env.b.context.newPage();
    await popup.goto(env.b.extensionUrl('src/popup/index.html'));
    await popup.locator('[data-churnlens="open-tasks"]').waitFor();
    expect(await popup.locator('[data-churnlens="open-tasks"]').textContent()).toContain('Open tasks: 2 · overdue: 1');
    const open = await env.send<TaskRow[]>({ type: 'task:list' });
    expect(open.map((x) => x.id)[0]).toBe(late.id);
    expect(open.every((x) => x.accountName === view.account.name)).toBe(true);
    await popup.close();

    await made.getByRole('checkbox').click();
    await tasks.locator('li[data-status="done"]', { hasText: 'with the CFO' }).waitFor({ state: 'attached' });
    await expect.poll(() => tasks.locator('li[data-status="open"]').count()).toBe(1);

    await panel.reload();
    await tasks.waitFor();
    await expect.poll(() => tasks.locator('li[data-status="open"]').count()).toBe(1);
    await expect.poll(() => tasks.locator('details summary').textContent()).toBe('Done (1)');
    const kept = (await env.send<AccountViewData>({ type: 'account:view', key }))!.tasks.find((x) => x.title.endsWith('with the CFO'))!;
    expect(kept.status).toBe('done');
    expect(kept.doneAt).toBeGreaterThan(kept.createdAt);

    // Export: a Salesforce task import file with both tasks, downloaded from the panel.
    await panel.getByLabel('Format').selectOption('salesforce');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Subject,ActivityDate,Status,Priority,Description,WhatId,Account Name');
    expect(csv).toContain(`${actionTitle} with the CFO,${chosen},Completed`);
    expect(csv).toContain(`Send the renewal quote,${addDays(today, -2)},Not Started`);
    expect(download.suggestedFilename()).toMatch(/^churnlens-.+-salesforce\.csv$/);

    // Copy: the same tasks as text, grouped under the account, the late one flagged.
    await env.b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: 'Copy as text' }).click();
    await panel.getByRole('status').waitFor();
    const text = await panel.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe(view.account.name);
    expect(text).toContain(`[ ] Send the renewal quote — due ${addDays(today, -2)} (overdue)`);
    expect(text).toContain(`[x] ${actionTitle} with the CFO — done ${today}`);

    await panel.close();
    await page.close();
  });
});
