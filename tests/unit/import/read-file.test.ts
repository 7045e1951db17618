/**
 * Reading exported files: every encoding CRMs and Excel write, spreadsheets, and the malformed
 * files people really end up with. A broken file is refused whole with a message that says what
 * is wrong and what to do; a broken row is reported with its row number and skipped.
 */
import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import { sniff, type Encoding } from '../../../src/core/import/decode';
import { ImportError } from '../../../src/core/import/errors';
import { guessMapping } from '../../../src/core/import/roles';
import { readRows } from '../../../src/core/import/rows';
import { tableFromCells, tableFromText, type ImportTable } from '../../../src/core/import/table';
import { importStrings } from '../../../src/core/strings/import';
import { activitiesTable, encode, toDelimited, toXlsx, type SampleEncoding } from '../../../scripts/sample-exports';

const NOW = Date.UTC(2026, 11, 2);

async function read(bytes: Uint8Array, forced: Encoding = 'auto'): Promise<ImportTable> {
  const s = sniff(bytes, forced);
  if (s.format === 'text') return tableFromText(s.text);
  return tableFromCells(await readSheet(bytes.slice().buffer as ArrayBuffer) as never);
}

const fails = async (bytes: Uint8Array, forced: Encoding = 'auto') => {
  try {
    await read(bytes, forced);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('read did not fail');
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a few thousand follow-ups in each encoding', () => {
  const table = activitiesTable(3000, 250);
  const cases: [SampleEncoding, string][] = [['utf-8', ','], ['utf-8-bom', ','], ['utf-16le', '\t'], ['gbk', ','], ['gbk', ';']];
  it.each(cases)('%s, delimiter %j: every row, every account, the Chinese intact', async (enc, sep) => {
    const t = await read(encode(toDelimited(table, sep), enc));
    const m = guessMapping(t);
    expect(m).toEqual({ kind: 'activities', roles: ['accountId', 'name', 'date', 'type', 'text'] });
    const batch = readRows(t, m, NOW);
    expect(batch.problems).toEqual([]);
    expect(batch.interactions).toHaveLength(3000);
    expect(batch.accounts).toHaveLength(250);
    expect(batch.accounts[0]!.ref).toEqual({ id: 'C00001', name: '华东精密 1号' });
    expect(batch.interactions.map((i) => i.kind)).toContain('complaint');
  });

  it('.xlsx reads the same rows as the CSV', async () => {
    const fromXlsx = readRows(await read(await toXlsx(table)), guessMapping(await read(await toXlsx(table))), NOW);
    const csv = await read(encode(toDelimited(table), 'utf-8'));
    const fromCsv = readRows(csv, guessMapping(csv), NOW);
    expect(fromXlsx.interactions.map((i) => i.id)).toEqual(fromCsv.interactions.map((i) => i.id));
  });
});

describe('real labelled exports', () => {
  it.each([
    ['telco.csv', 'customerID', 'Churn', 7043, 1869],
    ['bank_churn_modelling.csv', 'CustomerId', 'Exited', 10000, 2037],
  ])('%s: accounts keyed by %s, outcome from %s', async (file, id, outcome, n, churned) => {
    const { existsSync, readFileSync } = await import('node:fs');
    const path = `../shared/data/${file}`;
    if (!existsSync(path)) return void console.warn(`skipped: ${path} is absent`);
    const t = await read(new Uint8Array(readFileSync(path)));
    const m = guessMapping(t);
    expect(m.kind).toBe('accounts');
    expect(m.roles[t.header.indexOf(id)]).toBe('accountId');
    expect(m.roles[t.header.indexOf(outcome)]).toBe('outcome');
    const b = readRows(t, m, NOW);
    expect(b.accounts).toHaveLength(n);
    expect(b.accounts.filter((a) => a.outcome === 'churned')).toHaveLength(churned);
  });
});

/** The malformed-file corpus: each is refused whole, with its own message. */
const refused: [string, () => Uint8Array | Promise<Uint8Array>, keyof typeof importStrings.en, Encoding?][] = [
  ['an empty file', () => new Uint8Array(), 'imp_err_empty_file'],
  ['only blank lines', () => utf8('\r\n\r\n  \n'), 'imp_err_empty_file'],
  ['only a BOM', () => utf8('\uFEFF'), 'imp_err_empty_file'],
  ['a header and no rows', () => utf8('客户名称,跟进时间\r\n'), 'imp_err_no_rows'],
  ['a header and blank rows', () => utf8('name,date\n\n\n'), 'imp_err_no_rows'],
  ['duplicate column names', () => utf8('客户名称,日期,客户名称\nA,2026-01-01,B\n'), 'imp_err_duplicate_column'],
  ['duplicates differing in case', () => utf8('Name,Date,NAME\nA,2026-01-01,B\n'), 'imp_err_duplicate_column'],
  ['duplicates in full-width', () => utf8('Ｎａｍｅ,Name\nA,B\n'), 'imp_err_duplicate_column'],
  ['an unclosed quote', () => utf8('name,note\nA,"never closed\nB,x\nC,y\n'), 'imp_err_quotes'],
  ['an unclosed quote on the last row', () => utf8('name,note\nA,x\nB,"open'), 'imp_err_quotes'],
  ['binary garbage', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'imp_err_binary'],
  ['a PNG image', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), 'imp_err_binary'],
  ['a PDF', () => utf8('%PDF-1.4\n\u0000\u0001\u0002 binary stream \u0000\u0000'), 'imp_err_binary'],
  ['an old .xls workbook', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'imp_err_xls'],
  ['NUL bytes in text', () => utf8('name,date\nA\u0000,2026-01-01\n'), 'imp_err_binary'],
  ['Latin-1 bytes that are no GBK', () => Uint8Array.from([...utf8('name,city\nA,'), 0xff, 0xff, 0x0a]), 'imp_err_encoding'],
  ['GBK read as UTF-8 by choice', () => encode('客户名称,日期\n华东,2026-01-01\n', 'gbk'), 'imp_err_encoding_forced', 'utf-8'],
  ['UTF-8 Chinese forced to UTF-16BE', () => utf8('客户名称,日期\n华东,2026-01-01\n'), 'imp_err_encoding_forced', 'utf-16be'],
  ['every row ragged', () => utf8('a,b,c\n1,2\n3,4\n5\n'), 'imp_err_all_ragged'],
];

describe('malformed files are refused whole, each with its own message', () => {
  it.each(refused)('%s', async (_name, bytes, key, forced) => {
    const e = await fails(await bytes(), forced);
    expect(e.key).toBe(key);
    expect(importStrings.zh_CN[e.key]).toBeTruthy();
  });
});

describe('rows that are wrong are reported by row and column, the rest read', () => {
  it('ragged rows, quotes across lines, bad dates and amounts', async () => {
    const csv = [
      '客户名称,下单日期,金额,备注',
      '华东精密,2026-01-05,"1,200.00","第一行',
      '跨行的备注"',
      '星河科技,2026-01-06,300',
      '蓝海物流,明年某天,300,x',
      '恒通制造,2026-01-08,很多,x',
      ',2026-01-09,100,x',
      '北辰软件,,100,x',
      '云帆教育,2026-01-10,,x',
      '金石医疗,2026/1/11,¥2,000,x',
    ].join('\n');
    const t = await read(utf8(csv));
    const m = guessMapping(t);
    expect(m.kind).toBe('orders');
    const b = readRows(t, m, NOW);
    expect(b.interactions.map((i) => [i.amount, i.text])).toEqual([[1200, '第一行\n跨行的备注']]);
    expect(b.problems.map((p) => [p.row, p.column ?? '', p.key])).toEqual([
      [3, '', 'imp_row_ragged'],
      [9, '', 'imp_row_ragged'],
      [4, '下单日期', 'imp_row_bad_date'],
      [5, '金额', 'imp_row_bad_amount'],
      [6, '客户名称', 'imp_row_no_account'],
      [7, '下单日期', 'imp_row_no_date'],
      [8, '金额', 'imp_row_no_amount'],
    ]);
    expect(b.problems.every((p) => p.skipped)).toBe(true);
    expect(b.rows).toBe(8);
  });

  it('an outcome it cannot read keeps the account and says so', async () => {
    const t = await read(utf8('客户编号,客户名称,是否流失\nA1,华东,是\nA2,星河,否\nA3,蓝海,也许\n'));
    const b = readRows(t, guessMapping(t), NOW);
    expect(b.accounts.map((a) => a.outcome)).toEqual(['churned', 'retained', undefined]);
    expect(b.problems).toEqual([{ row: 4, column: '是否流失', key: 'imp_row_bad_outcome', params: ['也许'], skipped: false }]);
  });

  it('the same row twice is one interaction id', async () => {
    const t = await read(utf8('客户名称,跟进时间,跟进内容\n华东,2026-01-05,回访\n华东,2026-01-05,回访\n华东,2026-01-06,回访\n'));
    const ids = readRows(t, guessMapping(t), NOW).interactions.map((i) => i.id);
    expect(new Set(ids).size).toBe(2);
  });
});

/** The same faults as every encoding CRMs export writes them: each is still refused with its own message. */
describe('malformed files in every encoding', () => {
  const faults: [string, string, keyof typeof importStrings.en][] = [
    ['header only', '客户名称,跟进时间,跟进内容\r\n', 'imp_err_no_rows'],
    ['duplicate headers', '客户名称,跟进时间,客户名称\r\n华东,2026-01-01,x\r\n', 'imp_err_duplicate_column'],
    ['unclosed quote', '客户名称,跟进内容\r\n华东,"没有结束的引号\r\n星河,x\r\n', 'imp_err_quotes'],
    ['every row ragged', '客户名称,跟进时间,跟进内容\r\n华东\r\n星河,2026-01-01\r\n', 'imp_err_all_ragged'],
    ['blank lines only', '\r\n \r\n\t\r\n', 'imp_err_empty_file'],
    ['too many rows', '', 'imp_err_too_many_rows'],
  ];
  const encodings: SampleEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'gbk'];
  const big = `客户名称,跟进时间\r\n${'华东,2026-01-01\r\n'.repeat(200_001)}`;
  it.each(faults.flatMap(([name, text, key]) => encodings.map((enc) => [name, enc, text, key] as const)))(
    '%s (%s)', async (_name, enc, text, key) => {
      const e = await fails(encode(text || big, enc));
      expect(e.key).toBe(key);
    },
  );

  it('a million-row export is refused before it is read whole', { timeout: 30_000 }, async () => {
    const million = `Account,Date\n${'Acme,2026-01-01\n'.repeat(1_000_000)}`;
    const e = await fails(utf8(million));
    expect(e.key).toBe('imp_err_too_many_rows');
    expect(e.message).toContain('200,000');
  });

  it('formulas in cells are kept as the text they are, never evaluated', async () => {
    const t = await read(utf8('客户名称,跟进时间,跟进内容\n"=HYPERLINK(""http://x"",""a"")",2026-01-05,"=cmd|\' /C calc\'!A0"\n+华东,2026-01-06,@SUM(1+1)\n'));
    const b = readRows(t, guessMapping(t), NOW);
    expect(b.interactions.map((i) => [i.ref.name, i.text])).toEqual([
      ['=HYPERLINK("http://x","a")', "=cmd|' /C calc'!A0"],
      ['+华东', '@SUM(1+1)'],
    ]);
  });
});
