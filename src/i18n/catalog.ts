/** All string catalogues in one place: the source of public/_locales and of t(). */
import type { Catalog } from './define';
import type { Lang } from './lang';
import { uiStrings } from '../ui/strings';
import { storeStrings } from '../ui/store-strings';
import { causeStrings } from '../core/strings/causes';
import { evidenceStrings } from '../core/strings/evidence';
import { playbookStrings } from '../core/strings/playbooks';
import { guardrailStrings } from '../core/strings/guardrails';
import { tabularStrings } from '../core/strings/tabular';
import { importStrings } from '../core/strings/import';
import { importUiStrings } from '../options/import/strings';
import { backtestStrings } from '../core/strings/backtest';
import { pickerStrings } from '../content/picker/strings';
import { messagingStrings } from './messaging-strings';
import { trendStrings } from '../core/strings/trend';
import { reviewStrings } from '../ui/review-strings';
import { modelStrings } from '../options/model-strings';

const parts = [
  storeStrings,
  uiStrings, causeStrings, evidenceStrings, playbookStrings, guardrailStrings, tabularStrings, importStrings, importUiStrings, backtestStrings, pickerStrings,
  messagingStrings, trendStrings, reviewStrings, modelStrings,
] as const;

type KeysOf<P> = P extends Catalog<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof parts)[number]>;
export type { Lang };

export const catalog: Record<Lang, Record<MessageKey, string>> = {
  en: Object.assign({}, ...parts.map((p) => p.en)),
  zh_CN: Object.assign({}, ...parts.map((p) => p.zh_CN)),
};
