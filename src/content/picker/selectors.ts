/**
 * Selectors that outlive the next deploy of the CRM: ids, data-attributes, roles and readable
 * class names, never the hashed class names CSS-in-JS tools generate, and never anything that
 * belongs to one record (an id with digits, an attribute holding the shown text), because the
 * same selector must find the same field on every account's page.
 */
import { finder } from '@medv/finder';

/** "css-1x2y3z", "_a8f3k", "sc-bdVaJa", "jss123": made by a build tool, changed by the next one. */
export function looksGenerated(name: string): boolean {
  if (/^_|^(css|sc|jss|jsx|emotion|styled|svelte|tw)-|^(jss|ember)\d/i.test(name)) return true;
  return name.split(/[-_]+/).some(
    (t) =>
      (/\d/.test(t) && /[a-z]/i.test(t)) ||
      /\d{2,}/.test(t) ||
      /[a-z][A-Z][a-z]?[A-Z]/.test(t) ||
      /[^aeiouy\d\W_]{5,}/i.test(t),
  );
}

const ATTRS = /^(data-[\w-]+|role|name|aria-label|aria-labelledby|itemprop|for|type)$/;
/** Attributes whose values are ids of one record or of one render, whatever they look like. */
const VOLATILE_ATTRS = /^data-(id|key|index|row-?index|reactid|v-[\w]+|testid-\d.*)$/i;

function stableAttr(el: Element) {
  const shown = (el.textContent ?? '').trim().toLowerCase();
  return (name: string, value: string) =>
    ATTRS.test(name) &&
    !VOLATILE_ATTRS.test(name) &&
    value.length > 0 &&
    value.length < 60 &&
    !/\d{2,}/.test(value) &&
    !looksGenerated(name) &&
    // An attribute repeating the element's own text ("aria-label=Acme Corp") names this record only.
    !(shown && (shown.includes(value.toLowerCase()) || value.toLowerCase().includes(shown)));
}

const stableId = (id: string) => /^[A-Za-z][\w-]*$/.test(id) && !/\d/.test(id) && !looksGenerated(id);
const stableClass = (c: string) => /^[A-Za-z][\w-]*$/.test(c) && !looksGenerated(c) && !/^(is-|has-)?(active|selected|hover(ed)?|focus(ed)?|open|checked)$/i.test(c);

const options = (el: Element, root: Element) => ({
  root,
  idName: stableId,
  className: stableClass,
  attr: stableAttr(el),
  tagName: (t: string) => !t.startsWith('churnlens'),
  seedMinLength: 2,
  timeoutMs: 300,
});

/** Does the selector name something about the element (id, class, attribute), not just its place? */
const anchoredIn = (sel: string) => /[#.[]/.test(sel);

/**
 * A selector unique in `root` (the document, or a row for a selector relative to it). The
 * shortest unique selector can be a bare position ("div:nth-of-type(2)") that any new block on
 * the page would shift, so such a result is re-rooted at the nearest ancestor with a stable name.
 */
export function stableSelector(el: Element, root: Element | Document = el.ownerDocument): string {
  // nodeType, not instanceof: the page may hand us nodes of another realm (frames, test windows).
  const top = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).body : (root as Element);
  const plain = finder(el, options(el, top));
  if (anchoredIn(plain)) return plain;
  for (let a = el.parentElement; a && a !== top && top.contains(a); a = a.parentElement) {
    const own = finder(a, options(a, top));
    if (!anchoredIn(own.split(' ').pop() ?? '')) continue;
    const sel = `${own} ${finder(el, options(el, a))}`;
    const found = top.querySelectorAll(sel);
    if (found.length === 1 && found[0] === el) return sel;
  }
  return plain;
}

const ROW_HINT = 'tr, [role="row"], li, [role="listitem"]';

/** The name's selector inside `row`, '' when the row is the name itself (a plain list item). */
function nameWithin(row: Element, nameEl: Element): string {
  return row === nameEl ? '' : stableSelector(nameEl, row);
}

const hasName = (row: Element, name: string) => name === '' || Boolean(row.querySelector(name));

/** Same-tag siblings of `row` that hold a name where `row` holds one: the other rows of the list. */
function peers(row: Element, name: string): Element[] {
  return [...(row.parentElement?.children ?? [])].filter((c) => c !== row && c.localName === row.localName && hasName(c, name));
}

/**
 * The row that holds `nameEl`: the closest ancestor that repeats among its siblings with the same
 * inner shape (a table row, a list item, a card in a grid), so one click teaches every row.
 */
export function rowOf(nameEl: Element): Element | null {
  const body = nameEl.ownerDocument.body;
  for (let el: Element | null = nameEl; el && el !== body && el.parentElement; el = el.parentElement) {
    // The clicked element itself is a row only when it is one by nature: a bare list item.
    if (el === nameEl && !el.matches(ROW_HINT)) continue;
    if (peers(el, nameWithin(el, nameEl)).length > 0) return el;
  }
  return null;
}

/** Selectors for every row of the list and, inside a row, for its account name. */
export function listSelectors(nameEl: Element): { row: string; name: string } | null {
  const row = rowOf(nameEl);
  if (!row?.parentElement) return null;
  const name = nameWithin(row, nameEl);
  const others = peers(row, name);
  // Only classes every row shares: "odd"/"even" or "selected" would drop half the list.
  const classes = [...row.classList].filter((c) => stableClass(c) && others.every((o) => o.classList.contains(c)));
  const self = row.localName + classes.map((c) => `.${CSS.escape(c)}`).join('');
  return { row: `${stableSelector(row.parentElement)} > ${self}`, name };
}
