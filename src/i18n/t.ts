import { catalog, type MessageKey } from './catalog';
import { fill } from './define';
import type { Lang } from './lang';

export { resolveLang, type Lang, type LangSetting } from './lang';
export type { MessageKey };

export function t(lang: Lang, key: MessageKey, ...params: (string | number)[]): string {
  return fill(catalog[lang][key] ?? catalog.en[key] ?? key, params);
}

/** The locale a language's numbers and dates are written in. */
export const localeOf = (lang: Lang): string => (lang === 'zh_CN' ? 'zh-CN' : 'en-US');

// toLocaleString makes a new Intl formatter at each call, and making one costs far more than using
// it: the popup's first screen spent 30-90 ms of its render on that alone.
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${lang}${JSON.stringify(options)}`;
  let f = made.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) made.set(key, (f = new Intl.DateTimeFormat(localeOf(lang), options)));
  return f;
}

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n${lang}${JSON.stringify(options)}`;
  let f = made.get(key) as Intl.NumberFormat | undefined;
  if (!f) made.set(key, (f = new Intl.NumberFormat(localeOf(lang), options)));
  return f;
}

/** Amounts as the user's language writes them: ¥12.5万 reads better than ¥125,000 in Chinese. */
export function formatMoney(n: number, lang: Lang): string {
  if (lang === 'zh_CN' && Math.abs(n) >= 10_000) {
    const wan = n / 10_000;
    return `${wan >= 100 ? numberFormat(lang).format(Math.round(wan)) : wan.toFixed(1).replace(/\.0$/, '')}万`;
  }
  return numberFormat(lang).format(Math.round(n));
}

export function formatDate(ms: number, lang: Lang): string {
  return dateFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
}
