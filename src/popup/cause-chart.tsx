/**
 * Flagged accounts per likely cause, one horizontal bar each, most first. A bar is a button: it
 * filters the list to that cause, and pressed again shows every cause.
 */
import { causeLabel } from '../core/render';
import type { CauseId } from '../core/types';
import { axes, XAxis, type Plot } from '../ui/chart';
import { useLang, useT } from '../ui/i18n';
import { NONE } from '../core/review-filter';

/** Bars drawn at most; every cause stays in the cause menu. */
const BARS = 6;
const ROW = 16;
const WIDTH = 432;

/** An axis end and step that read well: 1, 2 or 5 times a power of ten, at most five steps. */
export function niceAxis(max: number): { end: number; step: number } {
  const target = Math.max(1, max) / 4;
  const pow = 10 ** Math.floor(Math.log10(target));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= target)!);
  return { end: Math.ceil(Math.max(1, max) / step) * step, step };
}

/** Without `onPick` (the whole list not in yet) the bars are a picture only. */
export function CauseChart({ counts, selected, onPick }: {
  counts: ReadonlyMap<string, number>;
  selected: string;
  onPick?: (cause: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const bars = [...counts].slice(0, BARS);
  if (!bars.length) return null;
  const label = (c: string) => (c === NONE ? t('review_no_cause') : causeLabel(c as CauseId, lang));
  const plot: Plot = { width: WIDTH, height: 4 + bars.length * ROW + 26, left: 140, top: 4, right: 26, bottom: 26 };
  const { end, step } = niceAxis(bars[0]![1]);
  const { x } = axes(plot, [0, end], [0, 1]);
  const ticks = Array.from({ length: end / step + 1 }, (_, i) => ({ at: i * step, label: String(i * step) }));
  const pick = (c: string) => onPick?.(selected === c ? '' : c);
  return (
    <figure class="rv-chart" data-churnlens="cause-chart">
      <figcaption>{t('review_chart_title')}</figcaption>
      <svg viewBox={`0 0 ${plot.width} ${plot.height}`} role="group" aria-label={t('review_chart_label')}>
        {ticks.slice(1).map((k) => (
          <line class="rv-grid" x1={x(k.at)} x2={x(k.at)} y1={plot.top} y2={plot.height - plot.bottom} />
        ))}
        {bars.map(([cause, n], i) => {
          const y = plot.top + i * ROW;
          const on = selected === cause;
          return (
            <g
              class={`rv-bar${on ? ' on' : ''}${selected && !on ? ' off' : ''}`} data-cause={cause} data-count={n}
              role={onPick ? 'button' : 'img'} tabIndex={onPick ? 0 : -1} aria-pressed={onPick ? on : undefined} aria-label={t('review_chart_bar', label(cause), n)}
              onClick={() => pick(cause)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), pick(cause))}
            >
              <rect class="rv-hit" x={0} y={y} width={plot.width} height={ROW} />
              <text class="rv-bar-label" x={plot.left - 6} y={y + ROW / 2 + 4} text-anchor="end">{clip(label(cause))}</text>
              <rect class="rv-bar-fill" x={plot.left} y={y + 3} width={Math.max(2, x(n) - plot.left)} height={ROW - 5} rx={2} />
              <text class="rv-bar-n" x={x(n) + 4} y={y + ROW / 2 + 4}>{n}</text>
            </g>
          );
        })}
        <XAxis plot={plot} x={x} ticks={ticks} title={t('review_chart_axis')} />
      </svg>
    </figure>
  );
}

/** Long cause names are cut to fit the label column; the bar's accessible name says them whole. */
const clip = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);
