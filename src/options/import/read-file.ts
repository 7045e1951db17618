/**
 * A chosen file → its table, ready to map. Spreadsheets are read by read-excel-file, loaded only
 * when an .xlsx is chosen so the options page does not carry it otherwise.
 */
import { sniff, type Encoding } from '../../core/import/decode';
import { ImportError } from '../../core/import/errors';
import { tableFromCells, tableFromText, type ImportTable } from '../../core/import/table';

export interface ReadFile {
  name: string;
  /** SHA-256 of the bytes: with the mapping, it recognises a file imported before. */
  hash: string;
  format: 'xlsx' | Exclude<Encoding, 'auto'>;
  table: ImportTable;
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256(data: BufferSource | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

export async function readFile(file: File, encoding: Encoding): Promise<ReadFile> {
  const buf = await file.arrayBuffer();
  const bytes = new Uint8Array(buf);
  const sniffed = sniff(bytes, encoding);
  const hash = await sha256(buf);
  if (sniffed.format === 'text') return { name: file.name, hash, format: sniffed.encoding, table: tableFromText(sniffed.text) };
  const { readSheet } = await import('read-excel-file/browser');
  let cells;
  try {
    cells = await readSheet(buf);
  } catch (e) {
    throw new ImportError('imp_err_xlsx', [(e as Error).message.slice(0, 120)]);
  }
  return { name: file.name, hash, format: 'xlsx', table: tableFromCells(cells as never) };
}
