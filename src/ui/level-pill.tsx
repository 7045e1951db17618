import type { Level } from '../core/types';
import { useT } from './i18n';

export function LevelPill({ level, risk }: { level: Level; risk?: number | null }) {
  const t = useT();
  return (
    <span class="cl-pill" data-level={level}>
      {t(`level_${level}`)}
      {risk != null && <span style={{ fontWeight: 500, opacity: 0.8 }}>{Math.round(risk)}</span>}
    </span>
  );
}
