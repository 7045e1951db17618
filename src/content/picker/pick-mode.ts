/**
 * Choosing an element on the CRM's page: hover shows what a click would take, the click is taken
 * before the CRM sees it (capture phase on window, default prevented), so a link does not navigate
 * and a row does not open. Our own elements (the panel, badges) are never offered.
 */

/** Events a click is made of; the CRM must see none of them while the user is choosing. */
const SWALLOWED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick'] as const;

export interface PickHandlers {
  hover(el: Element | null): void;
  pick(el: Element): void;
  cancel(): void;
}

/** The deepest element under the pointer that is the page's own and worth reading. */
export function pageElementOf(e: Event): Element | null {
  const path = e.composedPath().filter((n): n is Element => n instanceof Element);
  // Our badges and panel sit in shadow roots: anything on a path through them is ours.
  if (path.some((n) => n.matches('[data-churnlens]'))) return null;
  const el = path[0];
  if (!el || el === el.ownerDocument.documentElement || el === el.ownerDocument.body) return null;
  return el;
}

export function startPicking(win: Window, h: PickHandlers): () => void {
  const ctl = new AbortController();
  const opts = { capture: true, signal: ctl.signal };
  const ours = (e: Event) => e.composedPath().some((n) => n instanceof Element && n.matches('[data-churnlens="picker"]'));

  win.addEventListener('mousemove', (e) => h.hover(ours(e) ? null : pageElementOf(e)), opts);
  win.addEventListener('scroll', () => h.hover(null), { ...opts, passive: true });
  for (const type of SWALLOWED) {
    win.addEventListener(type, (e) => {
      if (ours(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (type !== 'click') return;
      const el = pageElementOf(e);
      if (el) h.pick(el);
    }, opts);
  }
  win.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    h.cancel();
  }, opts);
  return () => ctl.abort();
}
