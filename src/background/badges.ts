import type { Score } from '../core/types';
import { causeLabel, renderEvidence } from '../core/render';
import type { Badge } from '../messages';
import { t, type Lang } from '../i18n/t';
import { verdictLine } from '../ui/verdict-text';

/** A score as the page shows it: the worker localises, so the content script carries no catalogue. */
export function toBadge(score: Score, lang: Lang): Badge {
  const level = t(lang, `level_${score.level}`);
  const top = score.causes[0];
  let title: string;
  if (score.level === 'unknown' || score.risk === null) {
    title = t(lang, 'badge_title_unknown', score.unknownReason ? renderEvidence(score.unknownReason, lang) : '');
  } else if (top) {
    title = t(lang, 'badge_title', level, Math.round(score.risk), causeLabel(top.cause, lang));
  } else {
    title = t(lang, 'badge_title_nocause', level, Math.round(score.risk));
  }
  if (score.basis) title += ` — ${renderEvidence(score.basis, lang)}`;
  if (score.verdict) title += ` — ${verdictLine(score.verdict, lang)}`;
  return { key: score.account, level: score.level, risk: score.risk, label: level, title, ...(score.basis ? { tentative: true } : {}) };
}
