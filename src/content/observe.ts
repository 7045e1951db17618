/**
 * The page's one MutationObserver. Work is batched into an animation frame, and changes that are
 * only our own badges coming and going are ignored, so a page where nothing changes costs nothing.
 */
import { ID_ATTRS } from '../adapters/list';

const OURS = '[data-churnlens]';

const isOurs = (n: Node) => n instanceof Element && n.matches(OURS);

function onlyOurs(records: MutationRecord[]): boolean {
  return records.every(
    (r) =>
      (r.target instanceof Element && r.target.closest(OURS)) ||
      (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOurs)),
  );
}

export interface Observed {
  /** Ask for a pass in the next frame (once, however often asked). */
  schedule(): void;
  /** How many times the page changed (beyond our own badges) so far: equal counts mean nothing moved in between. */
  changes(): number;
}

export function observe(root: Node, onChange: () => void, signal: AbortSignal): Observed {
  let frame = 0;
  let changes = 0;
  const schedule = () => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) onChange();
    });
  };
  const changed = () => {
    changes++;
    schedule();
  };
  const mo = new MutationObserver((records) => {
    if (!onlyOurs(records)) changed();
  });
  // A recycled row may keep its text and change only where it links (two accounts of one name);
  // a row shown or hidden by attribute changes which rows a list has.
  mo.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: ['href', 'hidden', 'aria-hidden', ...ID_ATTRS] });
  // Route changes that touch no DOM still deserve a look (back/forward to a cached view).
  addEventListener('popstate', changed, { signal });
  addEventListener('hashchange', changed, { signal });
  signal.addEventListener('abort', () => {
    mo.disconnect();
    cancelAnimationFrame(frame);
  });
  return { schedule, changes: () => changes };
}
