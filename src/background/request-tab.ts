/**
 * Worker → content script requests. Kept out of src/messaging.ts, which every CRM page loads, since
 * only the worker sends to tabs.
 */
import type { MessageOf, MessageType, Responses, Result } from '../messages';
import { unanswered } from '../messaging';

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
