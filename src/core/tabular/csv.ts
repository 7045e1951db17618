import Papa from 'papaparse';
import { TabularError } from './errors';
import { sheetRow, type Table } from './table';

/**
 * Parses CSV text (delimiter detected: comma, semicolon, tab, pipe; BOM and CRLF handled) into a
 * table. Blank lines are skipped; every other row must have as many fields as the header.
 */
export function parseCsv(text: string): Table {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new TabularError('tab_err_empty');
  const res = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy' });
  const quoteErr = res.errors.find((e) => e.type === 'Quotes');
  if (quoteErr) {
    const row = (quoteErr.row ?? 0) + 1;
    throw new TabularError('tab_err_quotes', [row, quoteErr.message], { row });
  }
  const [head, ...rows] = res.data;
  if (!head) throw new TabularError('tab_err_empty');
  // Spreadsheet exports often leave the index column unnamed; name it by position.
  const header = head.map((h, j) => h.trim() || `column ${j + 1}`);
  const seen = new Map<string, number>();
  header.forEach((h, j) => {
    const first = seen.get(h);
    if (first !== undefined) {
      throw new TabularError('tab_err_duplicate_column', [first + 1, j + 1, h], { column: h });
    }
    seen.set(h, j);
  });
  if (rows.length === 0) throw new TabularError('tab_err_no_rows');
  rows.forEach((r, i) => {
    if (r.length !== header.length) {
      throw new TabularError('tab_err_ragged', [sheetRow(i), r.length, header.length], { row: sheetRow(i) });
    }
  });
  return { header, rows };
}

/** A table as CSV text, quoted where needed, that parseCsv reads back cell for cell. */
export function writeCsv(table: Table): string {
  return `${Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\r\n' })}\r\n`;
}
