/**
 * Writing back where the CRM opens its follow-up form from a button (写跟进): the form is opened and
 * filled, saved when nothing the CRM requires is unknown, else left open with the user told what to fill.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/browser';
import { BADGE, pageErrors, useExtension, writeFirstAction } from './setup';

const env = useExtension();

/** `first` runs once the page is badged, before the note is sent. */
async function openAndWrite(id: string, query = '', first?: (page: Page) => Promise<void>) {
  const page = await env.b.context.newPage();
  const errors = pageErrors(page);
  await page.goto(`${env.crm}/followup/customer.html?id=${id}${query}`);
  await page.locator(`h1 ~ ${BADGE}, h1 ${BADGE}`).first().waitFor({ timeout: 15_000 });
  const before = await page.locator('#followups tbody tr').count();
  await first?.(page);
  return { page, before, errors, ...(await writeFirstAction(env.b, page)) };
}

describe('writing a note where the composer opens from a button', () => {
  it('opens the form, fills the text, the type and today, and saves it into the follow-up table', async () => {
    const { page, panel, action, title, before, errors } = await openAndWrite('7731');
    await action.locator('.sb-done').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#followups tbody tr').count()).toBe(before + 1);
    const cells = await page.locator('#followups tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe(new Date().toISOString().slice(0, 10));
    expect(cells[1]).toBe('其他');
    expect(cells[2]).toContain(title.slice(0, 12));
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('writes once when a second copy of the content script starts in the tab, as an install racing the page load does', async () => {
    // What the worker's adoption of open tabs does when the page's own copy had not answered yet.
    const { page, panel, action, before } = await openAndWrite('7733', '', async (page) => {
      const tabId = await tabIdOf(env.b, page);
      await (await env.b.worker()).evaluate(async (tabId) => {
        const files = chrome.runtime.getManifest().content_scripts![0].js!;
        await chrome.scripting.executeScript({ target: { tabId }, files });
      }, tabId);
    });
    await action.locator('.sb-done').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#followups tbody tr').count()).toBe(before + 1);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await page.locator('#followups tbody tr').count()).toBe(before + 1);
    expect(await page.locator(`h1 ~ ${BADGE}, h1 ${BADGE}`).count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('leaves the form open, filled, when it needs a field only the user knows, and names it', async () => {
    const { page, panel, title, before, errors } = await openAndWrite('7732', '&contact=required');
    await expect.poll(() => panel.locator('[data-churnlens="actions"] .cl-error').textContent(), { timeout: 15_000 }).toMatch(/联系人/);
    expect(await page.locator('#followups tbody tr').count()).toBe(before);
    await expect.poll(() => page.locator('#f-body').inputValue()).toContain(title.slice(0, 12));
    expect(await page.locator('#f-kind').inputValue()).toBe('other');
    expect(await page.locator('#f-who').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});
