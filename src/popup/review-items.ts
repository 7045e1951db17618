/**
 * Flagged accounts as follow-up tasks, so the existing export (CRM task imports, or text) carries
 * them: "Review churn risk: <name>", due as soon as its level asks, with the risk in the details.
 */
import { dayOf, type ExportItem } from '../core/export/items';
import { causeLabel } from '../core/render';
import { formatMoney, t, type Lang } from '../i18n/t';
import type { FlaggedRow } from '../messages';
import { defaultDue } from '../sidebar/due';

export function reviewItem(r: FlaggedRow, lang: Lang, now: number): ExportItem {
  const today = dayOf(now);
  const body = t(
    lang, 'review_task_body', t(lang, `level_${r.level}`), r.risk === null ? '—' : Math.round(r.risk), formatMoney(r.valueAtRisk, lang),
    r.cause ? causeLabel(r.cause, lang) : t(lang, 'review_no_cause'), r.owner ?? t(lang, 'review_no_owner'),
  );
  return {
    kind: 'task', accountKey: r.key, accountName: r.name, title: t(lang, 'review_task_title', r.name),
    day: defaultDue(r.level, today), status: 'open', created: today, body: r.url ? `${body}\n${r.url}` : body,
    ...(r.cause ? { cause: r.cause } : {}),
  };
}
