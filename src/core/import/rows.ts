/**
 * Mapped rows → what the worker stores: accounts (with their fields and outcome) and dated
 * interactions, each referring to its account by CRM id or name; the worker joins those to the
 * accounts it already knows. Every cell that cannot be read is reported with its row and column.
 */
import { kindOf, openState, stableHash } from '../../adapters/kinds';
import { parseAmount } from '../../adapters/parse-amount';
import { parseDate } from '../../adapters/parse-date';
import { canonicalField, DATE_FIELDS, labelUnit, NUMBER_FIELDS } from '../../adapters/synonyms';
import { outcomeFromStatus, type Outcome } from '../learn';
import type { FieldValue, InteractionKind } from '../types';
import { dateParts, isMissing, parseBoolean, parseNumber } from '../tabular/values';
import type { RowProblem } from './problems';
import type { Mapping } from './roles';
import type { ImportTable } from './table';

/** How a row names its account: the CRM's id when the file has one, else the name. */
export interface AccountRef {
  id?: string;
  name?: string;
}

export interface ImportedAccount {
  ref: AccountRef;
  fields: Record<string, FieldValue>;
  outcome?: Outcome;
}

export interface ImportedInteraction {
  ref: AccountRef;
  /** Stable over re-imports of the same row, so importing a file twice adds nothing. */
  id: string;
  at: number;
  kind: InteractionKind;
  text?: string;
  amount?: number;
  open?: boolean;
}

export interface ImportBatch {
  accounts: ImportedAccount[];
  interactions: ImportedInteraction[];
  problems: RowProblem[];
  /** Data rows the file held, skipped ones included. */
  rows: number;
}

const MAX_TEXT = 2_000;
const MAX_FIELD = 500;

/** Day-first or month-first for a column of 03/05/2024 dates: whichever its values prove, else month-first. */
function localeOf(cells: string[]): string {
  for (const c of cells) {
    const p = dateParts(c.split(/\s+/)[0]!);
    if (p?.order === 'xxy' && p.a > 12) return 'en-GB';
  }
  return 'en-US';
}

/** 20260305 and 2026-03-05[ 14:30[:00]], as most exports write dates, are read without the general parser. */
const PLAIN_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function readDate(raw: string, now: number, locale: string): number | undefined {
  const m = PLAIN_DATE.exec(raw.trim());
  if (m) {
    const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    const d = new Date(t);
    return d.getUTCDate() === +m[3]! && d.getUTCMonth() === +m[2]! - 1 && +(m[4] ?? 0) < 24 ? t : undefined;
  }
  return parseDate(raw, { now, locale });
}

const YES_NO = [['yes', 'no'], ['y', 'n'], ['true', 'false'], ['1', '0'], ['是', '否'], ['1.0', '0.0']] as const;

/** An outcome cell: churned/流失/已流失 words, or yes/no under a header that asks "churned?". */
function readOutcome(raw: string): Outcome | undefined | null {
  if (isMissing(raw)) return undefined;
  for (const pair of YES_NO) {
    const b = parseBoolean(raw, pair);
    if (b !== null) return b === 1 ? 'churned' : 'retained';
  }
  return outcomeFromStatus(raw) ?? null;
}

function fieldValue(header: string, raw: string, now: number, locale: string): [string, FieldValue] {
  const key = canonicalField(header) ?? header;
  const value: FieldValue = { raw: raw.slice(0, MAX_FIELD), label: header };
  if ((DATE_FIELDS as readonly string[]).includes(key)) {
    const d = readDate(raw, now, locale);
    if (d !== undefined) value.date = d;
  } else {
    const n = (NUMBER_FIELDS as readonly string[]).includes(key) ? parseAmount(raw) : parseNumber(raw);
    if (n !== undefined && n !== null) value.num = n * labelUnit(header);
  }
  return [key, value];
}

export function readRows(table: ImportTable, mapping: Mapping, now: number): ImportBatch {
  const col = (role: string) => mapping.roles.indexOf(role as never);
  const [idC, nameC, outC, dateC, typeC, textC, amountC] = ['accountId', 'name', 'outcome', 'date', 'type', 'text', 'amount'].map(col);
  const fieldCols = mapping.roles.flatMap((r, j) => (r === 'field' ? [j] : []));
  const locales = table.header.map((_, j) => localeOf(table.rows.slice(0, 500).map((r) => r[j]!)));
  const problems: RowProblem[] = [...table.problems];
  const accounts = new Map<string, ImportedAccount>();
  const interactions: ImportedInteraction[] = [];
  const h = (j: number) => table.header[j]!;

  table.rows.forEach((r, i) => {
    const row = table.lines[i]!;
    const cell = (j: number) => (j >= 0 && !isMissing(r[j]!) ? r[j]!.trim() : '');
    const ref: AccountRef = {};
    if (cell(idC)) ref.id = cell(idC).slice(0, 120);
    if (cell(nameC)) ref.name = cell(nameC).slice(0, 200);
    if (!ref.id && !ref.name) {
      const cols = [idC, nameC].filter((j) => j >= 0).map(h).join(' / ');
      problems.push({ row, column: cols, key: 'imp_row_no_account', skipped: true });
      return;
    }
    const refKey = ref.id ? `id:${ref.id}` : `name:${ref.name}`;

    if (mapping.kind === 'accounts') {
      const acc = accounts.get(refKey) ?? { ref, fields: {} };
      if (ref.name) acc.ref.name = ref.name;
      for (const j of fieldCols) {
        if (!cell(j)) continue;
        const [k, v] = fieldValue(h(j), cell(j), now, locales[j]!);
        acc.fields[k] = v;
      }
      const outcome = outC >= 0 ? readOutcome(r[outC]!) : outcomeFromStatus(acc.fields.status?.raw);
      if (outcome === null) problems.push({ row, column: h(outC), key: 'imp_row_bad_outcome', params: [cell(outC)], skipped: false });
      else if (outcome) acc.outcome = outcome;
      accounts.set(refKey, acc);
      return;
    }

    const rawDate = cell(dateC);
    const at = rawDate ? readDate(rawDate, now, locales[dateC]!) : undefined;
    if (at === undefined) {
      problems.push({ row, column: h(dateC), key: rawDate ? 'imp_row_bad_date' : 'imp_row_no_date', params: [rawDate], skipped: true });
      return;
    }
    let amount: number | undefined;
    if (cell(amountC)) {
      amount = parseAmount(cell(amountC)) ?? parseNumber(cell(amountC)) ?? undefined;
      if (amount === undefined) {
        problems.push({ row, column: h(amountC), key: 'imp_row_bad_amount', params: [cell(amountC)], skipped: mapping.kind === 'orders' });
        if (mapping.kind === 'orders') return;
      } else amount *= labelUnit(h(amountC));
    } else if (mapping.kind === 'orders') {
      problems.push({ row, column: h(amountC), key: 'imp_row_no_amount', skipped: true });
      return;
    }
    const text = cell(textC).slice(0, MAX_TEXT) || undefined;
    const words = `${cell(typeC)} ${text ?? ''}`;
    const kind: InteractionKind =
      mapping.kind === 'orders' ? (/回款|付款|收款|payment|paid|remittance/i.test(`${h(amountC)} ${words}`) ? 'payment' : 'order') : kindOf(words);
    const open = kind === 'ticket' || kind === 'complaint' ? openState(words) : undefined;
    const typeWord = cell(typeC).slice(0, 200);
    interactions.push({
      ref,
      id: `imp:${stableHash(`${refKey}|${at}|${kind}|${typeWord}|${text ?? ''}|${amount ?? ''}`)}`,
      at,
      kind,
      ...(text || typeWord ? { text: (typeWord && text ? `${typeWord}: ${text}` : (text ?? typeWord)).slice(0, MAX_TEXT) } : {}),
      ...(amount !== undefined ? { amount } : {}),
      ...(open !== undefined ? { open } : {}),
    });
    if (!accounts.has(refKey)) accounts.set(refKey, { ref, fields: {} });
  });
  return { accounts: [...accounts.values()], interactions, problems, rows: table.rows.length + table.problems.length };
}
