/**
 * The user's language, without the catalogues: the content script needs only this decision,
 * and importing t() would pull every string of the extension into the page.
 */
export type Lang = 'en' | 'zh_CN';
export type LangSetting = 'auto' | Lang;

/** 'auto' follows the browser's UI language; anything Chinese gets zh_CN, the rest English. */
export function resolveLang(setting: LangSetting, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}
