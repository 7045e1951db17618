/** A half-dial: the bands are the user's thresholds, the arc is this account's risk. */
import type { Level } from '../core/types';

export const LEVEL_COLOR: Record<Level, string> = {
  low: 'var(--cl-low)', medium: 'var(--cl-medium)', high: 'var(--cl-high)',
  critical: 'var(--cl-critical)', unknown: 'var(--cl-unknown)',
};

const R = 64;
const CX = 80;
const CY = 76;
/** Point on the dial for a value 0..100 (0 at the left end, 100 at the right). */
const at = (v: number) => {
  const a = Math.PI * (1 - Math.min(100, Math.max(0, v)) / 100);
  return [CX + R * Math.cos(a), CY - R * Math.sin(a)] as const;
};
const arc = (from: number, to: number) => {
  const [x1, y1] = at(from);
  const [x2, y2] = at(to);
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${R} ${R} 0 0 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
};

export function RiskGauge(props: {
  risk: number | null;
  level: Level;
  thresholds: { medium: number; high: number; critical: number };
  label: string;
}) {
  const { risk, level, thresholds: th } = props;
  const bands: [number, number, Level][] = [
    [0, th.medium, 'low'], [th.medium, th.high, 'medium'], [th.high, th.critical, 'high'], [th.critical, 100, 'critical'],
  ];
  return (
    <svg viewBox="0 0 160 92" width="160" height="92" role="img" aria-label={props.label}>
      {bands.map(([a, b, l]) => (
        <path d={arc(a + 0.6, b - 0.6)} stroke={LEVEL_COLOR[l]} stroke-opacity="0.22" stroke-width="12" fill="none" />
      ))}
      {risk !== null && risk > 0.5 && (
        <path d={arc(0, risk)} stroke={LEVEL_COLOR[level]} stroke-width="12" fill="none" stroke-linecap="round" />
      )}
      <text x={CX} y={CY - 8} text-anchor="middle" font-size="28" font-weight="700" fill="var(--cl-text)">
        {risk === null ? '?' : Math.round(risk)}
      </text>
      <text x={CX} y={CY + 10} text-anchor="middle" font-size="10" fill="var(--cl-muted)">/ 100</text>
    </svg>
  );
}
