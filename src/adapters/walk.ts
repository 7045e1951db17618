/**
 * One bounded walk over a page, shared by every reader: it enters open shadow roots, declarative
 * shadow templates the parser left unattached, and same-origin frames, and it stops at a budget of
 * elements and a depth limit so a hostile or runaway page costs a bounded amount of work.
 * Tag names, not instanceof, because elements from frames have other constructors.
 */
import { problem } from './problems';

export interface Budget {
  /** Elements still allowed to be visited. */
  left: number;
  maxDepth: number;
  /** What was skipped, as problem codes (./problems); copied into AccountRead.problems. */
  problems: Set<string>;
}

const DEFAULT_ELEMENTS = 20_000;

/** Said when a read stopped at the element budget (by the walk, or by a table's own row list). */
export const TOO_LARGE = problem('too_large');
const DEFAULT_DEPTH = 200;

export function makeBudget(elements = DEFAULT_ELEMENTS, maxDepth = DEFAULT_DEPTH): Budget {
  return { left: elements, maxDepth, problems: new Set() };
}

const NEVER_READ = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'svg', 'SVG']);

/** Upper-case tag name. HTML elements already report one; only foreign ones (svg) need the copy. */
export const tagOf = (el: Element) => {
  const t = el.tagName;
  return t.charCodeAt(0) > 90 ? t.toUpperCase() : t;
};

/**
 * Marked hidden by the page, for everyone or for assistive technology. A tab's panel that is not the
 * open tab is hidden the same way, but it is still the record's (详细资料, Account): it is read.
 */
export const isHidden = (el: Element) =>
  el.hasAttribute('hidden') || (el.getAttribute('aria-hidden') === 'true' && el.getAttribute('role') !== 'tabpanel');

/** Parts of the page no reader should look into: code, hidden parts, and ChurnLens's own badges. */
export function isOpaque(el: Element): boolean {
  const tag = tagOf(el);
  if (NEVER_READ.has(tag) && !(tag === 'TEMPLATE' && el.hasAttribute('shadowrootmode'))) return true;
  return isHidden(el) || el.hasAttribute('data-churnlens');
}

/** Children to descend into, shadow and frame content included. */
export function childrenOf(el: Element | DocumentFragment | Document): Element[] {
  if (!('tagName' in el)) return Array.from(el.children);
  const tag = tagOf(el);
  if (tag === 'TEMPLATE') {
    // A declarative shadow root that was not attached (inserted by script): its content is the page.
    const host = el.parentElement;
    return host?.shadowRoot ? [] : Array.from((el as HTMLTemplateElement).content?.children ?? []);
  }
  if (tag === 'IFRAME') {
    const root = frameRoot(el as HTMLIFrameElement);
    return root ? [root] : [];
  }
  const shadow = (el as HTMLElement).shadowRoot;
  return shadow ? [...Array.from(shadow.children), ...Array.from(el.children)] : Array.from(el.children);
}

function frameRoot(frame: HTMLIFrameElement): Element | null {
  try {
    const doc = frame.contentDocument;
    if (doc?.documentElement && doc.body?.firstChild) return doc.documentElement;
  } catch {
    // Cross-origin frame: its own content script instance reads it.
  }
  const src = frame.getAttribute('srcdoc');
  if (!src || typeof DOMParser === 'undefined') return null;
  // Parsing is inert (no scripts run); this covers srcdoc frames not yet loaded.
  return new DOMParser().parseFromString(src.slice(0, 200_000), 'text/html').documentElement;
}

function rootsOf(root: ParentNode): Element[] {
  if ('documentElement' in root) return root.documentElement ? [root.documentElement as Element] : [];
  if ('tagName' in root) return [root as Element];
  return Array.from((root as DocumentFragment).children);
}

/**
 * Elements under root in document order. `enter(el)` false keeps the walk out of el's subtree
 * (el itself is still yielded); opaque elements are neither yielded nor entered.
 */
export function* walk(root: ParentNode, budget: Budget, enter?: (el: Element) => boolean): Generator<Element> {
  const stack: [Element, number][] = rootsOf(root).reverse().map((e) => [e, 0]);
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (isOpaque(el)) continue;
    if (budget.left <= 0) {
      budget.problems.add(TOO_LARGE);
      return;
    }
    budget.left--;
    yield el;
    if (enter && !enter(el)) continue;
    const kids = childrenOf(el);
    if (!kids.length) continue;
    if (depth >= budget.maxDepth) {
      budget.problems.add(problem('too_deep', budget.maxDepth));
      continue;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
}

/** The first element matching a CSS selector, found by the bounded walk (shadow roots included). */
export function findFirst(root: ParentNode, selector: string, budget: Budget): Element | null {
  for (const el of walk(root, budget)) if (safeMatches(el, selector)) return el;
  return null;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Nearest ancestor (crossing shadow boundaries) for which test holds, within a few levels. */
export function closest(el: Element, test: (e: Element) => boolean, levels = 30): Element | null {
  let cur: Element | null = el;
  for (let i = 0; cur && i < levels; i++) {
    if (test(cur)) return cur;
    const parent: Element | null = cur.parentElement;
    cur = parent ?? ((cur.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return null;
}
