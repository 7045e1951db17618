import { catalog, type MessageKey } from './catalog';
import { fill } from './define';
import type { Lang } from './lang';

export { resolveLang, type Lang, type LangSetting } from './lang';
export type { MessageKey };

export function t(lang: Lang, key: MessageKey, ...params: (string | number)[]): string {
  return fill(catalog[lang][key] ?? catalog.en[key] ?? key, params);
}

/** Amounts as the user's language writes them: ¥12.5万 reads better than ¥125,000 in Chinese. */
export function formatMoney(n: number, lang: Lang): string {
  if (lang === 'zh_CN' && Math.abs(n) >= 10_000) {
    const wan = n / 10_000;
    return `${wan >= 100 ? Math.round(wan).toLocaleString('zh-CN') : wan.toFixed(1).replace(/\.0$/, '')}万`;
  }
  return Math.round(n).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en-US');
}

export function formatDate(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleDateString(lang === 'zh_CN' ? 'zh-CN' : 'en-US', {
    year: 'numeric', month: 'short', day: 'numeric',
  });
}
