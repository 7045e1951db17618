/**
 * Imported activity kept in blocks (fake-indexeddb): an account's history reads its rows out of
 * the blocks beside what pages showed; a name-keyed account whose record id turns up takes its
 * rows along; forgetting a site takes only that site's rows out of a block; models see each row once.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/adapters/name-key';
import { guessMapping } from '../../../src/core/import/roles';
import { readRows } from '../../../src/core/import/rows';
import { tableFromText } from '../../../src/core/import/table';
import { BLOCK_ROWS } from '../../../src/storage/activity-blocks';
import { closeDb, db } from '../../../src/storage/db';
import { allActivity, loadHistory, mergeAccount, recordReads } from '../../../src/storage/history';
import { saveImport } from '../../../src/storage/imports';
import { deleteSiteData } from '../../../src/storage/site-data';

const NOW = Date.UTC(2026, 11, 3);
const A = 'https://a.crm.example.cn';
const B = 'https://b.crm.example.cn';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

/** `n` follow-ups over `accounts` customers, as a Chinese CRM exports them. */
async function importFollowUps(n: number, accounts: number, site?: string, fileId = `file-${n}-${accounts}`) {
  const rows = Array.from({ length: n }, (_, i) => `C${i % accounts},客户${i % accounts},2026-10-${String(1 + (i % 28)).padStart(2, '0')},电话,第${i}次回访`);
  const t = tableFromText(`客户编号,客户名称,跟进时间,跟进方式,跟进内容\n${rows.join('\n')}\n`);
  const b = readRows(t, guessMapping(t), NOW);
  return saveImport({ fileId, fileName: 'follow-ups.csv', kind: 'activities', ...(site ? { site } : {}) }, b.accounts, b.interactions, b.rows, 0, NOW, () => {}, () => false);
}

describe('imported activity in blocks', () => {
  it('keeps many rows in few records, and each account reads back exactly its own rows', async () => {
    const { record } = await importFollowUps(2_400, 300, A);
    expect(record.added).toEqual({ accounts: 300, interactions: 2_400 });
    const d = await db();
    expect(await d.count('activityBlocks')).toBe(Math.ceil(2_400 / BLOCK_ROWS));
    expect(await d.count('interactions')).toBe(0);
    const h = await loadHistory(nameKey(A, '客户7'));
    expect(h!.interactions.map((i) => i.text)).toEqual(
      Array.from({ length: 8 }, (_, k) => 7 + 300 * k).sort((x, y) => (x % 28) - (y % 28) || x - y).map((i) => `电话: 第${i}次回访`),
    );
    expect(h!.interactions.every((i) => i.account === nameKey(A, '客户7') && i.source === 'import')).toBe(true);
    expect((await allActivity()).length).toBe(2_400);
  });

  it('shows page rows and imported rows of one account together, oldest first', async () => {
    await recordReads([{ key: 'demo:C1', name: '客户1', url: `${A}/customer/C1`, fields: {}, interactions: [{ id: 'h:1', at: Date.UTC(2026, 9, 15), kind: 'visit', source: 'page', text: '上门拜访' }] }], NOW);
    await importFollowUps(4, 2, A);
    const h = await loadHistory('demo:C1');
    expect(h!.interactions.map((i) => [i.source, i.text])).toEqual([
      ['import', '电话: 第1次回访'], ['import', '电话: 第3次回访'], ['page', '上门拜访'],
    ]);
  });

  it('moves a name-keyed account’s rows to its record id, leaving the block’s other rows', async () => {
    await importFollowUps(40, 4, A);
    const from = nameKey(A, '客户2');
    expect(await mergeAccount(from, 'demo:C2')).toBe(true);
    const moved = (await loadHistory('demo:C2'))!.interactions;
    expect(moved).toHaveLength(10);
    expect(moved.every((i) => i.account === 'demo:C2' && (i as { uid?: string }).uid === `demo:C2|${i.id}`)).toBe(true);
    expect((await loadHistory(nameKey(A, '客户3')))!.interactions).toHaveLength(10);
    const blocks = await (await db()).getAll('activityBlocks');
    expect(blocks.flatMap((b) => b.accounts)).not.toContain(from);
    expect((await allActivity()).length).toBe(40);
  });

  it('forgetting one site takes its rows out of a block that holds two sites, and nothing else', async () => {
    // No site chosen: the file's rows join accounts of both sites by id.
    await recordReads([
      { key: 'demo:C0', name: '客户0', url: `${A}/customer/C0`, fields: {}, interactions: [] },
      { key: 'other:C1', name: '客户1', url: `${B}/customer/C1`, fields: {}, interactions: [] },
    ], NOW);
    const d = await db();
    await d.put('accounts', { ...(await d.get('accounts', 'demo:C0'))!, fields: { crmId: { raw: 'C0' } } });
    await d.put('accounts', { ...(await d.get('accounts', 'other:C1'))!, fields: { crmId: { raw: 'C1' } } });
    await importFollowUps(20, 2);
    expect((await d.getAll('activityBlocks')).flatMap((b) => b.accounts).sort()).toEqual(['demo:C0', 'other:C1']);
    expect(await deleteSiteData(A)).toBe(1);
    expect(await loadHistory('demo:C0')).toBeNull();
    const left = await allActivity();
    expect(left).toHaveLength(10);
    expect(left.every((i) => i.account === 'other:C1')).toBe(true);
    expect((await d.getAll('activityBlocks')).flatMap((b) => b.accounts)).toEqual(['other:C1']);
  });
});
