/**
 * Typed request/response over runtime messaging; the worker answers every request with a Result.
 * Chrome's own MV3 messaging returns promises, so this needs no polyfill: the content script,
 * which imports it on every CRM page, stays small.
 *
 * The worker's errors arrive already in the user's language. When nothing answers, this says so
 * itself, in the browser's language: the user's own choice lives with the worker that did not
 * answer (and 'auto', the default, is the browser's language anyway).
 */
import type { MessageOf, MessageType, Responses, Result } from './messages';
import { fill } from './i18n/define';
import { resolveLang } from './i18n/lang';
import { messagingStrings } from './i18n/messaging-strings';

function unanswered(key: keyof typeof messagingStrings.en, type: string, cause?: unknown): Error {
  const lang = resolveLang('auto', chrome.i18n.getUILanguage());
  return new Error(fill(messagingStrings[lang][key], [type]), { cause });
}

export async function request<T extends MessageType>(msg: MessageOf<T>): Promise<Responses[T]> {
  let res: Result<Responses[T]> | undefined;
  try {
    res = await chrome.runtime.sendMessage(msg);
  } catch (e) {
    // No worker to reach: the extension was reloaded or updated under this page.
    throw unanswered('error_no_answer', msg.type, e);
  }
  if (!res) throw unanswered('error_no_answer', msg.type);
  if (!res.ok) throw new Error(res.error);
  return res.data;
}

export async function requestTab<T extends MessageType>(
  tabId: number,
  msg: MessageOf<T>,
): Promise<Responses[T]> {
  let res: Result<Responses[T]> | undefined;
  try {
    res = await chrome.tabs.sendMessage(tabId, msg);
  } catch (e) {
    // Nothing of ChurnLens listens in that tab (never injected, or left behind by a reload).
    throw unanswered('error_tab_no_answer', msg.type, e);
  }
  if (!res) throw unanswered('error_tab_no_answer', msg.type);
  if (!res.ok) throw new Error(res.error);
  return res.data;
}
