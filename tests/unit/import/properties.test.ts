/**
 * Whatever a file holds, the importer answers: rows, row problems, or one ImportError that says
 * what is wrong. It never throws anything else, never loses a row without a report, and every
 * interaction it makes is dated and keyed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../src/core/import/decode';
import { ImportError } from '../../../src/core/import/errors';
import { guessMapping, ROLES } from '../../../src/core/import/roles';
import { readRows } from '../../../src/core/import/rows';
import { tableFromText } from '../../../src/core/import/table';
import { IMPORT_KINDS } from '../../../src/core/types';

const NOW = Date.UTC(2026, 11, 2);
const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('客户名称', '跟进时间', '2026-03-05', '2026/3/5 14:00', '3天前', '¥1,200.50', '很多', '"', '""', ',', '\n', '\r\n', '已流失', 'yes', ''),
);
const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 12 })
  .map((rows) => rows.map((r) => r.join(',')).join('\n'));

describe('the importer on arbitrary input', () => {
  it('reads rows or refuses the file with an ImportError; every data row is either read or reported', () => {
    fc.assert(
      fc.property(csv, fc.constantFrom(undefined, ...IMPORT_KINDS), (text, kind) => {
        let table;
        try {
          const s = sniff(new TextEncoder().encode(text));
          if (s.format !== 'text') return;
          table = tableFromText(s.text);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          return;
        }
        const mapping = guessMapping(table, kind);
        expect(mapping.roles).toHaveLength(table.header.length);
        expect(mapping.roles.every((r) => ROLES.includes(r))).toBe(true);
        const batch = readRows(table, mapping, NOW);
        const skipped = new Set(batch.problems.filter((p) => p.skipped).map((p) => p.row));
        expect(skipped.size + table.rows.length - table.lines.filter((l) => skipped.has(l)).length).toBe(batch.rows);
        for (const i of batch.interactions) {
          expect(Number.isFinite(i.at)).toBe(true);
          expect(i.id).toMatch(/^imp:[0-9a-z]+$/);
          expect(i.ref.id || i.ref.name).toBeTruthy();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('any bytes at all: a table or an ImportError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const s = sniff(bytes);
          if (s.format === 'text') tableFromText(s.text);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
