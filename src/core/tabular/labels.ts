import { TabularError } from './errors';
import { isMissing } from './values';
import { columnIndex, sheetRow, type Table } from './table';

export interface Labels {
  /** 1 = the positive outcome (churned), 0 = the other. */
  y: Uint8Array;
  positive: string;
  negative: string;
}

const POSITIVE = new Set(['yes', 'y', 'true', 't', '1', 'churn', 'churned', 'left', 'exited', 'lost', 'cancelled', 'canceled', '是', '流失', '已流失']);
const NEGATIVE = new Set(['no', 'n', 'false', 'f', '0', 'retained', 'stayed', 'active', 'renewed', '否', '未流失', '留存']);

/**
 * Reads the outcome column. It must hold exactly two values on every row; which one is "churned"
 * is given, or recognised from common spellings (Yes/No, 1/0, churned/retained, 是/否, 流失).
 */
export function readLabels(table: Table, label: string, positive?: string): Labels {
  const j = columnIndex(table, label);
  if (j < 0) throw new TabularError('tab_err_no_column', [label, table.header.join(', ')], { column: label });
  const values: string[] = [];
  table.rows.forEach((r, i) => {
    const v = r[j]!.trim();
    if (isMissing(v)) throw new TabularError('tab_err_label_empty', [sheetRow(i), label], { row: sheetRow(i), column: label });
    if (!values.includes(v)) {
      if (values.length === 2) {
        throw new TabularError('tab_err_label_third', [sheetRow(i), label, v, values[0]!, values[1]!], {
          row: sheetRow(i),
          column: label,
        });
      }
      values.push(v);
    }
  });
  if (values.length < 2) throw new TabularError('tab_err_label_single', [label, values[0]!], { column: label });
  const pos = positive?.trim() ?? guessPositive(values as [string, string], label);
  if (!values.includes(pos)) {
    throw new TabularError('tab_err_positive_unknown', [pos, label, values[0]!, values[1]!], { column: label });
  }
  const y = Uint8Array.from(table.rows, (r) => (r[j]!.trim() === pos ? 1 : 0));
  return { y, positive: pos, negative: values.find((v) => v !== pos)! };
}

function guessPositive([a, b]: [string, string], label: string): string {
  const isPos = (v: string) => POSITIVE.has(v.toLowerCase());
  const isNeg = (v: string) => NEGATIVE.has(v.toLowerCase());
  if (isPos(a) !== isPos(b)) return isPos(a) ? a : b;
  if (isNeg(a) !== isNeg(b)) return isNeg(a) ? b : a;
  throw new TabularError('tab_err_positive_ambiguous', [a, b, label], { column: label });
}
