import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOf } from '../../scripts/browser';
import { baselineOf, utcDay } from '../../src/core/trend';
import type { ScoreDay } from '../../src/core/types';
import type { AccountViewData, FlaggedRow, UserSettings } from '../../src/messages';
import { BADGE, setWorkerClock, useExtension } from './setup';

const env = useExtension();
const SHOTS = '.tmp/e2e';
const DAY = 86_400_000;

/** A healthy account the test gives a competitor scare today, one at high risk all along, one seen today only. */
const RISING = 'acc-0009';
const STEADY = 'acc-0037';
const NEW = 'acc-0005';
/** Days back the worker's clock is set to for each visit; 100 lies outside the chart's 90 days. */
const VISITS = [100, 40, 20, 12, 5];

/** The worker's clock, moved `back` days into the past; each visit below checks the day it wrote. */
const setClock = (back: number) => setWorkerClock(env.b, -back * DAY);

/** One account's stored days, read in the worker (which the clock setting keeps awake). */
async function daysOf(key: string): Promise<ScoreDay[]> {
  return (await env.b.worker()).evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('churnlens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const days = await new Promise<ScoreDay[]>((ok) => {
      const r = db.transaction('scoreDays').objectStore('scoreDays').getAll(IDBKeyRange.bound([key, ''], [key, '\uffff']));
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return days;
  }, key);
}

/** Open an account's CRM page with the worker's clock `back` days behind, and wait for that day's score. */
async function visit(page: Page, id: string, back: number): Promise<string> {
  await setClock(back);
  await page.goto(`${env.crm}/accounts/${id}`);
  const key = (await page.locator(`h1 ${BADGE}`).first().getAttribute('data-account-key'))!;
  const day = utcDay(Date.now() - back * DAY);
  await expect.poll(async () => (await daysOf(key)).map((d) => d.day), { timeout: 15_000 }).toContain(day);
  return key;
}

describe('scores that move, and say why', () => {
  it('charts 90 days of risk, says what changed since a week back, and marks risen accounts in the popup', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await env.b.context.newPage();
    let rising = '';
    let steady = '';
    for (const back of VISITS) {
      rising = await visit(page, RISING, back);
      steady = await visit(page, STEADY, back);
    }
    await setClock(0);
    const fresh = await visit(page, NEW, 0);
    await visit(page, STEADY, 0);
    rising = await visit(page, RISING, 0);
    // Today a note says the customer is weighing a cheaper rival: the score's text signal appears.
    await env.send({ type: 'note:add', key: rising, text: '客户说竞品报价比我们低30%，正在评估换供应商，下个月决定。' });

    const today = utcDay(Date.now());
    const risingDays = await daysOf(rising);
    expect(risingDays.map((d) => d.day)).toEqual([...VISITS, 0].map((n) => utcDay(Date.now() - n * DAY)));
    expect(risingDays.at(-1)!.points.text).toBeGreaterThan(0);

    // The side panel beside the rising account's page.
    const panel = await env.b.context.newPage();
    await panel.setViewportSize({ width: 360, height: 1100 });
    await panel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`));
    const trend = panel.locator('[data-churnlens="trend"]');
    // Five points: the visit 100 days back is outside the chart's 90 days.
    await expect.poll(() => trend.locator('circle.tr-point').count()).toBe(5);
    expect(await trend.locator('circle.tr-point').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-day'))))
      .toEqual([40, 20, 12, 5, 0].map((n) => utcDay(Date.now() - n * DAY)));
    expect(await trend.locator('path.tr-line').count()).toBe(1);
    expect(await trend.locator('svg').getAttribute('aria-label')).toMatch(/^Risk by day over the last 90 days: 5 days scored/);

    // What changed: measured from the latest day a week or more back (12 days, not 5), the note first.
    const changed = trend.locator('[data-churnlens="what-changed"]');
    await expect.poll(() => changed.getAttribute('data-since')).toBe(utcDay(Date.now() - 12 * DAY));
    const top = changed.locator('li').first();
    expect(await top.getAttribute('data-feature')).toBe('text');
    expect(await top.getAttribute('data-kind')).toBe('appeared');
    expect(await top.locator('.tr-title').textContent()).toBe('New: What notes and tickets say: Competitor pull');
    expect(await top.textContent()).toContain('竞品报价比我们低30%');
    expect(await changed.locator('h3').textContent()).toMatch(/^What changed since /);

    await panel.screenshot({ path: `${SHOTS}/trend-panel-en.png`, fullPage: true });
    await trend.screenshot({ path: `${SHOTS}/trend-card-en.png` });

    // An account seen on one day only says so instead of drawing an empty chart.
    const other = await env.b.context.newPage();
    await other.goto(`${env.crm}/accounts/${NEW}`);
    await other.locator(`h1 ${BADGE}`).first().waitFor();
    const otherPanel = await env.b.context.newPage();
    await otherPanel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, other)}`));
    const one = otherPanel.locator('[data-churnlens="trend-one-day"]');
    await one.waitFor();
    expect(await one.textContent()).toMatch(/^Scored on one day so far/);
    expect(await otherPanel.locator('[data-churnlens="trend"] svg').count()).toBe(0);
    expect((await daysOf(fresh)).map((d) => d.day)).toEqual([today]);
    await otherPanel.close();
    await other.close();

    // The popup: the ↑ mark on the account whose level rose this week, and on no other.
    const flagged = await env.send<FlaggedRow[]>({ type: 'flagged:list' });
    const risingRow = flagged.find((r) => r.key === rising)!;
    const steadyRow = flagged.find((r) => r.key === steady)!;
    expect(risingRow.rose).toBe(true);
    // The steady account is flagged on both days at the same level: no rise.
    const steadyView = (await env.send<AccountViewData>({ type: 'account:view', key: steady }))!;
    expect(baselineOf(steadyView.scoreDays, Date.now())?.level).toBe(steadyRow.level);
    expect(steadyRow.rose).toBeUndefined();
    const popup = await env.b.context.newPage();
    await popup.goto(env.b.extensionUrl('src/popup/index.html'));
    await popup.locator('[data-churnlens="flagged-row"]').first().waitFor();
    const marked = popup.locator('[data-churnlens="flagged-row"]:has([data-churnlens="rose"])');
    expect(await marked.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-account-key')))).toEqual([rising]);
    const mark = marked.locator('[data-churnlens="rose"]');
    expect(await mark.getAttribute('aria-label')).toBe('Risk level rose this week');
    expect(await mark.getAttribute('title')).toBe('Risk level rose this week');
    await popup.screenshot({ path: `${SHOTS}/trend-popup-en.png` });

    // The same panel in Chinese.
    const settings = await env.send<UserSettings>({ type: 'settings:get' });
    await env.send({ type: 'settings:set', settings: { ...settings, lang: 'zh_CN' } });
    await panel.reload();
    await expect.poll(() => trend.locator('h2').textContent()).toBe('近 90 天风险走势');
    await expect.poll(() => changed.locator('li').first().locator('.tr-title').textContent()).toBe('新出现：备注和工单的内容：竞品争夺');
    expect(await trend.locator('circle.tr-point').count()).toBe(5);
    await panel.screenshot({ path: `${SHOTS}/trend-panel-zh.png`, fullPage: true });
    await trend.screenshot({ path: `${SHOTS}/trend-card-zh.png` });
    await popup.reload();
    await popup.locator('[data-churnlens="rose"]').waitFor();
    expect(await popup.locator('[data-churnlens="rose"]').getAttribute('aria-label')).toBe('本周风险等级上升');
    await popup.screenshot({ path: `${SHOTS}/trend-popup-zh.png` });
    await env.send({ type: 'settings:set', settings: { ...settings, lang: 'en' } });

    await popup.close();
    await panel.close();
    await page.close();
    // Thirteen page visits, each waited for in the worker, on a machine shared with other test runs.
  }, 180_000);
});
