/** A verdict in one line, as badges, the popup and the side panel say it: who said what, and why. */
import type { VerdictMark } from '../core/review';
import { t, type Lang } from '../i18n/t';

export function verdictLine(v: VerdictMark, lang: Lang): string {
  const said = v.kind === 'override'
    ? t(lang, 'verdict_by_override', t(lang, `level_${v.level ?? 'unknown'}`), v.by)
    : t(lang, v.kind === 'not_risk' ? 'verdict_by_not_risk' : 'verdict_by_real_risk', v.by);
  return v.reason ? t(lang, 'verdict_with_reason', said, v.reason) : said;
}
