/**
 * Label → value pairs from any page: dt/dd and role=term/definition, <label for>, labels wrapping
 * controls, aria-labelledby / aria-label, th+td property tables, form controls, "标签：值" and
 * "Label: value" text, and two-part label/value grids. Labels map to canonical fields through
 * the zh/en synonyms; values are kept as text and parsed into numbers and dates where they are.
 */
import { problem } from './problems';
import type { CanonicalField, FieldValue } from '../core/types';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { canonicalField, DATE_FIELDS, labelUnit, normaliseLabel, NUMBER_FIELDS } from './synonyms';
import { cellsOf, isDataTable, isTableLike, rowsOf } from './table';
import { controlValue, isControl, MAX_VALUE, text, textOf } from './text';
import { isTimeline, localeOf, type ReadOptions } from './timeline';
import { closest, isHidden, makeBudget, tagOf, walk, type Budget } from './walk';

export interface Pair {
  label: string;
  value: string;
  el: Element;
}

const MAX_LABEL = 60;
const INLINE = new Set(['B', 'STRONG', 'EM', 'I', 'SPAN', 'A', 'TIME', 'SMALL', 'FONT', 'LABEL', 'ABBR', 'CODE', 'MARK', 'U', 'SUP', 'SUB', 'BDI']);
const CONTAINER_TAGS = new Set(['A', 'BUTTON', 'NAV', 'SECTION', 'ASIDE', 'MAIN', 'FORM', 'DIALOG', 'TABLE', 'UL', 'OL', 'IMG', 'I', 'svg', 'SVG', 'HEADER', 'FOOTER', 'ARTICLE', 'FIELDSET', 'BODY', 'HTML', 'IFRAME', 'DETAILS', 'TEMPLATE']);
const CONTAINER_ROLES = new Set([
  'button', 'link', 'navigation', 'region', 'dialog', 'tab', 'tablist', 'tabpanel', 'menu', 'menubar', 'menuitem', 'img', 'search',
  'banner', 'complementary', 'main', 'form', 'grid', 'table', 'list', 'feed', 'toolbar', 'group', 'article', 'log', 'listbox', 'tree',
]);
const SECTION_TAGS = new Set(['TABLE', 'UL', 'OL', 'NAV', 'FORM', 'SECTION', 'ARTICLE', 'DIALOG', 'FIELDSET']);
const SKIP_ROLES = new Set(['feed', 'grid', 'treegrid', 'log', 'navigation', 'menu', 'menubar', 'tablist', 'toolbar', 'listbox']);
const LABEL_HINT = /(^|[-_\s])(label|key|term|title|name|caption|field-?name|prop(erty)?-?name|lbl)([-_\s]|$)/i;

/** Parents whose two children are two rows or items of many, never a label and its value. */
const ROWS_OF_MANY = new Set(['LI', 'UL', 'OL', 'TR', 'TBODY', 'THEAD', 'TABLE']);

/** The element, or the one element it wraps (a header around a title), is classed as a label. */
function labelClassed(k: Element): boolean {
  for (let e: Element | null = k, depth = 0; e && depth < 4; e = e.children.length === 1 ? e.firstElementChild : null, depth++) {
    if (LABEL_HINT.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

const roleOf = (el: Element) => (el.getAttribute('role') ?? '').toLowerCase();
const isLeafish = (el: Element) => el.children.length <= 8 && Array.from(el.children).every((c) => INLINE.has(tagOf(c)) && c.children.length <= 3);

/** A label as a page shows it, minus input hints like 请输入/请选择 and "Enter …". */
function cleanLabel(s: string): string {
  return s.replace(/^(请输入|请选择|请填写|enter|select|choose)\s*/i, '').replace(/[\s:：*＊?？]+$/u, '').replace(/^[*＊]\s*/u, '').trim();
}

/** A placeholder that gives an example ("e.g. Lumber Inc", "例如：…") or a prompt ("Please select") names no field. */
const EXAMPLE = /^(e\.\s?g\.?|eg\b|ex\.|example|such as|例如|如[:：]|比如|示例)|\.\.\.$|…$|^[ymdhs/.:\s-]{6,}$|^(please\s+)?(select|enter|choose|pick|input|type|search)\b|^请(选择|输入|填写)/i;

const acceptLabel = (l: string) => l.length > 0 && l.length <= MAX_LABEL && !/^[\d\s.,:/-]+$/.test(l) && !/^https?$/i.test(l);

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

const isChoice = (el: Element) => tagOf(el) === 'INPUT' && /^(radio|checkbox)$/i.test(el.getAttribute('type') ?? '');
const isRadio = (el: Element) => isChoice(el) && el.getAttribute('type')?.toLowerCase() === 'radio';

/** The label text of a checked radio button: what a radio group shows as its value. */
function choiceLabel(input: Element): string {
  const id = input.getAttribute('id');
  const label = (id && (input.getRootNode() as Document).querySelector?.(`label[for="${CSS.escape(id)}"]`)) || closest(input, (e) => tagOf(e) === 'LABEL', 3);
  return label ? ownLabelText(label) : '';
}

/**
 * What a value cell shows. A cell of editable fields shows its controls' values (an address of
 * five inputs reads as one, comma-joined), not the text of the buttons beside them.
 */
function valueOf(el: Element): string {
  if (isControl(el)) return controlValue(el) ?? '';
  // A rating, slider or meter shows its value in stars or a bar: its ARIA value says it.
  if (el.hasAttribute('aria-valuenow')) return el.getAttribute('aria-valuetext') || el.getAttribute('aria-valuenow') || '';
  const controls = el.firstElementChild ? [...walk(el, makeBudget(300))].filter(isControl).slice(0, 12) : [];
  const values = controls
    .map((c) => (isChoice(c) ? (isRadio(c) && (c as HTMLInputElement).checked ? choiceLabel(c) : '') : (controlValue(c) ?? '').trim()))
    .filter(Boolean);
  return values.length ? values.join(', ').slice(0, MAX_VALUE * 4) : textOf(el, MAX_VALUE + 1).text;
}

const firstControl = (el: Element) => [...walk(el, makeBudget(200))].find(isControl) ?? null;

/** A rating, slider or meter (role=slider, meter, progressbar) in a value block. */
const rangeIn = (el: Element) => [...walk(el, makeBudget(60))].find((e) => e.hasAttribute('aria-valuenow')) ?? null;

/** A few elements, no control and no button: an icon, a name, a menu toggle (a header bar has buttons). */
function smallLabelBlock(k: Element): boolean {
  const inside = [...walk(k, makeBudget(41))];
  return inside.length <= 40 && !inside.some((e) => isControl(e) || /^(BUTTON|NAV|H[1-6])$/.test(tagOf(e)) || roleOf(e) === 'button' || roleOf(e) === 'navigation');
}

/** A value part that is one field's control (an input in a few wrappers), not a form or a page. */
function smallValueBlock(v: Element): boolean {
  const inside = [...walk(v, makeBudget(61))];
  const controls = inside.filter(isControl).length;
  // Text around the controls would be other fields' labels: a form, not a value.
  return inside.length <= 60 && controls >= 1 && controls <= 8 && text(v, 80).length <= 60;
}

/** A cell laid out as one label beside one value (<div><span>Label</span><span>Value</span></div>). */
function holdsPair(cell: Element): boolean {
  let inner: Element = cell;
  while (inner.children.length === 1) inner = inner.firstElementChild!;
  return inner !== cell && inner.children.length === 2 && text(inner.children[0]!, 80).length > 0 && text(inner.children[0]!, 80).length <= 30;
}

/** Two or more buttons and links and no field: a toolbar of actions, not a field's value. */
function isToolbar(v: Element): boolean {
  const inside = [...walk(v, makeBudget(60))];
  return !inside.some(isControl) && inside.filter((e) => tagOf(e) === 'BUTTON' || tagOf(e) === 'A' || roleOf(e) === 'button').length >= 2;
}

/** Label text of a <label> without the text of the controls it wraps. */
function ownLabelText(label: Element): string {
  return Array.from(label.childNodes)
    .map((n) => (n.nodeType === 3 ? (n as Text).data : n.nodeType === 1 && !firstControl(n as Element) ? text(n as Element, 120) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function labelsByIds(el: Element, ids: string): string {
  return ids.split(/\s+/).filter(Boolean).slice(0, 5).map((id) => byId(el, id)).filter((e): e is Element => Boolean(e)).map((e) => text(e, 120)).join(' ');
}

const looksLikeLabel = (cell: Element) => {
  const t = text(cell, 80);
  return t.length > 0 && t.length <= 40 && (Boolean(canonicalField(t)) || /[:：]$/.test(t) || LABEL_HINT.test(cell.getAttribute('class') ?? '') || tagOf(cell) === 'TH');
};

/**
 * A header-less table of label/value cells: two cells a row, th+td rows, or rows of
 * label, value, label, value… where most label positions read as labels.
 */
function isPropertyTable(rows: Element[]): boolean {
  const cells = rows.map(cellsOf).filter((c) => c.length);
  if (!cells.length) return false;
  if (cells.every((c) => c.length <= 2)) return true;
  if (!cells.every((c) => c.length % 2 === 0)) return false;
  const labels = cells.flatMap((c) => c.filter((_, i) => i % 2 === 0));
  return labels.filter(looksLikeLabel).length * 2 >= labels.length;
}

/** Pairs in root, in page order; regions that are lists of records or timelines are left out. */
export function readPairs(root: ParentNode, budget: Budget = makeBudget(), opts: ReadOptions = {}): Pair[] {
  const pairs: Pair[] = [];
  const used = new Set<Element>();
  const add = (label: string, value: string, el: Element, ...consumed: Element[]) => {
    const l = cleanLabel(label);
    const v = value.trim();
    if (!acceptLabel(l) || !v || v === l) return false;
    pairs.push({ label: l, value: v, el });
    for (const c of consumed) used.add(c);
    used.add(el);
    return true;
  };
  const tableKind = new Map<Element, 'data' | 'props'>();
  const skip = (el: Element) => used.has(el) || SKIP_ROLES.has(roleOf(el)) || (isTableLike(el) && isDataTable(el)) || isTimeline(el, opts);

  for (const el of walk(root, budget, (e) => !skip(e))) {
    if (skip(el)) continue;
    const tag = tagOf(el);
    const role = roleOf(el);

    if (tag === 'DT' || role === 'term') {
      const values: string[] = [];
      const dds: Element[] = [];
      for (let n = el.nextElementSibling; n && (tagOf(n) === 'DD' || roleOf(n) === 'definition'); n = n.nextElementSibling) {
        values.push(valueOf(n));
        dds.push(n);
      }
      add(text(el, 120), values.filter(Boolean).join(', '), el, ...dds);
      continue;
    }

    if (tag === 'LABEL') {
      const forId = el.getAttribute('for');
      // No control in it and a `for` naming no element (a form library's field name, not an id):
      // the control in the block beside the label, when that block holds no other label.
      const beside = el.nextElementSibling;
      const target =
        (forId ? byId(el, forId) : firstControl(el)) ??
        (beside && ![...walk(beside, makeBudget(200))].some((e) => tagOf(e) === 'LABEL') ? firstControl(beside) ?? rangeIn(beside) : null);
      // A radio button's label is one of the group's choices, not a field; the group reads below.
      if (target && isRadio(target)) used.add(el).add(target);
      else if (target && !used.has(target)) add(ownLabelText(el), valueOf(target), el, target);
      else if (!target && !forId) used.add(el);
      continue;
    }

    if (role === 'radiogroup') {
      const checked = el.querySelector('input[type="radio"]:checked, [role="radio"][aria-checked="true"]');
      const label = el.getAttribute('aria-labelledby') ? labelsByIds(el, el.getAttribute('aria-labelledby')!) : el.getAttribute('aria-label') ?? '';
      if (checked) add(label, tagOf(checked) === 'INPUT' ? choiceLabel(checked) : text(checked, 120), el);
      used.add(el);
      continue;
    }

    if (isControl(el)) {
      if (isRadio(el)) continue;
      const placeholder = el.getAttribute('placeholder') ?? '';
      const label =
        (el.getAttribute('aria-labelledby') && labelsByIds(el, el.getAttribute('aria-labelledby')!)) ||
        el.getAttribute('aria-label') ||
        el.getAttribute('title') ||
        (EXAMPLE.test(placeholder.trim()) ? '' : placeholder) ||
        '';
      add(label, controlValue(el) ?? '', el);
      continue;
    }

    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy && !CONTAINER_TAGS.has(tag) && !CONTAINER_ROLES.has(role) && el.children.length <= 5) {
      if (add(labelsByIds(el, labelledBy), valueOf(el), el)) continue;
    }
    const ariaLabel = el.getAttribute('aria-label');
    if (ariaLabel && !CONTAINER_TAGS.has(tag) && !CONTAINER_ROLES.has(role) && el.children.length <= 3 && isLeafish(el)) {
      if (add(ariaLabel, valueOf(el), el)) continue;
    }

    if (tag === 'TR') {
      const table = closest(el, isTableLike, 4);
      if (!table) continue;
      // A grid of description items: each cell holds its own label and value, read inside it.
      const cells = cellsOf(el);
      if (cells.some(holdsPair) && cells.every((c) => !c.firstElementChild || holdsPair(c))) continue;
      let kind = tableKind.get(table);
      if (!kind) {
        const rows = rowsOf(table, makeBudget(2_000));
        kind = isPropertyTable(rows) ? 'props' : 'data';
        tableKind.set(table, kind);
      }
      if (kind !== 'props') continue;
      for (let i = 0; i + 1 < cells.length; i += 2) add(text(cells[i]!, 120), valueOf(cells[i + 1]!), cells[i + 1]!, cells[i]!);
      used.add(el);
      continue;
    }

    // The innermost element holding "Label:" reads the pair; its parent would glue neighbours on.
    if (isLeafish(el) && !CONTAINER_TAGS.has(tag) && !Array.from(el.children).some((c) => /[:：]/.test(text(c, 80)))) {
      const t = textOf(el, MAX_VALUE + MAX_LABEL + 2).text;
      const m = /^([^:：\n]{1,60}?)\s*[:：]\s*(.*)$/su.exec(t);
      if (m && !/\d$/.test(m[1]!)) {
        if (m[2]) {
          if (add(m[1]!, m[2], el)) continue;
        } else {
          const next = el.nextElementSibling;
          const tail = el.nextSibling?.nodeType === 3 ? (el.nextSibling as Text).data.trim() : '';
          if (tail ? add(m[1]!, tail, el) : next && add(m[1]!, valueOf(next), el, next)) continue;
        }
      }
    }

    // Empty parts (a closed menu's mount point, a spacer) neither label nor hold a value.
    const kids = el.children.length <= 5 ? Array.from(el.children).filter((c) => !isHidden(c) && (c.firstElementChild || c.textContent?.trim())) : [];
    if (kids.length === 2 && !ROWS_OF_MANY.has(tag) && !Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n as Text).data.trim())) {
      const [k, v] = kids as [Element, Element];
      const label = text(k, 120);
      // A label part is plain text, or a small block (an icon, the name, a menu toggle) with no control in it.
      const small = isLeafish(k) || (label.length <= 40 && smallLabelBlock(k));
      const hinted =
        small &&
        (canonicalField(label) ||
          labelClassed(k) ||
          ['LABEL', 'TH', 'DT', 'STRONG', 'B'].includes(tagOf(k)) ||
          roleOf(k) === 'term' ||
          // A short text beside a form control is that control's label.
          (label.length <= 30 && smallValueBlock(v)));
      // A heading over a table or list is a section, not a field.
      const section = /^H[1-6]$/.test(tagOf(k)) || [...walk(v, makeBudget(60))].some((e) => SECTION_TAGS.has(tagOf(e)));
      const value = hinted && !section && !isToolbar(v) ? valueOf(v) : '';
      // A value that is itself "Label: value" belongs to its own label.
      if (value && label.length <= 40 && !/[.。!?！？]$/.test(label) && !/^[^:：]{0,39}[^\d\s:：][:：]/.test(value)) add(label, value, el, k, v);
    }
  }
  return pairs;
}

/** A value that is a number and nothing else (currency and units aside): "12 Harbour St" is not. */
function isNumericText(raw: string): boolean {
  const bare = raw.normalize('NFKC').replace(/\p{Sc}|\b(RMB|CNY|USD|EUR|GBP|JPY|HKD|INR)\b|万元|亿元|万|亿|千|元|[kKmMbB]\b|%|\/\s*(5|10|100)\b/gu, '');
  return /^\s*[-−(]?\s*[\d.,'’\s\u00a0\u202f]+\)?\s*$/u.test(bare) && /\d/.test(bare);
}

export interface FieldOptions extends ReadOptions {
  /** Where over-long values are reported. */
  problems?: string[];
}

/** A FieldValue for a label and its text: dates and amounts parsed where the field holds them. */
export function fieldValue(label: string, raw: string, opts: { now: number; locale?: string }): { key: string; value: FieldValue } {
  const field: CanonicalField | undefined = canonicalField(label);
  const key = field ?? normaliseLabel(label);
  const value: FieldValue = { raw, label };
  if (field && DATE_FIELDS.includes(field)) {
    const date = parseDate(raw, opts);
    if (date !== undefined) value.date = date;
  } else if (field && NUMBER_FIELDS.includes(field)) {
    const num = parseAmount(raw, opts.locale);
    if (num !== undefined) value.num = Number((num * labelUnit(label)).toPrecision(15));
  } else if (!field) {
    const date = parseDate(raw, opts);
    const num = date === undefined && isNumericText(raw) ? parseAmount(raw, opts.locale) : undefined;
    if (date !== undefined) value.date = date;
    if (num !== undefined) value.num = Number((num * labelUnit(label)).toPrecision(15));
  }
  return { key, value };
}

/**
 * Fields of a record: keys are canonical field names where the label is known, else the
 * normalised label. The first value seen for a key wins; a later one under a canonical key is
 * kept under its own label so nothing the page showed is lost.
 */
export function readFields(root: ParentNode, opts: FieldOptions = {}): Record<string, FieldValue> {
  const budget = opts.budget ?? makeBudget();
  const o = { now: opts.now ?? Date.now(), locale: opts.locale ?? localeOf(root) };
  const out: Record<string, FieldValue> = {};
  for (const p of readPairs(root, budget, { ...o, timelines: opts.timelines })) {
    let raw = p.value;
    if (raw.length > MAX_VALUE) {
      raw = raw.slice(0, MAX_VALUE);
      budget.problems.add(problem('value_too_long', MAX_VALUE, p.label.slice(0, 40)));
    }
    const { key, value } = fieldValue(p.label, raw, o);
    if (!(key in out)) out[key] = value;
    else {
      const own = normaliseLabel(p.label);
      if (!(own in out)) out[own] = value;
    }
  }
  if (opts.problems) opts.problems.push(...budget.problems);
  return out;
}
