/** Where the score comes from, one bar per cause, so the weight of each is seen at a glance. */
import type { Contribution } from '../core/types';
import { causeLabel } from '../core/render';
import { useLang, useT } from './i18n';

export function CauseBars({ contributions }: { contributions: Contribution[] }) {
  const lang = useLang();
  const t = useT();
  // Signals that name no cause (a CRM status) share one bar, so their weight is still seen.
  const byCause = new Map<Contribution['cause'], number>();
  for (const c of contributions) if (c.points > 0) byCause.set(c.cause, (byCause.get(c.cause) ?? 0) + c.points);
  const rows = [...byCause].sort((a, b) => b[1] - a[1]).slice(0, 6);
  const max = Math.max(1, ...rows.map((r) => r[1]));
  return (
    <div class="cl-bars">
      {rows.map(([cause, pts]) => (
        <div class="cl-bar-row">
          <span class="cl-bar-label">{cause ? causeLabel(cause, lang) : t('bar_no_cause')}</span>
          <span class="cl-bar-track">
            <span class="cl-bar-fill" style={{ width: `${(100 * pts) / max}%` }} />
          </span>
          <span class="cl-bar-n">+{pts.toFixed(pts < 10 ? 1 : 0)}</span>
        </div>
      ))}
    </div>
  );
}
