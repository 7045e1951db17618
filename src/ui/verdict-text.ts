/** A verdict in one line, as badges, the popup and the side panel say it: who said what, and why. */
import type { VerdictMark } from '../core/review';
import { t, type Lang } from '../i18n/t';

/** Who did it: the name they gave in the options, or "me" in the reader's language. */
export const byName = (by: string, lang: Lang): string => by || t(lang, 'review_me');

export function verdictLine(v: VerdictMark, lang: Lang): string {
  const by = byName(v.by, lang);
  const said = v.kind === 'override'
    ? t(lang, 'verdict_by_override', t(lang, `level_${v.level ?? 'unknown'}`), by)
    : t(lang, v.kind === 'not_risk' ? 'verdict_by_not_risk' : 'verdict_by_real_risk', by);
  return v.reason ? t(lang, 'verdict_with_reason', said, v.reason) : said;
}
