/**
 * Keeps one badge beside each account on the page. Rows are re-checked on every pass, because
 * CRMs recycle row elements when they sort, page or virtualise: a badge whose row now shows
 * another account is repainted or removed, never left beside the wrong name.
 */
import type { ListRow } from '../adapters/types';
import type { Badge } from '../messages';
import { createBadgeHost, onBadgeClick, paintBadge, TAG } from './badge-host';

export class BadgeLayer {
  private rowHosts = new Map<Element, HTMLElement>();
  private recordHost: HTMLElement | null = null;
  private recordAnchor: Element | null = null;

  /** open runs when the user clicks any badge; signal ends listening when this copy stops. */
  constructor(open: () => void, signal: AbortSignal) {
    onBadgeClick(open, signal);
  }

  /** Does this row carry a badge? Such a row is re-read on every pass, near the screen or not. */
  has(row: Element): boolean {
    return this.rowHosts.has(row);
  }

  /** Paint rows whose badge is known; return the rows still waiting for one. */
  syncRows(rows: ListRow[], known: (key: string) => Badge | undefined): ListRow[] {
    const seen = new Set<Element>();
    const waiting: ListRow[] = [];
    for (const row of rows) {
      seen.add(row.el);
      const badge = known(row.key);
      let host = this.rowHosts.get(row.el);
      if (host && !host.isConnected) host = undefined;
      if (!badge) {
        // The row shows an account we have no score for yet: never keep a stale badge meanwhile.
        host?.remove();
        this.rowHosts.delete(row.el);
        waiting.push(row);
        continue;
      }
      this.paintRow(row, badge, host);
    }
    for (const [el, host] of this.rowHosts) {
      if (!seen.has(el)) {
        host.remove();
        this.rowHosts.delete(el);
      }
    }
    return waiting;
  }

  /** Paint rows just read whose badge arrived, leaving every other row as it is. */
  paintRows(rows: ListRow[], known: (key: string) => Badge | undefined): void {
    for (const row of rows) {
      const badge = known(row.key);
      if (badge && row.el.isConnected) this.paintRow(row, badge, this.rowHosts.get(row.el));
    }
  }

  private paintRow(row: ListRow, badge: Badge, host: HTMLElement | undefined): void {
    if (!host?.isConnected) {
      host = createBadgeHost();
      placeInRow(row, host);
      this.rowHosts.set(row.el, host);
    }
    paintBadge(host, badge);
  }

  /** One badge for the open record: beside its title, or floating in a corner when it has none. */
  showRecord(anchor: Element | null, badge: Badge): void {
    let host = this.recordHost;
    if (!host?.isConnected || this.recordAnchor !== anchor) {
      host?.remove();
      host = this.recordHost = createBadgeHost();
      this.recordAnchor = anchor;
      if (anchor) placeBeside(anchor, host);
      else {
        // No title to sit beside: float in the corner rather than guess a place in the layout.
        Object.assign(host.style, { position: 'fixed', top: '12px', right: '12px', zIndex: '2147483646' });
        document.body.append(host);
      }
    }
    paintBadge(host, badge);
  }

  clearRecord(): void {
    this.recordHost?.remove();
    this.recordHost = null;
  }

  clear(): void {
    this.clearRecord();
    for (const host of this.rowHosts.values()) host.remove();
    this.rowHosts.clear();
  }
}

/** Beside the row's name when it can be found (a link, usually), else at the end of its first cell. */
function placeInRow(row: ListRow, host: HTMLElement): void {
  const links = row.el.querySelectorAll('a');
  for (const a of links) {
    if (a.textContent?.trim() && row.name.startsWith(a.textContent.trim().slice(0, 40))) {
      a.after(host);
      return;
    }
  }
  const cell = row.el.querySelector('td, [role="gridcell"], [role="rowheader"], [role="cell"]') ?? row.el;
  cell.append(host);
}

/**
 * Inside a heading, after its text; after any other title element (a span in a flex row that
 * truncates would clip a badge put inside it). A title that is a form control gets the badge after it.
 */
function placeBeside(anchor: Element, host: HTMLElement): void {
  const heading = /^H[1-6]$/.test(anchor.tagName) || anchor.getAttribute('role') === 'heading';
  if (heading && !anchor.querySelector('input, textarea, select')) anchor.append(host);
  else anchor.after(host);
}

/** Remove what an earlier copy of this script left (the extension was reloaded or updated). */
export function removeStrayBadges(): void {
  for (const el of document.querySelectorAll(TAG)) el.remove();
}
