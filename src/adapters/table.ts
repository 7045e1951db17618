/**
 * Tables and ARIA grids as rows of (header, cell) pairs. Broken tables (missing cells, no header,
 * stray rows) still give what they hold: a cell without a header is named by its column number.
 */
import { text } from './text';
import { isHidden, isOpaque, makeBudget, tagOf, TOO_LARGE, walk, type Budget } from './walk';

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

function rowsOf(table: Element, budget: Budget, limit = Infinity): Element[] {
  const aria = tagOf(table) !== 'TABLE';
  // A <table>'s own row list is kept by the browser: no walk over every cell of a long list.
  const native = aria ? undefined : (table as HTMLTableElement).rows;
  if (native?.length) {
    const rows: Element[] = [];
    // Rows share a handful of sections (thead, tbody…): each is checked once, not once per row.
    let section: Element | null = null;
    let sectionHidden = false;
    for (const r of native) {
      if (budget.left <= 0) {
        budget.problems.add(TOO_LARGE);
        break;
      }
      budget.left--;
      if (r.parentElement !== section) {
        section = r.parentElement;
        sectionHidden = section !== null && isOpaque(section);
      }
      // A row is never code, a template or one of our badges: only whether it is hidden matters.
      if (!sectionHidden && !isHidden(r)) rows.push(r);
      if (rows.length >= limit) break;
    }
    return rows;
  }
  const rows: Element[] = [];
  for (const el of walk(table, budget, (e) => e === table || !isTableLike(e))) {
    if (el === table || isTableLike(el)) continue;
    if (aria ? roleOf(el) === 'row' : tagOf(el) === 'TR') rows.push(el);
    if (rows.length >= limit) break;
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

/** Rows headerRow looks at: a header is in the first three rows, <thead> rows coming first. */
const HEADER_ROWS = 3;

/** The header row: in <thead>, or the first row whose cells are all header cells (two or more). */
function headerRow(rows: Element[]): Element | undefined {
  return rows.find(inHead) ?? rows.slice(0, HEADER_ROWS).find((r) => {
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
  return headerNames(headerRow(rowsOf(el, budget, HEADER_ROWS)) ?? detachedHeader(el)).length >= 2;
}

/**
 * Grids that scroll their body under a fixed header draw two tables: one holding only the header
 * row, the next only the body (Element's el-table, antd's sticky header, NocoDB). The body's
 * header is the nearest header-only table before it.
 */
function detachedHeader(table: Element): Element | undefined {
  if (tagOf(table) !== 'TABLE') return undefined;
  let up = table.parentElement;
  for (let i = 0; up && i < 4; i++, up = up.parentElement) {
    let found: Element | undefined;
    for (const t of up.querySelectorAll('table')) {
      if (t === table) break;
      if (!t.querySelector('td')) found = headerRow(rowsOf(t, makeBudget(200), HEADER_ROWS)) ?? found;
    }
    if (found) return found;
  }
  return undefined;
}

export interface TableShape {
  /** Rows below the header, in page order. */
  body: Element[];
  /** Column names, one per column after colspans. */
  names: string[];
}

/** A table's header and body rows, without reading any body cell yet. */
export function tableShape(table: Element, budget: Budget = makeBudget()): TableShape {
  const rows = rowsOf(table, budget);
  const head = headerRow(rows) ?? detachedHeader(table);
  const body: Element[] = [];
  // Rows come a section at a time: whether a section is the <thead> is asked once per section.
  let section: Element | null = null;
  let inThead = false;
  for (const r of rows) {
    if (r.parentElement !== section) {
      section = r.parentElement;
      inThead = inHead(r);
    }
    if (r !== head && !inThead) body.push(r);
  }
  return { body, names: headerNames(head) };
}

/** One body row's cells, each named by its column header. */
export function rowCells(row: Element, names: string[]): TableCell[] {
  const cells: TableCell[] = [];
  let col = 0;
  for (const c of cellsOf(row)) {
    const span = Math.min(Math.max(Number(c.getAttribute('colspan')) || 1, 1), 50);
    cells.push({ header: names[col] || `#${col + 1}`, text: text(c), el: c });
    col += span;
  }
  return cells;
}

/** Body rows of a table or grid, each cell named by its column header. */
export function readTableRows(table: Element, budget: Budget = makeBudget()): TableRow[] {
  const { body, names } = tableShape(table, budget);
  const out: TableRow[] = [];
  for (const row of body) {
    const cells = rowCells(row, names);
    if (cells.some((c) => c.text)) out.push({ el: row, cells });
  }
  return out;
}

export { cellsOf, rowsOf };
