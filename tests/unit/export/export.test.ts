import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Note, Task } from '../../../src/core/types';
import { EXPORT_FORMATS } from '../../../src/core/export/format-names';
import { exportTable, recordIdIn, toCsv } from '../../../src/core/export/formats';
import { dayOf, noteItem, subjectOf, taskItem } from '../../../src/core/export/items';
import { toText } from '../../../src/core/export/text';
import { causeLabel } from '../../../src/core/render';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const SF = 'salesforce:001Dn00000ABCDeIAF';
const open: Task = {
  id: 't1', account: SF, title: 'Send an ROI summary, with figures', due: '2026-12-01', status: 'open',
  action: 'act_price_roi', cause: 'price', createdAt: at(2026, 11, 28),
};
const done: Task = {
  id: 't2', account: 'hubspot:123:0-2:987', title: 'Call the new sponsor', due: '2026-11-20', status: 'done',
  createdAt: at(2026, 11, 10), doneAt: at(2026, 11, 19, 23),
};
const note: Note = { id: 'n1', account: 'demo:acc-7', at: at(2026, 11, 27, 9), text: 'Asked for a 10% discount.\nDecision by Friday.', cause: 'price' };
const items = [taskItem(open, 'Northwind, Inc.'), taskItem(done, '=HYPERLINK("x")'), noteItem(note, '华东贸易')];

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('export items', () => {
  it('takes calendar days in local time and first lines as subjects', () => {
    expect(dayOf(at(2026, 1, 5, 0))).toBe('2026-01-05');
    expect(dayOf(at(2026, 12, 31, 23))).toBe('2026-12-31');
    expect(subjectOf('  First line  \nsecond')).toBe('First line');
    const long = subjectOf('word '.repeat(40), 30);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('word…')).toBe(true);
  });
  it('turns a note into a completed activity dated the day it was written', () => {
    expect(items[2]).toMatchObject({ kind: 'note', status: 'done', day: '2026-11-27', completed: '2026-11-27', title: 'Asked for a 10% discount.' });
    expect(items[1]).toMatchObject({ kind: 'task', day: '2026-11-20', completed: '2026-11-19' });
  });
});

describe('CRM import formats', () => {
  it('Salesforce: Task fields, picklist values, WhatId only for Salesforce accounts', () => {
    const rows = parse(toCsv('salesforce', items, 'en'));
    expect(Object.keys(rows[0])).toEqual(['Subject', 'ActivityDate', 'Status', 'Priority', 'Description', 'WhatId', 'Account Name']);
    expect(rows[0]).toMatchObject({
      Subject: 'Send an ROI summary, with figures', ActivityDate: '2026-12-01', Status: 'Not Started',
      WhatId: '001Dn00000ABCDeIAF', 'Account Name': 'Northwind, Inc.', Description: `Suggested by ChurnLens for: ${causeLabel('price', 'en')}`,
    });
    expect(rows[1]).toMatchObject({ Status: 'Completed', WhatId: '' });
    expect(rows[2]).toMatchObject({ Subject: 'Note: Asked for a 10% discount.', Status: 'Completed', Description: note.text, 'Account Name': '华东贸易' });
  });
  it('HubSpot: task properties by label, company record id for HubSpot companies', () => {
    const rows = parse(toCsv('hubspot', items, 'en'));
    expect(Object.keys(rows[0])).toEqual(['Task Title', 'Due Date', 'Status', 'Priority', 'Task Type', 'Notes', 'Associated Company', 'Associated Company Record ID']);
    expect(rows.map((r) => r.Status)).toEqual(['Not started', 'Completed', 'Completed']);
    expect(rows.map((r) => r['Associated Company Record ID'])).toEqual(['', '987', '']);
    expect(recordIdIn('hubspot', 'hubspot:123:0-1:55')).toBe('');
  });
  it('Dynamics 365 and Zoho: their own column names and status values', () => {
    const dyn = parse(toCsv('dynamics', items, 'en'));
    expect(Object.keys(dyn[0])).toEqual(['Subject', 'Due', 'Activity Status', 'Priority', 'Description', 'Regarding']);
    expect(dyn.map((r) => r['Activity Status'])).toEqual(['Open', 'Completed', 'Completed']);
    const zoho = parse(toCsv('zoho', [taskItem({ ...open, account: 'zoho:org42:4150868000000225013' }, 'Acme')], 'en'));
    expect(zoho[0]).toMatchObject({ 'Due Date': '2026-12-01', Status: 'Not Started', 'Related To': 'Acme', 'Related To Id': '4150868000000225013' });
  });
  it('generic CSV speaks the user’s language and opens in Excel (BOM)', () => {
    const zh = toCsv('generic', items, 'zh_CN');
    expect(zh.startsWith('\uFEFF')).toBe(true);
    const rows = parse(zh);
    expect(Object.keys(rows[0])).toEqual(['客户', '客户 ID', '类型', '标题', '截止日期', '状态', '创建日期', '完成日期', '原因', '详情']);
    expect(rows[0]).toMatchObject({ 类型: '任务', 状态: '待办', 截止日期: '2026-12-01', 原因: causeLabel('price', 'zh_CN') });
    expect(rows[2]).toMatchObject({ 类型: '备注', 状态: '已完成', 截止日期: '', 详情: note.text });
    expect(toCsv('salesforce', items, 'zh_CN').startsWith('\uFEFF')).toBe(false);
  });
  it('quotes commas, quotes and new lines, and defuses spreadsheet formulas from page text', () => {
    for (const f of EXPORT_FORMATS) {
      const csv = toCsv(f, items, 'en');
      const rows = parse(csv);
      expect(rows).toHaveLength(items.length);
      expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    }
    expect(parse(toCsv('dynamics', items, 'en'))[1].Regarding).toBe(`'=HYPERLINK("x")`);
  });
  it('gives one row per item and the same header with no items', () => {
    for (const f of EXPORT_FORMATS) {
      const t = exportTable(f, [], 'en');
      expect(t.data).toEqual([]);
      expect(t.fields.length).toBeGreaterThan(4);
      expect(exportTable(f, items, 'en').data.every((r) => r.length === t.fields.length)).toBe(true);
    }
  });
});

describe('text export', () => {
  it('groups by account, marks overdue against today, lists notes after tasks', () => {
    const text = toText(items, 'en', '2026-12-02');
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).toContain(`Northwind, Inc.\nTasks:\n[ ] Send an ROI summary, with figures — due 2026-12-01 (overdue) · ${causeLabel('price', 'en')}`);
    expect(text).toContain('[x] Call the new sponsor — done 2026-11-19');
    expect(text).toContain('华东贸易\nNotes:\n- 2026-11-27 Asked for a 10% discount. / Decision by Friday.');
    expect(toText(items, 'en', '2026-12-01')).not.toContain('overdue');
    expect(toText(items, 'zh_CN', '2026-12-02')).toContain(`2026-12-01 截止 (已逾期) · ${causeLabel('price', 'zh_CN')}`);
  });
});
