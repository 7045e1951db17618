/**
 * Every message enters here: validated against the protocol, checked against the sender
 * classes allowed for its type, then handed to its handler. Anything else is logged and refused.
 */
import type { Runtime } from 'webextension-polyfill';
import { ALLOWED_SENDERS, claimedUrl, parseMessage, type Message, type Responses, type Result } from '../messages';
import { claimsOwnOrigin, classifySender, type SenderInfo } from './senders';

export type Handler<T extends Message['type']> = (
  msg: Extract<Message, { type: T }>,
  sender: SenderInfo,
) => Promise<Responses[T]>;
export type Handlers = { [T in Message['type']]?: Handler<T> };

/**
 * Whether ChurnLens is enabled on an origin right now. A content script left running in a page
 * after the user revoked access (or one loaded where it never should be) speaks for nothing.
 */
export type SiteCheck = (origin: string) => boolean | Promise<boolean>;

/** Messages that act on a user's click and must be handled before anything is awaited. */
const WITHIN_GESTURE = new Set<Message['type']>(['panel:open']);

export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string, siteEnabled: SiteCheck = () => true) {
  return async function route(raw: unknown, rawSender: Runtime.MessageSender): Promise<Result<unknown>> {
    const refuse = (error: string): Result<unknown> => {
      console.warn(`[ChurnLens] refused a message: ${error}`);
      return { ok: false, error };
    };
    const sender = classifySender(rawSender, extensionId, extensionOrigin);
    if (!sender) return refuse('unknown sender');
    const parsed = parseMessage(raw);
    if (!parsed.ok) return refuse(`malformed message (${parsed.error})`);
    const msg = parsed.message;
    if (!ALLOWED_SENDERS[msg.type].includes(sender.cls)) return refuse(`${msg.type} is not accepted from ${sender.cls}`);
    if (sender.cls === 'content') {
      const on = siteEnabled(new URL(sender.url!).origin);
      // Awaiting would end a click's gesture, and Chrome opens the side panel only within one: a site
      // not yet known to a freshly woken worker may still open our own panel, and nothing more.
      if (on === false || (typeof on !== 'boolean' && !WITHIN_GESTURE.has(msg.type) && !(await on))) {
        return refuse(`${msg.type} came from a site ChurnLens is not enabled on`);
      }
    }
    const claimed = claimedUrl(msg);
    if (sender.cls === 'content' && claimed !== undefined && !claimsOwnOrigin(claimed, sender.url)) {
      return refuse(`${msg.type} speaks for ${claimed} but came from another origin`);
    }
    const handler = handlers[msg.type] as Handler<typeof msg.type> | undefined;
    if (!handler) return refuse(`${msg.type} has no handler here`);
    try {
      return { ok: true, data: await handler(msg as never, sender) };
    } catch (e) {
      console.error(`[ChurnLens] ${msg.type} failed`, e);
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
