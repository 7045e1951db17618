import { defineStrings, fill } from './define';
import { resolveLang } from './lang';

/**
 * What src/messaging.ts says when nothing answers a request. It runs in the content script too,
 * so it reads this small catalogue directly rather than every string through t().
 */
export const messagingStrings = defineStrings({
  en: {
    error_no_answer: 'ChurnLens did not answer ($1). If it was just updated or reloaded, reload this page and try again.',
    error_tab_no_answer: 'The CRM page did not answer ($1). Reload that page and try again.',
  },
  zh_CN: {
    error_no_answer: 'ChurnLens 没有回应（$1）。如果扩展刚刚更新或重新加载，请刷新此页面后重试。',
    error_tab_no_answer: 'CRM 页面没有回应（$1）。请刷新该页面后重试。',
  },
});

/** In the browser's language: the user's own choice lives with the worker that did not answer. */
export function unansweredText(key: keyof typeof messagingStrings.en, type: string): string {
  return fill(messagingStrings[resolveLang('auto', chrome.i18n.getUILanguage())][key], [type]);
}
