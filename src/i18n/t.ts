import { catalog, type MessageKey } from './catalog';
import { fill } from './define';
import type { Lang } from './lang';

export { resolveLang, type Lang, type LangSetting } from './lang';
export type { MessageKey };

export function t(lang: Lang, key: MessageKey, ...params: (string | number)[]): string {
  return fill(catalog[lang][key] ?? catalog.en[key] ?? key, params);
}

// toLocaleString makes a new Intl formatter at each call, and making one costs far more than using
// it: the popup's first screen spent 30-90 ms of its render on that alone.
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat>(Make: new (locale: string, options: object) => F, kind: string, lang: Lang, options: object): F {
  const key = `${kind}${lang}${JSON.stringify(options)}`;
  let f = made.get(key) as F | undefined;
  if (!f) made.set(key, (f = new Make(lang === 'zh_CN' ? 'zh-CN' : 'en-US', options)));
  return f;
}

export const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => kept(Intl.DateTimeFormat, 'd', lang, options);
export const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => kept(Intl.NumberFormat, 'n', lang, options);

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
