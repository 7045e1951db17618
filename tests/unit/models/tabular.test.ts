import { describe, expect, it } from 'vitest';
import { inferColumnTypes, type ColumnSpec } from '../../../src/core/tabular/column-types';
import { parseCsv } from '../../../src/core/tabular/csv';
import { readDataset } from '../../../src/core/tabular/dataset';
import { fitEncoder, encodeRows } from '../../../src/core/tabular/encoder';
import { TabularError } from '../../../src/core/tabular/errors';
import { readLabels } from '../../../src/core/tabular/labels';

function tabularError(fn: () => unknown): TabularError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TabularError) return e;
    throw e;
  }
  throw new Error('expected a TabularError');
}

describe('parseCsv', () => {
  it('reads quoted fields, CRLF, a BOM and a semicolon delimiter', () => {
    const t = parseCsv('\uFEFFname;note\r\n"Acme; Inc";"said ""hi"""\r\n');
    expect(t.header).toEqual(['name', 'note']);
    expect(t.rows).toEqual([['Acme; Inc', 'said "hi"']]);
  });

  it('names the row of a ragged line, counting the header as row 1', () => {
    const e = tabularError(() => parseCsv('a,b,c\n1,2,3\n4,5\n'));
    expect(e.key).toBe('tab_err_ragged');
    expect(e.where.row).toBe(3);
    expect(e.message).toContain('Row 3 has 2 fields but the header has 3');
  });

  it('rejects an empty file, a header without rows, duplicate names and broken quotes', () => {
    expect(tabularError(() => parseCsv(' \n')).key).toBe('tab_err_empty');
    expect(tabularError(() => parseCsv('a,b\n')).key).toBe('tab_err_no_rows');
    const dup = tabularError(() => parseCsv('a,b,a\n1,2,3\n'));
    expect(dup.key).toBe('tab_err_duplicate_column');
    expect(dup.where.column).toBe('a');
    const q = tabularError(() => parseCsv('a,b\n1,"2\n3,4\n'));
    expect(q.key).toBe('tab_err_quotes');
    expect(q.where.row).toBe(2);
  });
});

describe('readLabels', () => {
  const table = (vals: string[]) => ({ header: ['x', 'Churn'], rows: vals.map((v, i) => [String(i), v]) });

  it('recognises the churned outcome from common spellings', () => {
    expect(readLabels(table(['No', 'Yes', 'No']), 'Churn')).toMatchObject({ positive: 'Yes', negative: 'No' });
    expect(Array.from(readLabels(table(['0', '1', '1']), 'Churn').y)).toEqual([0, 1, 1]);
    expect(readLabels(table(['留存', '流失']), 'Churn').positive).toBe('流失');
    expect(readLabels(table(['active', 'gone']), 'Churn').positive).toBe('gone');
  });

  it('takes the positive outcome when given, and rejects one the column does not hold', () => {
    expect(readLabels(table(['A', 'B']), 'Churn', 'B').positive).toBe('B');
    expect(tabularError(() => readLabels(table(['A', 'B']), 'Churn', 'C')).key).toBe('tab_err_positive_unknown');
    expect(tabularError(() => readLabels(table(['A', 'B']), 'Churn')).key).toBe('tab_err_positive_ambiguous');
  });

  it('names the row and column of an empty or third outcome, and the missing column', () => {
    const third = tabularError(() => readLabels(table(['Yes', 'No', 'Maybe']), 'Churn'));
    expect(third.key).toBe('tab_err_label_third');
    expect(third.where).toEqual({ row: 4, column: 'Churn' });
    expect(tabularError(() => readLabels(table(['Yes', '']), 'Churn')).where).toEqual({ row: 3, column: 'Churn' });
    expect(tabularError(() => readLabels(table(['Yes', 'Yes']), 'Churn')).key).toBe('tab_err_label_single');
    const none = tabularError(() => readLabels(table(['Yes', 'No']), 'Exited'));
    expect(none.key).toBe('tab_err_no_column');
    expect(none.message).toContain('x, Churn');
  });
});

describe('inferColumnTypes', () => {
  const n = 40;
  const rows = Array.from({ length: n }, (_, i) => [
    String(1000 + i), // dense integer sequence: a row number
    `C-${(i * 7919) % 10007}`, // unique text: an account code
    i % 3 === 0 ? 'Yes' : 'No',
    i === 5 ? '' : `$${(i * 13.5).toFixed(2)}`, // amounts with a currency sign and one blank
    ['Gold', 'Silver', 'Bronze'][i % 3]!,
    `2024-0${1 + (i % 9)}-1${i % 10}`,
    'same',
    'NA',
    String(i % 4),
  ]);
  const header = ['RowNumber', 'code', 'active', 'arr', 'tier', 'renewal', 'region', 'notes', 'seats'];
  const specs = inferColumnTypes({ header, rows });
  const kind = (name: string): Pick<ColumnSpec, 'kind' | 'reason'> => {
    const s = specs.find((c) => c.name === name)!;
    return s.reason ? { kind: s.kind, reason: s.reason } : { kind: s.kind };
  };

  it('types numbers, yes/no, dates and categories from the look of the values', () => {
    expect(kind('active')).toEqual({ kind: 'boolean' });
    expect(kind('arr')).toEqual({ kind: 'numeric' });
    expect(specs.find((c) => c.name === 'arr')!.missing).toBe(1);
    expect(kind('tier')).toEqual({ kind: 'categorical' });
    expect(kind('renewal')).toEqual({ kind: 'date' });
    expect(kind('seats')).toEqual({ kind: 'numeric' });
  });

  it('leaves out ids, unique or near-unique text, constants and empty columns, saying why', () => {
    expect(kind('RowNumber')).toEqual({ kind: 'ignored', reason: 'id_like' });
    expect(kind('code')).toEqual({ kind: 'ignored', reason: 'unique_text' });
    expect(kind('region')).toEqual({ kind: 'ignored', reason: 'constant' });
    expect(kind('notes')).toEqual({ kind: 'ignored', reason: 'empty' });
  });

  it('leaves out text with too many distinct values to learn from, but keeps a broad category', () => {
    const many = Array.from({ length: 300 }, (_, i) => [`Surname${(i * 37) % 200}`, `City${i % 40}`]);
    const s = inferColumnTypes({ header: ['surname', 'city'], rows: many });
    expect(s.map((c) => c.reason ?? c.kind)).toEqual(['high_cardinality', 'categorical']);
  });

  it('keeps amounts that merely happen to differ on every row', () => {
    const amounts = Array.from({ length: n }, (_, i) => [String(37 + i * i * 11)]);
    expect(inferColumnTypes({ header: ['revenue'], rows: amounts })[0]!.kind).toBe('numeric');
  });

  it('marks the label and id columns by role', () => {
    const s = inferColumnTypes({ header, rows }, { label: 'active', id: 'tier' });
    expect(s.find((c) => c.name === 'active')!.reason).toBe('label');
    expect(s.find((c) => c.name === 'tier')!.reason).toBe('id');
  });
});

describe('encoder', () => {
  const csv = ['plan,arr,Churn', 'Gold,10,No', 'Gold,,Yes', 'Silver,30,No', 'Silver,40,Yes', 'Gold,50,No', 'Silver,60,No', 'Gold,70,No', 'Silver,80,No', 'Gold,90,Yes', 'Silver,100,No', 'Gold,1000,No', 'Bronze,5,Yes'].join('\n');
  const ds = readDataset(csv, { label: 'Churn' });
  const train = Int32Array.from({ length: 11 }, (_, i) => i);

  it('fits medians, levels and spreads on the training rows only', () => {
    const enc = fitEncoder(ds.features, ds.values, train);
    const arr = enc.features.find((f) => f.name === 'arr')!;
    // training arr values: 10,30,40,...,100,1000 → median of 10 values = (60+70)/2
    expect(arr.source).toEqual({ type: 'value', fill: 65 });
    expect(enc.features.map((f) => f.name)).toContain('arr (missing)');
    expect(enc.features.map((f) => f.name)).toContain('plan=Gold');
    expect(enc.features.map((f) => f.name).some((n) => n.includes('Bronze'))).toBe(false);
  });

  it('bends numbers at knots inside their range: each value when few, the deciles when many', () => {
    const knots = (enc: ReturnType<typeof fitEncoder>, name: string) =>
      enc.features.flatMap((f) => (f.name.startsWith(`${name} >`) && f.source.type === 'hinge' ? [f.source.knot] : []));
    // training arr values: 10, 30, 40, …, 100, 1000: eight inside the range, a knot at each
    expect(knots(fitEncoder(ds.features, ds.values, train), 'arr')).toEqual([30, 40, 50, 60, 70, 80, 90, 100]);
    const many = readDataset(['x,Churn', ...Array.from({ length: 1000 }, (_, i) => `${i % 500},${i % 3 ? 'No' : 'Yes'}`)].join('\n'), { label: 'Churn' });
    const all = Int32Array.from({ length: 1000 }, (_, i) => i);
    expect(knots(fitEncoder(many.features, many.values, all), 'x')).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450]);
    const yesNo = readDataset(['vip,Churn', ...Array.from({ length: 40 }, (_, i) => `${i % 2 ? 'Yes' : 'No'},${i % 3 ? 'No' : 'Yes'}`)].join('\n'), { label: 'Churn' });
    expect(fitEncoder(yesNo.features, yesNo.values, all.subarray(0, 40)).features.map((f) => f.name)).toEqual(['vip']);
  });

  it('standardises training features to mean 0 and reads an unseen level as the average', () => {
    const enc = fitEncoder(ds.features, ds.values, train);
    const X = encodeRows(enc, ds.values, train);
    for (const x of X) {
      const mean = x.reduce((a, b) => a + b, 0) / x.length;
      const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length);
      expect(mean).toBeCloseTo(0, 10);
      expect(sd).toBeCloseTo(1, 10);
    }
    const bronze = encodeRows(enc, ds.values, [11]);
    enc.features.forEach((f, k) => {
      if (f.name.startsWith('plan=')) expect(bronze[k]![0]).toBe(0);
    });
  });
});
