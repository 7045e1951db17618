/**
 * Which list rows are on or near the screen. Only those are read and badged, so a 1,000-row list
 * costs what the user can see, and rows scrolled into view (virtual scrollers included) are read
 * as they arrive. The browser computes intersections off the main script, so idle pages cost
 * nothing and no layout is forced.
 */
export class NearRows {
  private near = new WeakSet<Element>();
  private watched = new WeakSet<Element>();
  private io: IntersectionObserver;

  /** onNear runs when a row came within reach (half a screen above or below the viewport). */
  constructor(onNear: () => void, signal: AbortSignal) {
    this.io = new IntersectionObserver(
      (entries) => {
        let grew = false;
        for (const e of entries) {
          if (e.isIntersecting) {
            grew ||= !this.near.has(e.target);
            this.near.add(e.target);
          } else this.near.delete(e.target);
        }
        if (grew) onNear();
      },
      { rootMargin: '50% 0px' },
    );
    signal.addEventListener('abort', () => this.io.disconnect());
  }

  /** Start watching row (once) and say whether it is near now. A row seen for the first time is not, until the browser says so. */
  want = (row: Element): boolean => {
    if (!this.watched.has(row)) {
      this.watched.add(row);
      this.io.observe(row);
    }
    return this.near.has(row);
  };
}
