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
import { unansweredText } from './i18n/messaging-strings';

type Unanswered = 'error_no_answer' | 'error_tab_no_answer';

/**
 * The reader carries these few words in its one script: it loads nothing of its own, and a copy
 * left behind by an extension reload, which can reach nothing more, still says what happened.
 */
export function unanswered(key: Unanswered, type: string, cause?: unknown): Error {
  return new Error(unansweredText(key, type), { cause });
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
