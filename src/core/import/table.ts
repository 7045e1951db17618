/**
 * A file's rows as the importer reads them: text through papaparse (delimiter detected), or a
 * spreadsheet's cells. Faults that make the whole file unreadable (unclosed quotes, duplicate
 * column names, no data) throw; a row that does not fit the header is reported and skipped, so one
 * broken line does not cost the rest of the file.
 */
import Papa from 'papaparse';
import { ImportError } from './errors';
import type { RowProblem } from './problems';

export interface ImportTable {
  header: string[];
  rows: string[][];
  /** The row number a spreadsheet shows for rows[i] (the header is row 1). */
  lines: number[];
  problems: RowProblem[];
}

type Cell = string | number | boolean | Date | null | undefined;

/**
 * Rows one import takes. A browser holds the whole file in memory on the way in, and beyond this
 * an import takes minutes; a bigger export is refused up front and imported in parts.
 */
export const MAX_IMPORT_ROWS = 200_000;
const tooMany = () => new ImportError('imp_err_too_many_rows', [MAX_IMPORT_ROWS.toLocaleString('en-US')]);

function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) {
    const iso = c.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return String(c).trim();
}

/** Header cells, then data rows; rows with no text at all are skipped like blank lines. */
export function tableFromCells(cells: readonly (readonly Cell[])[]): ImportTable {
  const texts = cells.map((r) => r.map(cellText));
  const first = texts.findIndex((r) => r.some((c) => c !== ''));
  if (first < 0) throw new ImportError('imp_err_empty_file');
  if (cells.length - first - 1 > MAX_IMPORT_ROWS) throw tooMany();
  const rawHeader = texts[first]!;
  const width = rawHeader.length - [...rawHeader].reverse().findIndex((c) => c !== '');
  const header = rawHeader.slice(0, width).map((h, j) => h || `column ${j + 1}`);
  assertUniqueHeader(header);
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: RowProblem[] = [];
  texts.slice(first + 1).forEach((r, i) => {
    if (!r.some((c) => c !== '')) return;
    const line = first + i + 2;
    if (r.slice(width).some((c) => c !== '')) {
      problems.push({ row: line, key: 'imp_row_ragged', params: [r.length, width], skipped: true });
      return;
    }
    rows.push(Array.from({ length: width }, (_, j) => r[j] ?? ''));
    lines.push(line);
  });
  if (rows.length === 0) throw new ImportError('imp_err_no_rows');
  return { header, rows, lines, problems };
}

export function tableFromText(text: string): ImportTable {
  if (text.trim() === '') throw new ImportError('imp_err_empty_file');
  // Parsing stops one row past the limit: a million-row file is refused without reading it all.
  const res = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', preview: MAX_IMPORT_ROWS + 2 });
  if (res.data.length > MAX_IMPORT_ROWS + 1) throw tooMany();
  const quote = res.errors.find((e) => e.type === 'Quotes');
  if (quote) throw new ImportError('imp_err_quotes', [(quote.row ?? 0) + 1]);
  const [head, ...data] = res.data;
  if (!head) throw new ImportError('imp_err_empty_file');
  const header = head.map((h, j) => h.trim() || `column ${j + 1}`);
  assertUniqueHeader(header);
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: RowProblem[] = [];
  data.forEach((r, i) => {
    const line = i + 2;
    if (r.length !== header.length) {
      problems.push({ row: line, key: 'imp_row_ragged', params: [r.length, header.length], skipped: true });
      return;
    }
    rows.push(r.map((c) => c.trim()));
    lines.push(line);
  });
  if (rows.length === 0) throw new ImportError(problems.length ? 'imp_err_all_ragged' : 'imp_err_no_rows', [header.length]);
  return { header, rows, lines, problems };
}

function assertUniqueHeader(header: string[]): void {
  const seen = new Map<string, number>();
  header.forEach((h, j) => {
    const k = h.normalize('NFKC').toLowerCase();
    const first = seen.get(k);
    if (first !== undefined) throw new ImportError('imp_err_duplicate_column', [first + 1, j + 1, h]);
    seen.set(k, j);
  });
}
