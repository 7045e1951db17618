/** Evidence, causes and actions as text in the user's language, from the catalogues. */
import { fill } from '../i18n/define';
import { causeStrings } from './strings/causes';
import { evidenceStrings } from './strings/evidence';
import { playbookStrings } from './strings/playbooks';
import type { Action, CauseId, Evidence, Lang, Score } from './types';

export function renderEvidence(e: Evidence, lang: Lang): string {
  const template = (evidenceStrings[lang] as Record<string, string>)[e.key] ?? e.key;
  return fill(template, e.params ?? []);
}

export function causeLabel(id: CauseId, lang: Lang): string {
  return causeStrings[lang][`cause_${id}`];
}

export function actionTitle(a: Action, lang: Lang): string {
  return a.title?.[lang] ?? (playbookStrings[lang] as Record<string, string>)[a.titleKey] ?? a.titleKey;
}

/** An action as a note for the CRM: what to do, for which cause, on what evidence. */
export function noteText(a: Action, score: Score, lang: Lang): string {
  const cause = score.causes.find((c) => c.cause === a.cause);
  const why = cause?.evidence[0] ? renderEvidence(cause.evidence[0], lang) : '';
  return fill(playbookStrings[lang].note_action, [actionTitle(a, lang), causeLabel(a.cause, lang), why]);
}
