import type { ImportFixKey, ImportProblemKey } from '../strings/import';

/**
 * Something wrong with one row (or one cell) of an import. `key` says what was wrong; the report
 * shows it beside `fixOf(key)`, what to do. A skipped row is left out of the import; otherwise the
 * row went in without the cell named.
 */
export interface RowProblem {
  row: number;
  column?: string;
  key: ImportProblemKey;
  params?: (string | number)[];
  skipped: boolean;
}

export const fixOf = (key: ImportProblemKey) => key.replace(/^imp_row_/, 'imp_fix_') as ImportFixKey;
