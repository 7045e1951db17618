/**
 * Typed request/response over runtime messaging; the worker answers every request with a Result.
 * Chrome's own MV3 messaging returns promises, so this needs no polyfill: the content script,
 * which imports it on every CRM page, stays small.
 */
import type { MessageOf, MessageType, Responses, Result } from './messages';

export async function request<T extends MessageType>(msg: MessageOf<T>): Promise<Responses[T]> {
  const res = (await chrome.runtime.sendMessage(msg)) as Result<Responses[T]> | undefined;
  if (!res) throw new Error(`No answer to ${msg.type}: the extension may have been reloaded.`);
  if (!res.ok) throw new Error(res.error);
  return res.data;
}

export async function requestTab<T extends MessageType>(
  tabId: number,
  msg: MessageOf<T>,
): Promise<Responses[T]> {
  const res = (await chrome.tabs.sendMessage(tabId, msg)) as Result<Responses[T]> | undefined;
  if (!res) throw new Error(`The page in tab ${tabId} did not answer ${msg.type}.`);
  if (!res.ok) throw new Error(res.error);
  return res.data;
}
