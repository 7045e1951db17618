/**
 * Tasks and notes as CSV files each CRM's own importer takes: the column names its import wizard
 * maps without help, its picklist values for status and priority, days as YYYY-MM-DD (every one of
 * these importers accepts that form). Where the account came from the same CRM, its record id goes
 * in the column that links the activity to the account; otherwise the account's name does.
 */
import Papa from 'papaparse';
import { fill } from '../../i18n/define';
import { causeLabel } from '../render';
import type { Lang } from '../types';
import type { ExportFormat } from './format-names';
import type { ExportItem } from './items';
import { exportStrings } from './strings';

type Column = [header: string, value: (item: ExportItem, lang: Lang) => string];

const s = (lang: Lang, key: keyof typeof exportStrings.en, ...params: (string | number)[]) =>
  fill(exportStrings[lang][key], params);

/** What the activity is about: the note itself, or why ChurnLens suggested the task. */
const description = (i: ExportItem, lang: Lang) =>
  i.body ?? (i.cause ? s(lang, 'x_suggested', causeLabel(i.cause, lang)) : '');
const subject = (i: ExportItem, lang: Lang) => (i.kind === 'note' ? s(lang, 'x_note_subject', i.title) : i.title);

/** The account's record id in `crm`, when the key is one of that CRM's (see src/adapters). */
export function recordIdIn(crm: 'salesforce' | 'hubspot' | 'dynamics' | 'zoho', key: string): string {
  const parts = key.split(':');
  if (parts[0] !== crm) return '';
  // HubSpot keys are hubspot:<portal>:<objectType>:<id>; tasks associate with companies (0-2).
  if (crm === 'hubspot') return parts[2] === '0-2' ? parts[3] ?? '' : '';
  return parts[parts.length - 1];
}

const COLUMNS: Record<ExportFormat, (lang: Lang) => Column[]> = {
  // Data Loader / Data Import: Task object API names; WhatId links to the account.
  salesforce: () => [
    ['Subject', (i) => subject(i, 'en')],
    ['ActivityDate', (i) => i.day],
    ['Status', (i) => (i.status === 'done' ? 'Completed' : 'Not Started')],
    ['Priority', () => 'Normal'],
    ['Description', (i) => description(i, 'en')],
    ['WhatId', (i) => recordIdIn('salesforce', i.accountKey)],
    ['Account Name', (i) => i.accountName],
  ],
  // HubSpot task import: default task properties by label; the company is matched by record id or name.
  hubspot: () => [
    ['Task Title', (i) => subject(i, 'en')],
    ['Due Date', (i) => i.day],
    ['Status', (i) => (i.status === 'done' ? 'Completed' : 'Not started')],
    ['Priority', () => 'Medium'],
    ['Task Type', () => 'To-do'],
    ['Notes', (i) => description(i, 'en')],
    ['Associated Company', (i) => i.accountName],
    ['Associated Company Record ID', (i) => recordIdIn('hubspot', i.accountKey)],
  ],
  // Dynamics 365 Sales, Task activity (Import from CSV): display names; Regarding resolves by name.
  dynamics: () => [
    ['Subject', (i) => subject(i, 'en')],
    ['Due', (i) => i.day],
    ['Activity Status', (i) => (i.status === 'done' ? 'Completed' : 'Open')],
    ['Priority', () => 'Normal'],
    ['Description', (i) => description(i, 'en')],
    ['Regarding', (i) => i.accountName],
  ],
  // Zoho CRM Tasks module import: field labels; "Related To" is the account.
  zoho: () => [
    ['Subject', (i) => subject(i, 'en')],
    ['Due Date', (i) => i.day],
    ['Status', (i) => (i.status === 'done' ? 'Completed' : 'Not Started')],
    ['Priority', () => 'Normal'],
    ['Description', (i) => description(i, 'en')],
    ['Related To', (i) => i.accountName],
    ['Related To Id', (i) => recordIdIn('zoho', i.accountKey)],
  ],
  // For spreadsheets and CRMs without a task import: everything, in the user's language.
  generic: (lang) => [
    [s(lang, 'x_col_account'), (i) => i.accountName],
    [s(lang, 'x_col_account_id'), (i) => i.accountKey],
    [s(lang, 'x_col_type'), (i) => s(lang, i.kind === 'task' ? 'x_type_task' : 'x_type_note')],
    [s(lang, 'x_col_title'), (i) => i.title],
    [s(lang, 'x_col_due'), (i) => (i.kind === 'task' ? i.day : '')],
    [s(lang, 'x_col_status'), (i) => s(lang, i.status === 'done' ? 'x_status_done' : 'x_status_open')],
    [s(lang, 'x_col_created'), (i) => i.created],
    [s(lang, 'x_col_completed'), (i) => i.completed ?? ''],
    [s(lang, 'x_col_cause'), (i) => (i.cause ? causeLabel(i.cause, lang) : '')],
    [s(lang, 'x_col_details'), (i) => description(i, lang)],
  ],
};

/** The header and rows of `format`; CRM formats are in English because their importers are. */
export function exportTable(format: ExportFormat, items: readonly ExportItem[], lang: Lang): { fields: string[]; data: string[][] } {
  const cols = COLUMNS[format](lang);
  return { fields: cols.map(([h]) => h), data: items.map((i) => cols.map(([, value]) => value(i, lang))) };
}

/**
 * The CSV file. Cells a spreadsheet would run as a formula (=, +, -, @ first) are quoted with a
 * leading apostrophe: account names come from web pages. The generic file starts with a byte-order
 * mark so Excel reads Chinese correctly; CRM importers get plain UTF-8, which they all expect.
 */
export function toCsv(format: ExportFormat, items: readonly ExportItem[], lang: Lang): string {
  const csv = Papa.unparse(exportTable(format, items, lang), { escapeFormulae: true, newline: '\r\n' });
  return format === 'generic' ? `\uFEFF${csv}` : csv;
}
