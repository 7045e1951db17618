/**
 * The ↑ beside a flagged account's level pill when its level rose this week (FlaggedRow.rose,
 * worked out by the worker). The arrow is for the eye; the title and label say it in words.
 */
import { useT } from '../ui/i18n';

export function RoseMark({ rose }: { rose?: boolean }) {
  const t = useT();
  if (!rose) return null;
  const says = t('trend_rose_mark');
  return (
    <span
      data-churnlens="rose" role="img" title={says} aria-label={says}
      style={{ color: 'var(--cl-critical)', fontWeight: 700, fontSize: '13px', lineHeight: 1 }}
    >↑</span>
  );
}
