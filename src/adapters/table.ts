/**
 * Tables and ARIA grids as rows of (header, cell) pairs. Broken tables (missing cells, no header,
 * stray rows) still give what they hold: a cell without a header is named by its column number.
 */
import { text } from './text';
import { makeBudget, tagOf, walk, type Budget } from './walk';

export interface TableCell {
  header: string;
  text: string;
  el: Element;
}

export interface TableRow {
  el: Element;
  cells: TableCell[];
}

const GRID_ROLES = new Set(['grid', 'treegrid', 'table']);
const CELL_ROLES = new Set(['gridcell', 'cell', 'rowheader', 'columnheader']);
const roleOf = (el: Element) => (el.getAttribute('role') ?? '').toLowerCase();

/** A <table> or an element with a grid/table role. */
export const isTableLike = (el: Element) => tagOf(el) === 'TABLE' || GRID_ROLES.has(roleOf(el));

function rowsOf(table: Element, budget: Budget): Element[] {
  const aria = tagOf(table) !== 'TABLE';
  const rows: Element[] = [];
  for (const el of walk(table, budget, (e) => e === table || !isTableLike(e))) {
    if (el === table || isTableLike(el)) continue;
    if (aria ? roleOf(el) === 'row' : tagOf(el) === 'TR') rows.push(el);
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  const direct = Array.from(row.children);
  const cells = direct.filter((c) => ['TD', 'TH'].includes(tagOf(c)) || CELL_ROLES.has(roleOf(c)));
  return cells.length ? cells : direct.flatMap((c) => Array.from(c.children).filter((g) => CELL_ROLES.has(roleOf(g))));
}

const isHeaderCell = (c: Element) => tagOf(c) === 'TH' || roleOf(c) === 'columnheader';
const inHead = (row: Element) => tagOf(row.parentElement ?? row) === 'THEAD';

/** The header row: in <thead>, or the first row whose cells are all header cells (two or more). */
function headerRow(rows: Element[]): Element | undefined {
  return rows.find(inHead) ?? rows.slice(0, 3).find((r) => {
    const cells = cellsOf(r);
    return cells.length >= 2 && cells.every(isHeaderCell);
  });
}

/** Column names, expanding colspan so cells line up with their header. */
function headerNames(row: Element | undefined): string[] {
  if (!row) return [];
  const names: string[] = [];
  for (const c of cellsOf(row)) {
    const span = Math.min(Math.max(Number(c.getAttribute('colspan')) || 1, 1), 50);
    const name = text(c, 120) || c.getAttribute('aria-label') || '';
    for (let i = 0; i < span; i++) names.push(name);
  }
  return names;
}

/** A table that lists records (a header row of two or more columns), not a label/value table. */
export function isDataTable(el: Element, budget: Budget = makeBudget(2_000)): boolean {
  if (!isTableLike(el)) return false;
  if (tagOf(el) !== 'TABLE' && roleOf(el) !== 'table') return true;
  return headerNames(headerRow(rowsOf(el, budget))).length >= 2;
}

/** Body rows of a table or grid, each cell named by its column header. */
export function readTableRows(table: Element, budget: Budget = makeBudget()): TableRow[] {
  const rows = rowsOf(table, budget);
  const head = headerRow(rows);
  const names = headerNames(head);
  const out: TableRow[] = [];
  for (const row of rows) {
    if (row === head || inHead(row)) continue;
    const cells: TableCell[] = [];
    let col = 0;
    for (const c of cellsOf(row)) {
      const span = Math.min(Math.max(Number(c.getAttribute('colspan')) || 1, 1), 50);
      cells.push({ header: names[col] || `#${col + 1}`, text: text(c), el: c });
      col += span;
    }
    if (cells.some((c) => c.text)) out.push({ el: row, cells });
  }
  return out;
}

export { cellsOf, rowsOf };
