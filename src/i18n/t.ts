import { catalog, type Lang, type MessageKey } from './catalog';
import { fill } from './define';

export type { Lang, MessageKey };
export type LangSetting = 'auto' | Lang;

/** 'auto' follows the browser's UI language; anything Chinese gets zh_CN, the rest English. */
export function resolveLang(setting: LangSetting, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

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
