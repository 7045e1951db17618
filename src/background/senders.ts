/**
 * Classify who sent a message. Only our own extension can message the worker at all (no
 * externally_connectable), but a content script speaks for a web page, so it is a lower class.
 */
import type { Runtime } from 'webextension-polyfill';
import type { SenderClass } from '../messages';

export interface SenderInfo {
  cls: SenderClass;
  tabId?: number;
  /** The URL of the frame that sent the message, as the browser (not the page) reports it. */
  url?: string;
  /** The frame, and the document in it, that a content script's message came from. */
  frameId?: number;
  documentId?: string;
}

export function classifySender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderInfo | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return { cls: 'page', tabId: sender.tab?.id, url: sender.url };
  if (sender.tab?.id !== undefined && sender.url) {
    return { cls: 'content', tabId: sender.tab.id, url: sender.url, frameId: sender.frameId, documentId: sender.documentId };
  }
  return null;
}

/** A content script may only speak about the page it runs in. */
export function claimsOwnOrigin(claimedUrl: string, senderUrl: string | undefined): boolean {
  if (!senderUrl) return false;
  try {
    return new URL(claimedUrl).origin === new URL(senderUrl).origin;
  } catch {
    return false;
  }
}
