/** "What changed" in the user's language: the signal's name, how it moved, and the evidence now. */
import { fill } from '../i18n/define';
import { causeLabel, renderEvidence } from './render';
import { trendStrings, type TrendKey } from './strings/trend';
import type { Change } from './trend';
import type { CauseId, Lang } from './types';

const say = (lang: Lang, key: TrendKey, ...params: (string | number)[]) => fill(trendStrings[lang][key], params);

/**
 * A signal by name; text signals say which cause the words point at, since one feature holds them
 * all. A feature without a name of its own (a newer engine's) falls back to its cause.
 */
export function featureLabel(feature: string, cause: CauseId | undefined, lang: Lang): string {
  const own = (trendStrings[lang] as Record<string, string>)[`feature_${feature}`];
  if (!own) return cause ? causeLabel(cause, lang) : feature;
  return feature === 'text' && cause ? say(lang, 'trend_feature_cause', own, causeLabel(cause, lang)) : own;
}

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(Math.abs(x) < 10 ? 1 : 0)}`;

export interface ChangeWords {
  /** "Up: Open tickets" */
  title: string;
  /** "+6.0 pts (was 8.0)" */
  amount: string;
  /** What the current score says about it, one line per piece of evidence. */
  evidence: string[];
}

export function changeWords(c: Change, lang: Lang, maxEvidence = 2): ChangeWords {
  const name = featureLabel(c.feature, c.cause, lang);
  const key = ({ appeared: 'trend_appeared', rose: 'trend_rose', fell: 'trend_fell', gone: 'trend_gone' } as const)[c.kind];
  const amount = c.kind === 'rose' || c.kind === 'fell'
    ? say(lang, 'trend_points_was', signed(c.delta), c.before.toFixed(c.before < 10 ? 1 : 0))
    : say(lang, 'trend_points', signed(c.delta));
  return { title: say(lang, key, name), amount, evidence: c.evidence.slice(0, maxEvidence).map((e) => renderEvidence(e, lang)) };
}
