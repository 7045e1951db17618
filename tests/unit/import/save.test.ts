/**
 * Saving an import into IndexedDB (fake-indexeddb): rows join the accounts pages showed, by CRM id
 * or name; a second import of the same file adds nothing; a cancelled one leaves nothing.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/core/import/roles';
import { readRows, type ImportBatch } from '../../../src/core/import/rows';
import { tableFromText } from '../../../src/core/import/table';
import { closeDb, db } from '../../../src/storage/db';
import { loadHistory, recordReads } from '../../../src/storage/history';
import { ImportCancelled, saveImport, type ImportMeta } from '../../../src/storage/imports';
import { ImportError } from '../../../src/core/import/errors';
import { nameKey } from '../../../src/adapters/name-key';

const NOW = Date.UTC(2026, 11, 2);
const SITE = 'https://crm.example.cn';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

const batchOf = (csv: string): ImportBatch => {
  const t = tableFromText(csv);
  return readRows(t, guessMapping(t), NOW);
};
const save = (b: ImportBatch, meta: Partial<ImportMeta> = {}, cancelled = () => false) =>
  saveImport({ fileId: 'f1', fileName: 'x.csv', kind: 'activities', site: SITE, ...meta }, b.accounts, b.interactions, b.rows, 0, NOW, () => {}, cancelled);

/** Imported activity rows kept, over every block. */
const importedRows = async () => (await (await db()).getAll('activityBlocks')).reduce((n, b) => n + b.items.length, 0);

const ACTIVITIES = '客户编号,客户名称,跟进时间,跟进方式,跟进内容\n' +
  '1001,华东精密,2026-11-01,电话,客户说竞品更便宜\n' +
  '1002,星河科技,2026-11-02,拜访,续约讨论\n' +
  ',蓝海物流,2026-11-03,邮件,报价\n';

describe('saving an import', () => {
  it('joins page accounts by CRM id, then by name; others live under a name key pages merge into', async () => {
    await recordReads([
      { key: 'demo:1001', name: 'Huadong Precision', url: `${SITE}/customer/1001`, fields: {}, interactions: [] },
      { key: 'demo:2002', name: '蓝海物流', url: `${SITE}/customer/2002`, fields: {}, interactions: [] },
      { key: 'demo:1002', name: '星河科技', url: 'https://other.example.com/customer/1002', fields: {}, interactions: [] },
    ], NOW - 1000);
    const { keys, record } = await save(batchOf(ACTIVITIES));
    expect(keys).toEqual(['demo:1001', nameKey(SITE, '星河科技'), 'demo:2002']);
    expect(record.added).toEqual({ accounts: 1, interactions: 3 });
    const h = await loadHistory('demo:1001');
    expect(h!.account.name).toBe('Huadong Precision');
    expect(h!.interactions.map((i) => [i.kind, i.source, i.text])).toEqual([['call', 'import', '电话: 客户说竞品更便宜']]);
    expect((await loadHistory(nameKey(SITE, '星河科技')))!.account.fields.crmId?.raw).toBe('1002');
  });

  it('a second import of the same file adds nothing; a later file joins by the id the first gave', async () => {
    const first = await save(batchOf(ACTIVITIES));
    const again = await save(batchOf(ACTIVITIES));
    expect(again.record.added).toEqual({ accounts: 0, interactions: 0 });
    expect(again.keys).toEqual(first.keys);
    const d = await db();
    expect(await importedRows()).toBe(3);
    expect(await d.count('snapshots')).toBe(0);
    // A later export that repeats these rows and adds one: one added, each row kept and shown once.
    const more = await save(batchOf(`${ACTIVITIES}1001,华东精密,2026-11-20,电话,续约确认\n`), { fileId: 'f3' });
    expect(more.record.added).toEqual({ accounts: 0, interactions: 1 });
    expect(await importedRows()).toBe(4);
    expect((await loadHistory(first.keys[0]!))!.interactions.map((i) => i.text)).toEqual(['电话: 客户说竞品更便宜', '电话: 续约确认']);
    const orders = batchOf('Account ID,Order Date,Amount\n1002,2026-10-01,"¥3,000"\n');
    const third = await save(orders, { fileId: 'f2', kind: 'orders' });
    expect(third.keys).toEqual([nameKey(SITE, '星河科技')]);
    expect(third.record.added).toEqual({ accounts: 0, interactions: 1 });
  });

  it('accounts with outcomes keep them; re-importing unchanged fields adds no snapshot', async () => {
    const csv = '客户编号,客户名称,负责人,客户状态\nA1,华东,张伟,已流失\nA2,星河,李娜,合作中\n';
    await save(batchOf(csv), { kind: 'accounts' });
    await save(batchOf(csv), { kind: 'accounts' });
    const h = await loadHistory(nameKey(SITE, '华东'));
    expect(h!.account.outcome).toBe('churned');
    expect(h!.account.fields.owner?.raw).toBe('张伟');
    expect(h!.snapshots).toHaveLength(1);
  });

  it('cancelled half-way: nothing of it stays', async () => {
    await recordReads([{ key: 'demo:1', name: 'Kept', fields: {}, interactions: [] }], NOW);
    const rows = Array.from({ length: 5000 }, (_, i) => `C${i % 700},客户${i % 700},2026-11-${String(1 + (i % 28)).padStart(2, '0')},电话,第${i}次`);
    const b = batchOf(`客户编号,客户名称,跟进时间,跟进方式,跟进内容\n${rows.join('\n')}\n`);
    let asked = 0;
    // 700 accounts and 10 blocks to write: cancelled after about half of them.
    await expect(save(b, {}, () => ++asked > 350)).rejects.toBeInstanceOf(ImportCancelled);
    const d = await db();
    expect([await d.count('accounts'), await d.count('activityBlocks'), await d.count('imports'), await d.count('snapshots')]).toEqual([1, 0, 0, 0]);
  });

  it('the disk full half-way (simulated quota): a clear error, and nothing of the import stays', async () => {
    await recordReads([{ key: 'demo:1', name: 'Kept', fields: {}, interactions: [] }], NOW);
    const rows = Array.from({ length: 3000 }, (_, i) => `C${i % 300},客户${i % 300},2026-11-${String(1 + (i % 28)).padStart(2, '0')},电话,第${i}次`);
    const b = batchOf(`客户编号,客户名称,跟进时间,跟进方式,跟进内容\n${rows.join('\n')}\n`);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'activityBlocks' && ++calls > 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const e = await save(b).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).key).toBe('imp_err_quota');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const d = await db();
    expect([await d.count('accounts'), await d.count('activityBlocks'), await d.count('imports'), await d.count('snapshots')]).toEqual([1, 0, 0, 0]);
  });
});
