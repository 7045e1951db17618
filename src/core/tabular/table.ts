/** A table as read from a CSV: raw cell text, one array per row, aligned with `header`. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** A row keyed by column name, as the extension holds an account's fields. */
export type RowRecord = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Spreadsheet row number of data row i (the header is row 1). */
export const sheetRow = (i: number): number => i + 2;

export function columnIndex(table: Table, name: string): number {
  return table.header.indexOf(name);
}

export function rowRecord(table: Table, i: number): Record<string, string> {
  const rec: Record<string, string> = {};
  table.header.forEach((h, j) => (rec[h] = table.rows[i]![j]!));
  return rec;
}
