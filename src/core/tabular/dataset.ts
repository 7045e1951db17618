import { parseCsv } from './csv';
import { inferColumnTypes, isFeature, type ColumnSpec } from './column-types';
import { readColumn, type ColumnValues } from './columns';
import { TabularError } from './errors';
import { readLabels, type Labels } from './labels';
import { columnIndex, type Table } from './table';

/** A labelled table, typed and read once, ready for cross-validation or training. */
export interface Dataset {
  table: Table;
  labels: Labels;
  /** Every column with its type, including the label, the id and dropped columns. */
  columns: ColumnSpec[];
  /** The columns the models learn from, and their values (parallel arrays). */
  features: ColumnSpec[];
  values: ColumnValues[];
}

export interface DatasetRoles {
  label: string;
  positive?: string;
  id?: string;
  /** A score the team already has (read by backtest.ts as a baseline): never learned from. */
  baseline?: string;
}

export function readDataset(csvText: string, roles: DatasetRoles): Dataset {
  return datasetOf(parseCsv(csvText), roles);
}

export function datasetOf(table: Table, roles: DatasetRoles): Dataset {
  const labels = readLabels(table, roles.label, roles.positive);
  for (const role of [roles.id, roles.baseline]) {
    if (role !== undefined && columnIndex(table, role) < 0) {
      throw new TabularError('tab_err_no_column', [role, table.header.join(', ')], { column: role });
    }
  }
  const columns = inferColumnTypes(table, { label: roles.label, id: roles.id, baseline: roles.baseline });
  const { features, values } = featureValues(table, columns);
  if (features.length === 0) throw new TabularError('tab_err_no_features');
  return { table, labels, columns, features, values };
}

export function featureValues(table: Table, columns: ColumnSpec[]): { features: ColumnSpec[]; values: ColumnValues[] } {
  const features = columns.filter(isFeature);
  const values = features.map((spec) => {
    const j = columnIndex(table, spec.name);
    return readColumn(spec, table.rows.map((r) => r[j]!));
  });
  return { features, values };
}
