/**
 * Importing CRM exports from the options page, in Chromium with the real worker and IndexedDB:
 * a few thousand follow-ups in each encoding and as .xlsx, an accounts file with outcomes joined
 * to an account read on the demo CRM, re-imports that add nothing, a cancel and a stopped worker
 * that leave nothing, malformed files refused with their message, and the per-row report.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accountsTable, activitiesTable, encode, toDelimited, toXlsx, type SampleEncoding } from '../../scripts/sample-exports';
import { BADGE, keptCounts, readStores, stopWorker, useExtension } from './setup';

const env = useExtension();
const SHOTS = '.tmp/e2e';

async function openOptions(lang: 'en' | 'zh_CN' = 'en'): Promise<Page> {
  const settings = await env.send<Record<string, unknown>>({ type: 'settings:get' });
  await env.send({ type: 'settings:set', settings: { ...settings, lang } });
  const page = await env.b.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(env.b.extensionUrl('src/options/index.html'));
  await page.getByTestId('import').waitFor();
  return page;
}

const choose = (page: Page, name: string, bytes: Uint8Array) =>
  page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });

/** What the import tests compare before and after: record counts, imported rows included. */
const counts = async () => {
  const k = await keptCounts(env.b);
  return { accounts: k.accounts, interactions: k.interactions, imports: k.imports.length, snapshots: k.snapshots };
};

async function importFile(page: Page, name: string, bytes: Uint8Array): Promise<string> {
  await choose(page, name, bytes);
  await page.getByTestId('import-start').click();
  const done = page.getByTestId('import-done');
  await done.waitFor({ timeout: 60_000 });
  return (await done.textContent())!;
}

describe('importing CRM history from the options page', () => {
  it('reads 2,500 follow-ups in each encoding and as .xlsx; the same rows again add nothing', async () => {
    const options = await openOptions();
    const table = activitiesTable(2500, 400);
    const files: [string, SampleEncoding | 'xlsx', string][] = [
      ['follow-ups.csv', 'utf-8', ','], ['follow-ups-bom.csv', 'utf-8-bom', ','], ['follow-ups.txt', 'utf-16le', '\t'],
      ['跟进记录-gbk.csv', 'gbk', ','], ['follow-ups.xlsx', 'xlsx', ''],
    ];
    let first = true;
    for (const [name, enc, sep] of files) {
      const bytes = enc === 'xlsx' ? await toXlsx(table) : encode(toDelimited(table, sep), enc);
      await choose(options, name, bytes);
      const mapping = options.getByTestId('import-mapping');
      await mapping.waitFor();
      expect(await mapping.getByRole('combobox', { name: '跟进时间' }).inputValue()).toBe('date');
      expect(await options.getByTestId('import-preview').locator('tbody tr').first().textContent()).toContain('华东精密 1号');
      const text = await importFile(options, name, bytes);
      // 400 accounts and 2,500 follow-ups the first time; every later encoding is the same rows.
      expect(text).toContain(first ? 'new accounts: 400 · new activities or orders: 2500' : 'new accounts: 0 · new activities or orders: 0');
      first = false;
    }
    expect(await counts()).toMatchObject({ accounts: 400, interactions: 2500, imports: 5 });
    // The same file with the same columns is recognised before it is imported again.
    await choose(options, 'follow-ups.csv', encode(toDelimited(table), 'utf-8'));
    await options.getByTestId('import-previous').waitFor();
    await options.close();
  });

  it('joins an accounts export to the account read on the CRM, keeps outcomes, and scores what it imported', async () => {
    const crm = await env.b.context.newPage();
    await crm.goto(`${env.crm}/accounts/acc-0002`);
    const badge = crm.locator(`h1 ${BADGE}`).first();
    await badge.waitFor();
    const key = (await badge.getAttribute('data-account-key'))!;
    const before = await counts();
    const table = accountsTable(300);
    table[1]![0] = key.slice(key.lastIndexOf(':') + 1);
    const options = await openOptions();
    await choose(options, '客户.csv', encode(toDelimited(table), 'gbk'));
    await expect.poll(() => options.getByTestId('import-kind').inputValue()).toBe('accounts');
    await expect.poll(() => options.getByTestId('import-site').inputValue()).toBe(env.crm);
    const text = await importFile(options, '客户.csv', encode(toDelimited(table), 'gbk'));
    expect(text).toContain('new accounts: 299');
    const stores = await readStores(env.b);
    const joined = (stores.accounts as { key: string; fields: Record<string, { raw: string }>; outcome?: string }[]).find((a) => a.key === key)!;
    expect(joined.fields.owner?.raw).toBe(table[1]![2]);
    const outcomes = (stores.accounts as { outcome?: string }[]).filter((a) => a.outcome === 'churned').length;
    expect(outcomes).toBe(table.slice(1).filter((r) => r[5] === '已流失').length);
    // Scoring follows the save; every imported account ends with a score.
    await expect.poll(async () => (await readStores(env.b)).scores!.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(before.accounts + 299);
    await crm.close();
    await options.close();
  });

  it('a cancelled import and one whose worker was stopped leave nothing; the report names each bad row', async () => {
    const options = await openOptions();
    const before = await counts();
    const big = encode(toDelimited(activitiesTable(60_000, 3000, Date.UTC(2026, 5, 1), 9)), 'utf-8');
    await choose(options, 'big.csv', big);
    await options.getByTestId('import-preview').waitFor();
    // A slowed page keeps the import on screen long enough to press Cancel as a person would.
    const cdp = await env.b.context.newCDPSession(options);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await options.getByTestId('import-start').click();
    await options.getByTestId('import-progress').waitFor();
    await options.getByTestId('import-cancel').click();
    await expect.poll(() => options.getByTestId('import-error').textContent(), { timeout: 60_000 }).toContain('Nothing was saved');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    expect(await counts()).toEqual(before);

    // The worker stopped between the rows and the commit: the commit finds nothing, says so, saves nothing.
    await choose(options, 'big.csv', big);
    await options.getByTestId('import-preview').waitFor();
    await options.getByTestId('import-start').click();
    await options.getByTestId('import-progress').waitFor();
    await stopWorker(env.b, options);
    await expect.poll(() => options.getByTestId('import-error').textContent(), { timeout: 60_000 }).toMatch(/nothing was saved/i);
    expect(await counts()).toEqual(before);

    const bad = '客户名称,下单日期,金额\n华东精密 1号,2026-01-05,"1,200"\n星河科技 1号,下个月,300\n,2026-01-07,5\n蓝海物流 1号,2026-01-08,很多\n';
    const text = await importFile(options, 'orders.csv', encode(bad, 'utf-8'));
    expect(text).toContain('rows skipped: 3');
    const report = options.getByTestId('import-report');
    expect(await report.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^3下单日期“下个月” is not a date\.Write the date as 2026-03-05/),
      expect.stringMatching(/^4客户名称Neither the account’s name nor its id is filled in\./),
      expect.stringMatching(/^5金额“很多” is not an amount\./),
    ]);
    mkdirSync(SHOTS, { recursive: true });
    await options.getByTestId('import').screenshot({ path: `${SHOTS}/import-report-en.png` });
    await options.close();
  });

  it('refuses malformed files whole, each with what is wrong and what to do', async () => {
    const options = await openOptions();
    const before = await counts();
    const utf8 = (s: string) => new TextEncoder().encode(s);
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty.csv', new Uint8Array(), /The file is empty/],
      ['garbage.csv', Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256), /not a table: it holds binary data/],
      ['dup.csv', utf8('客户名称,日期,客户名称\nA,2026-01-01,B\n'), /Columns 1 and 3 are both named “客户名称”/],
      ['quotes.csv', utf8('name,note\nA,"never closed\nB,x\n'), /Row 2: a quoted field is never closed/],
      ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /old Excel \.xls workbook/],
      ['broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /spreadsheet could not be read/],
      ['latin1.csv', Uint8Array.from([...utf8('name,city\nA,'), 0xff, 0xff, 0x0a]), /neither UTF-8 nor GBK/],
    ];
    for (const [name, bytes, message] of cases) {
      await choose(options, name, bytes);
      await expect.poll(() => options.getByTestId('import-error').textContent()).toMatch(message);
    }
    expect(await counts()).toEqual(before);
    await options.close();
  });

  it('looks right in both languages', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const lang of ['en', 'zh_CN'] as const) {
      const options = await openOptions(lang);
      await choose(options, 'orders.csv', encode(toDelimited([['Account ID', 'Account Name', 'Order Date', 'Amount', 'Note'],
        ['C00001', '华东精密 1号', '2026-11-02', '12,000.00', '年度续费'], ['C00002', 'Northwind Foods 1号', '2026-11-05', '3,400.50', 'Extra seats'],
        ['C00003', '星河科技 1号', '2026/11/09', '¥8,800', '增购模块'], ['C00004', '蓝海物流 1号', 'soon', '100', '']]), 'utf-8'));
      await options.getByTestId('import-preview').waitFor();
      await options.getByTestId('import').screenshot({ path: `${SHOTS}/import-mapping-${lang}.png` });
      await options.close();
    }
  });
});
