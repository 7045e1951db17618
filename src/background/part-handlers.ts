/**
 * The content script's parts (src/content/parts.ts), injected on its request. Only ever one of our
 * own files, by name, and only into the frame that asked: the target comes from the browser's
 * report of the sender, never from the message (the router has checked the sender is a content
 * script on an enabled site). The document too where the browser names it, so a frame that
 * navigated meanwhile gets nothing.
 */
import { CONTENT_PARTS } from '../content/parts';
import type { Handlers } from './router';

export const partHandlers: Handlers = {
  async 'part:load'(msg, { tabId, frameId, documentId }) {
    if (tabId === undefined || frameId === undefined) throw new Error('part:load came from no frame');
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await chrome.scripting.executeScript({ target, files: [CONTENT_PARTS[msg.part]] });
    return null;
  },
};
