/**
 * The model view's two pictures, each with the learned model and the default scorecard on the same
 * accounts: a ROC curve (how well each ranks churners first) and a reliability diagram (whether a
 * predicted 30% means 30% of those accounts churned). Both from out-of-fold predictions.
 */
import type { ComponentChildren } from 'preact';
import type { ReliabilityBin } from '../core/curves';
import { axes, linePath, XAxis, YAxis, YTitle, type Plot } from '../ui/chart';
import { useT } from '../ui/i18n';

const PLOT: Plot = { width: 300, height: 236, left: 40, top: 8, right: 10, bottom: 34 };
const TICKS = [0, 0.25, 0.5, 0.75, 1].map((at) => ({ at, label: at === 0 || at === 1 ? String(at) : at.toFixed(2) }));
export const SERIES = {
  learned: 'var(--cl-accent)',
  scorecard: 'var(--cl-high)',
} as const;
type Series = keyof typeof SERIES;

function Frame({ label, x, y, children }: { label: string; x: string; y: string; children: ComponentChildren }) {
  const s = axes(PLOT, [0, 1], [0, 1]);
  return (
    <svg class="mv-chart" viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} role="img" aria-label={label}>
      <YAxis plot={PLOT} y={s.y} ticks={TICKS} />
      <XAxis plot={PLOT} x={s.x} ticks={TICKS} title={x} />
      <YTitle plot={PLOT}>{y}</YTitle>
      <path class="mv-diagonal" d={linePath([[s.x(0), s.y(0)], [s.x(1), s.y(1)]])} />
      {children}
    </svg>
  );
}

export function RocChart({ curves, learnedName }: { curves: Record<Series, [number, number][]>; learnedName: string }) {
  const t = useT();
  const { x, y } = axes(PLOT, [0, 1], [0, 1]);
  return (
    <Frame label={t('model_chart_label', t('model_roc'), learnedName, t('model_scorecard'))} x={t('model_roc_x')} y={t('model_roc_y')}>
      {(['scorecard', 'learned'] as const).map((k) => (
        <path
          class="mv-line" data-series={k} data-points={curves[k].length}
          d={linePath(curves[k].map(([fpr, tpr]) => [x(fpr), y(tpr)]))} style={{ stroke: SERIES[k] }}
        />
      ))}
    </Frame>
  );
}

export function CalibrationChart({ bins, learnedName }: { bins: Record<Series, ReliabilityBin[]>; learnedName: string }) {
  const t = useT();
  const { x, y } = axes(PLOT, [0, 1], [0, 1]);
  const pct = (v: number) => Math.round(v * 100);
  return (
    <Frame label={t('model_chart_label', t('model_calibration'), learnedName, t('model_scorecard'))} x={t('model_cal_x')} y={t('model_cal_y')}>
      {(['scorecard', 'learned'] as const).map((k) => (
        <g data-series={k}>
          <path class="mv-line" data-points={bins[k].length} d={linePath(bins[k].map((b) => [x(b.predicted), y(b.observed)]))} style={{ stroke: SERIES[k] }} />
          {bins[k].map((b) => (
            // Area follows the number of accounts, so a bin of three does not look like a bin of three hundred.
            <circle cx={x(b.predicted)} cy={y(b.observed)} r={Math.min(7, 2.5 + Math.sqrt(b.count) / 3)} style={{ fill: SERIES[k] }} class="mv-dot">
              <title>{t('model_bin', k === 'learned' ? learnedName : t('model_scorecard'), pct(b.predicted), pct(b.observed), b.count)}</title>
            </circle>
          ))}
        </g>
      ))}
    </Frame>
  );
}

export function Legend({ learnedName }: { learnedName: string }) {
  const t = useT();
  return (
    <div class="mv-legend">
      <span><i style={{ background: SERIES.learned }} />{learnedName}</span>
      <span><i style={{ background: SERIES.scorecard }} />{t('model_scorecard')}</span>
      <span><i class="mv-legend-diagonal" />{t('model_chance')}</span>
    </div>
  );
}
