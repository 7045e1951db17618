/**
 * The few SVG pieces our charts share (the side panel's trend, the options page's ROC and
 * calibration plots): a plot box, linear scales, a polyline path and labelled axes. Drawn in a
 * viewBox and scaled with the page, so they stay sharp at popup, panel and page widths.
 */
import type { ComponentChildren } from 'preact';

export interface Plot {
  /** The whole picture, in viewBox units. */
  width: number;
  height: number;
  /** The plotting area inside it; the margins hold the axis labels. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Scale = (v: number) => number;

export function scale(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** The x and y scales of a plot for these data ranges. */
export function axes(p: Plot, [x0, x1]: [number, number], [y0, y1]: [number, number]): { x: Scale; y: Scale } {
  return { x: scale(x0, x1, p.left, p.width - p.right), y: scale(y0, y1, p.height - p.bottom, p.top) };
}

/** An open polyline through the points, in order. */
export function linePath(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');
}

export interface Tick {
  at: number;
  label: string;
}

const LABEL = { 'font-size': 9, fill: 'var(--cl-muted)' } as const;

/** Horizontal grid lines with their labels in the left margin. */
export function YAxis({ plot, y, ticks }: { plot: Plot; y: Scale; ticks: Tick[] }) {
  return (
    <g class="cl-axis" data-axis="y">
      {ticks.map((t) => (
        <g>
          <line x1={plot.left} x2={plot.width - plot.right} y1={y(t.at)} y2={y(t.at)} stroke="var(--cl-border)" stroke-width="1" />
          <text x={plot.left - 4} y={y(t.at) + 3} text-anchor="end" {...LABEL}>{t.label}</text>
        </g>
      ))}
    </g>
  );
}

/** Labels under the plot; the first and last hug the ends so they never run off the picture. */
export function XAxis({ plot, x, ticks, title }: { plot: Plot; x: Scale; ticks: Tick[]; title?: string }) {
  const base = plot.height - plot.bottom;
  return (
    <g class="cl-axis" data-axis="x">
      <line x1={plot.left} x2={plot.width - plot.right} y1={base} y2={base} stroke="var(--cl-muted)" stroke-width="1" />
      {ticks.map((t, i) => (
        <text
          x={x(t.at)} y={base + 12}
          text-anchor={ticks.length > 1 && i === 0 ? 'start' : ticks.length > 1 && i === ticks.length - 1 ? 'end' : 'middle'}
          {...LABEL}
        >{t.label}</text>
      ))}
      {title && <text x={(plot.left + plot.width - plot.right) / 2} y={plot.height - 2} text-anchor="middle" {...LABEL}>{title}</text>}
    </g>
  );
}

/** A rotated title along the y axis. */
export function YTitle({ plot, children }: { plot: Plot; children: ComponentChildren }) {
  const mid = (plot.top + plot.height - plot.bottom) / 2;
  return <text x={9} y={mid} text-anchor="middle" transform={`rotate(-90 9 ${mid})`} {...LABEL}>{children}</text>;
}
