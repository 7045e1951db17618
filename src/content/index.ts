/**
 * The content script: reads the CRM page through an adapter, sends what it read to the worker,
 * and paints the badges the worker returns. It never throws into the page: every pass is guarded,
 * and when the extension is reloaded the old copy removes its badges and observer.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { pickAdapter } from '../adapters';
import type { AccountRead, ListRow } from '../adapters/types';
import { parseMessage, type Badge, type Result } from '../messages';
import { request } from '../messaging';
import { BadgeLayer, removeStrayBadges } from './badges';
import { clampRead, clampRow } from './clamp';
import { fillNote } from './note-writer';
import { observe } from './observe';
import { headingFor } from './heading';

const log = (...a: unknown[]) => console.debug('[ChurnLens]', ...a);

const alive = () => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};

function start(): void {
  removeStrayBadges();
  const run = new AbortController();
  const badges = new BadgeLayer(() => void request({ type: 'panel:open' }).catch(log));
  const known = new Map<string, Badge>();
  const pending = new Set<string>();
  let href = '';
  let recordSig = '';

  const stop = () => {
    run.abort();
    badges.clear();
  };

  async function sendRecord(read: AccountRead): Promise<void> {
    const badge = await request({ type: 'page:record', url: location.href, read: clampRead(read) });
    known.set(badge.key, badge);
    schedule();
  }

  async function sendRows(rows: ListRow[]): Promise<void> {
    const fresh = rows.filter((r) => !pending.has(r.key));
    if (!fresh.length) return;
    for (const r of fresh) pending.add(r.key);
    try {
      const got = await request({ type: 'page:list', url: location.href, rows: fresh.map(clampRow) });
      for (const b of got) known.set(b.key, b);
    } finally {
      for (const r of fresh) pending.delete(r.key);
    }
    schedule();
  }

  function pass(): void {
    if (!alive()) return stop();
    const url = new URL(location.href);
    if (url.href !== href) {
      // A client-side route change: what we showed belongs to the previous view.
      href = url.href;
      recordSig = '';
      badges.clearRecord();
    }
    const adapter = pickAdapter(url, document);
    const read = adapter.recordKey(url, document) ? adapter.readRecord(url, document) : null;
    if (read) {
      const sig = JSON.stringify([read.name, read.fields, read.interactions.length]);
      const badge = known.get(read.key);
      if (sig !== recordSig) {
        recordSig = sig;
        sendRecord(read).catch(log);
      }
      if (badge) badges.showRecord(headingFor(read.name), badge);
    } else {
      badges.clearRecord();
    }
    const rows = adapter.readList(url, document);
    const waiting = badges.syncRows(rows, (k) => known.get(k));
    if (waiting.length) sendRows(waiting).catch(log);
  }

  const guarded = () => {
    try {
      pass();
    } catch (e) {
      log('pass failed', e);
    }
  };
  const schedule = observe(document.documentElement, guarded, run.signal);

  browser.runtime.onMessage.addListener(async (raw: unknown, sender: Runtime.MessageSender): Promise<Result<unknown> | undefined> => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = parseMessage(raw);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const msg = parsed.message;
    if (msg.type === 'note:fill') {
      const adapter = pickAdapter(new URL(location.href), document);
      return { ok: true, data: { filled: fillNote(adapter, msg.text) } };
    }
    if (msg.type === 'badges:refresh') {
      known.clear();
      recordSig = '';
      schedule();
      return { ok: true, data: null };
    }
    return undefined;
  });

  guarded();
}

start();
