/**
 * Page text as text: read from text nodes only (never innerHTML), whitespace collapsed, bounded in
 * nodes and characters so a 10,000-character name or a huge subtree costs little.
 */
import { childrenOf, isOpaque, tagOf } from './walk';

/** Longest value kept from a page; longer ones are cut and reported. */
export const MAX_VALUE = 500;

export interface Text {
  text: string;
  /** The page held more than was kept. */
  cut: boolean;
}

/** Formatting that sits inside a word; every other element separates words. */
const INLINE = new Set(['B', 'STRONG', 'EM', 'I', 'U', 'MARK', 'SMALL', 'SUB', 'SUP', 'A', 'ABBR', 'FONT', 'CODE', 'WBR']);

/** The visible text of el, at most max characters, from at most maxNodes nodes. */
export function textOf(el: Element, max = MAX_VALUE, maxNodes = 2_000): Text {
  // Most cells and labels hold text alone: the browser joins it without a walk.
  if (!el.firstElementChild && !el.shadowRoot && !LEAF_EXCEPTIONS.has(tagOf(el))) return collapse(el.textContent ?? '', max, false);
  let out = '';
  let nodes = 0;
  let cut = false;
  const stack: Node[] = [el];
  const limit = max * 4 + 64;
  while (stack.length) {
    const n = stack.pop()!;
    if (++nodes > maxNodes) {
      cut = true;
      break;
    }
    if (n.nodeType === 3) {
      out += (n as CharacterData).data;
      if (out.length > limit) {
        cut = true;
        break;
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e !== el && isOpaque(e)) continue;
    if (!INLINE.has(tagOf(e))) out += ' ';
    const kids: Node[] = tagOf(e) === 'TEMPLATE' || tagOf(e) === 'IFRAME' ? childrenOf(e) : [...(e.shadowRoot ? Array.from(e.shadowRoot.childNodes) : []), ...Array.from(e.childNodes)];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return collapse(out.replace(SPLIT_NUMBER, '$1$2'), max, cut);
}

/**
 * Number widgets put a currency sign, the whole part and the decimals in elements of their own
 * ("¥" "568" ".08"): the spaces the walk put between them are not on screen.
 */
const SPLIT_NUMBER = /([¥$€£￥])\s+(?=\d)|(\d)\s+(?=\.\d)/g;

/** Elements whose text is not their text nodes: a template's content, a frame's document. */
const LEAF_EXCEPTIONS = new Set(['TEMPLATE', 'IFRAME']);

/** Raw text is cut to max * 4 + 64 before whitespace collapses: room for runs of spaces, never the whole of a huge node. */
function collapse(raw: string, max: number, cut: boolean): Text {
  const limit = max * 4 + 64;
  const clean = raw.slice(0, limit).replace(/[\s\u200b\u00ad]+/g, ' ').trim();
  if (clean.length > max) return { text: clean.slice(0, max), cut: true };
  return { text: clean, cut: cut || raw.length > limit };
}

/** Short form: just the string. */
export const text = (el: Element, max = MAX_VALUE) => textOf(el, max).text;

const FORM_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
export const isControl = (el: Element) => FORM_TAGS.has(tagOf(el));

/** What a form control shows; undefined for controls that hold secrets or nothing to read. */
export function controlValue(el: Element): string | undefined {
  const tag = tagOf(el);
  if (tag === 'SELECT') {
    const sel = el as HTMLSelectElement;
    const opt = sel.options?.[sel.selectedIndex] ?? null;
    return opt ? text(opt) : undefined;
  }
  if (tag === 'TEXTAREA') return (el as HTMLTextAreaElement).value?.slice(0, MAX_VALUE * 4);
  if (tag !== 'INPUT') return undefined;
  const input = el as HTMLInputElement;
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image'].includes(type)) return undefined;
  if (type === 'checkbox' || type === 'radio') return input.checked ? 'true' : 'false';
  return input.value?.slice(0, MAX_VALUE * 4);
}
