/**
 * The account's risk over the last 90 days, one point per day it was scored, over the user's level
 * bands; and what changed since the day a week or more back, in words, biggest move first.
 */
import { changeWords } from '../core/trend-words';
import { NOTABLE_POINTS, series, TREND_DAYS, utcDay, weekBack, whatChanged, windowStart, type WhatChanged } from '../core/trend';
import type { Level, Score, ScoreDay } from '../core/types';
import { dateFormat, formatDate, type Lang } from '../i18n/t';
import { axes, linePath, XAxis, YAxis, type Plot } from '../ui/chart';
import { useLang, useT } from '../ui/i18n';
import { LevelPill } from '../ui/level-pill';
import { LEVEL_COLOR } from '../ui/risk-gauge';
import './trend.css';

type Thresholds = { medium: number; high: number; critical: number };

const DAY = 86_400_000;
const PLOT: Plot = { width: 320, height: 138, left: 24, top: 6, right: 8, bottom: 18 };
/** Changes listed at most: the biggest, which explain most of the move. */
const SHOWN = 5;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const shortDay = (day: string, lang: Lang) =>
  dateFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(dayMs(day));

export function Trend({ score, days, thresholds }: { score: Score | null; days: ScoreDay[]; thresholds: Thresholds }) {
  const t = useT();
  const lang = useLang();
  const now = Date.now();
  const shown = series(days, now);
  const changed = score ? whatChanged(score, days, now) : null;
  if (!shown.length && !changed) return null;
  return (
    <section class="cl-card" data-churnlens="trend">
      <h2>{t('trend_title')}</h2>
      {shown.length > 1 ? (
        <TrendChart days={shown} now={now} thresholds={thresholds} since={changed?.since.day} />
      ) : (
        shown[0] && <p class="cl-muted sb-small tr-one" data-churnlens="trend-one-day">{t('trend_one_day', formatDate(shown[0].at, lang))}</p>
      )}
      {changed && <Changes changed={changed} now={now} />}
    </section>
  );
}

function TrendChart({ days, now, thresholds: th, since }: { days: ScoreDay[]; now: number; thresholds: Thresholds; since?: string }) {
  const t = useT();
  const lang = useLang();
  const first = windowStart(now);
  const { x, y } = axes(PLOT, [0, TREND_DAYS - 1], [0, 100]);
  const xOf = (day: string) => x(Math.round((dayMs(day) - dayMs(first)) / DAY));
  const bands: [number, number, Level][] = [
    [0, th.medium, 'low'], [th.medium, th.high, 'medium'], [th.high, th.critical, 'high'], [th.critical, 100, 'critical'],
  ];
  // A day whose score was "unknown" breaks the line rather than dropping it to zero.
  const runs: [number, number][][] = [[]];
  for (const d of days) {
    if (d.risk === null) runs.push([]);
    else runs[runs.length - 1]!.push([xOf(d.day), y(d.risk)]);
  }
  const mid = utcDay(dayMs(first) + ((TREND_DAYS - 1) / 2) * DAY);
  const scored = days.filter((d) => d.risk !== null);
  return (
    <svg
      class="tr-chart" viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} role="img"
      aria-label={t('trend_chart_label', days.length, formatDate(days[0]!.at, lang), formatDate(days[days.length - 1]!.at, lang))}
    >
      {bands.map(([lo, hi, level]) => (
        <rect
          x={PLOT.left} width={PLOT.width - PLOT.left - PLOT.right} y={y(hi)} height={y(lo) - y(hi)}
          style={{ fill: LEVEL_COLOR[level], fillOpacity: 0.09 }} data-band={level}
        />
      ))}
      <YAxis plot={PLOT} y={y} ticks={[0, th.medium, th.high, th.critical, 100].map((v) => ({ at: v, label: String(v) }))} />
      <XAxis plot={PLOT} x={x} ticks={[first, mid, utcDay(now)].map((d) => ({ at: Math.round((dayMs(d) - dayMs(first)) / DAY), label: shortDay(d, lang) }))} />
      {since && since >= first && (
        <line class="tr-since" x1={xOf(since)} x2={xOf(since)} y1={PLOT.top} y2={PLOT.height - PLOT.bottom} />
      )}
      {runs.filter((r) => r.length > 1).map((r) => <path class="tr-line" d={linePath(r)} />)}
      {scored.map((d) => (
        <circle
          class="tr-point" data-day={d.day} data-risk={d.risk} cx={xOf(d.day)} cy={y(d.risk!)} r={d.day === since ? 4 : 3}
          style={{ fill: LEVEL_COLOR[d.level] }}
        >
          <title>{`${shortDay(d.day, lang)}: ${t(`level_${d.level}`)} ${Math.round(d.risk!)}`}</title>
        </circle>
      ))}
    </svg>
  );
}

function Changes({ changed, now }: { changed: WhatChanged; now: number }) {
  const t = useT();
  const lang = useLang();
  const { since } = changed;
  const notable = changed.changes.filter((c) => Math.abs(c.delta) >= NOTABLE_POINTS).slice(0, SHOWN);
  // No day a week back: the change is measured from the first day, and the panel says so.
  const newer = since.day > weekBack(now);
  return (
    <div class="tr-changed" data-churnlens="what-changed" data-since={since.day}>
      <h3>{t('trend_changed_since', formatDate(since.at, lang))}</h3>
      <div class="tr-move">
        <LevelPill level={since.level} risk={since.risk} />
        <span aria-hidden="true">→</span>
        <LevelPill level={changed.now.level} risk={changed.now.risk} />
      </div>
      {newer && <p class="cl-muted sb-small">{t('trend_newer_than_week', formatDate(since.at, lang))}</p>}
      {notable.length === 0 ? (
        <p class="cl-muted sb-small">{t('trend_nothing_changed')}</p>
      ) : (
        <ul class="tr-list">
          {notable.map((c) => {
            const w = changeWords(c, lang);
            return (
              <li data-feature={c.feature} data-kind={c.kind}>
                <div class="tr-head">
                  <span class="tr-title">{w.title}</span>
                  <span class={`tr-amount ${c.delta > 0 ? 'up' : 'down'}`}>{w.amount}</span>
                </div>
                {w.evidence.map((e) => <div class="cl-muted tr-ev">{e}</div>)}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
