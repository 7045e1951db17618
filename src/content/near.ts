/**
 * Which rows of a long list are on or near the screen (half a screen above and below): only those
 * are read and badged, so a 1,000-row list costs what the user can see. Rows stack in page order,
 * so the near ones are found by halving, from a few row boxes, not by measuring every row; a
 * hidden row (its box at 0, 0) only widens the range. Scrolling, resizing and clicks (a tab or
 * filter that shows another part of a list) ask for a pass; nothing runs while the page is left
 * alone.
 */
export function onViewChange(schedule: () => void, signal: AbortSignal): void {
  for (const type of ['scroll', 'resize', 'click']) addEventListener(type, schedule, { capture: true, passive: true, signal });
}

export function nearRows(rows: readonly Element[]): readonly Element[] {
  const h = innerHeight;
  const top = -h / 2;
  const bottom = h * 1.5;
  // First row that ends below the top of the range, then first row that starts below its bottom.
  const first = firstWhere(rows, 0, (r) => r.getBoundingClientRect().bottom > top);
  const end = firstWhere(rows, first, (r) => r.getBoundingClientRect().top >= bottom);
  return rows.slice(first, end);
}

/** The first index from `from` where test holds, assuming it holds for every row after that one. */
function firstWhere(rows: readonly Element[], from: number, test: (r: Element) => boolean): number {
  let lo = from;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(rows[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
