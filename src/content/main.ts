/**
 * The reader: reads the CRM page through an adapter, sends what it read to the worker, and paints
 * the badges the worker returns. It never throws into the page: every pass is guarded, and when the
 * extension is reloaded the old copy removes its badges and observer. Injected at the request of
 * index.ts, the gate, once the page shows something to read (parts.ts).
 */
import { pickAdapter } from '../adapters';
import { recipeAdapter } from '../adapters/recipe';
import type { AccountRead, CrmAdapter, ListReadOptions, ListRow } from '../adapters/types';
import type { Badge, PageRecipe, Result } from '../messages';
import { parseContentInbound } from '../protocol/content-inbound';
import { request } from '../messaging';
import { BadgeLayer, removeStrayBadges } from './badges';
import { clampRead, clampRow } from './clamp';
import { nearRows, onViewChange } from './near';
import { observe } from './observe';
import { connected, STARTED_EVENT } from './part-slot';
import type { LoadPart } from './parts';

/** Lists up to this many rows are read whole: reading them costs less than a frame. */
const WHOLE_LIST = 100;

const log = (...a: unknown[]) => console.debug('[ChurnLens]', ...a);

/**
 * Starts reading the page; returns how to answer the extension's messages to this tab. `load`
 * brings in the parts loaded on demand (the gate's, index.ts).
 */
export function start(load: LoadPart): (raw: unknown) => Promise<Result<unknown>> {
  removeStrayBadges();
  const run = new AbortController();
  const badges = new BadgeLayer(() => void request({ type: 'panel:open' }).catch(log), run.signal);
  const known = new Map<string, Badge>();
  // Rows already read, by element; a new reader or a new route starts it afresh.
  let memo: NonNullable<ListReadOptions['memo']> = new WeakMap();
  let shapes: NonNullable<ListReadOptions['shapes']> = new WeakMap();
  let shapesAt = -1;
  const pending = new Set<string>();
  // The list row the user last clicked: the record it opens should carry its name.
  let rowsShown: ListRow[] = [];
  let opened: { name: string } | undefined;
  let href = '';
  let recordSig = '';
  // What the user taught ChurnLens on this origin replaces the built-in readers here.
  let taught: CrmAdapter | null = null;
  let ready = false;
  let closePicker: (() => void) | null = null;
  const adapterFor = (url: URL) => (taught?.matches(url) ? taught : pickAdapter(url, document));

  const stop = () => {
    run.abort();
    badges.clear();
    closePicker?.();
  };

  /**
   * A taught origin's reader comes with this one: it is built from the generic readers, which a
   * part of its own (parts.ts) would carry a second copy of.
   */
  function useRecipe(recipe: PageRecipe): void {
    taught = recipeAdapter(recipe);
    known.clear();
    memo = new WeakMap();
    recordSig = '';
    badges.clear();
    schedule();
  }

  /** The picker is a part of its own, loaded only when the user asks to teach this page. */
  async function openPicker(): Promise<void> {
    const [{ startPicker }, settings, existing] = await Promise.all([
      load('picker'),
      request({ type: 'settings:get' }),
      request({ type: 'recipe:get', origin: location.origin }),
    ]);
    closePicker?.();
    closePicker = startPicker({
      origin: location.origin,
      lang: settings.lang,
      existing,
      readerFor: recipeAdapter,
      async onSave(recipe) {
        useRecipe(await request({ type: 'recipe:save', recipe }));
      },
      onClose() {
        closePicker = null;
      },
    });
  }

  async function sendRecord(read: AccountRead): Promise<void> {
    const badge = await request({ type: 'page:record', url: location.href, read: clampRead(read) });
    known.set(badge.key, badge);
    schedule();
  }

  async function sendRows(rows: ListRow[]): Promise<void> {
    const fresh = rows.filter((r) => !pending.has(r.key));
    if (!fresh.length) return;
    for (const r of fresh) pending.add(r.key);
    const asked = page.changes();
    try {
      const got = await request({ type: 'page:list', url: location.href, rows: fresh.map(clampRow) });
      // In row order: a row keyed by its name gets the badge of the record id it resolved to.
      got.forEach((b, i) => known.set(fresh[i].key, b));
    } finally {
      for (const r of fresh) pending.delete(r.key);
    }
    // Nothing on the page changed while the worker scored: these rows still show what was read.
    if (page.changes() === asked) badges.paintRows(fresh, (k) => known.get(k));
    else schedule();
  }

  function pass(): void {
    if (!connected()) return stop();
    if (!ready) return;
    const url = new URL(location.href);
    if (url.href !== href) {
      // A client-side route change: what we showed belongs to the previous view.
      href = url.href;
      recordSig = '';
      memo = new WeakMap();
      badges.clearRecord();
    }
    const adapter = adapterFor(url);
    const read = adapter.recordKey(url, document) ? adapter.readRecord(url, document, { opened: opened?.name }) : null;
    if (read) {
      const sig = JSON.stringify([read.name, read.fields, read.interactions.length]);
      const badge = known.get(read.key);
      if (sig !== recordSig) {
        recordSig = sig;
        sendRecord(read).catch(log);
      }
      if (badge) badges.showRecord(read.anchor ?? null, badge);
    } else {
      badges.clearRecord();
    }
    // A short list (a virtual scroller's pool of rows included) is read whole; a long one near the
    // screen. Badged rows are always re-read, so a recycled one is re-checked at once.
    const pick = (list: readonly Element[]) => (list.length <= WHOLE_LIST ? list : new Set([...nearRows(list), ...list.filter((r) => badges.has(r))]));
    // Nothing changed since the last read (rows only came into view): the tables' shapes still hold.
    if (page.changes() !== shapesAt) {
      shapes = new WeakMap();
      shapesAt = page.changes();
    }
    const rows = adapter.readList(url, document, { pick, memo, shapes });
    rowsShown = rows;
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
  addEventListener(
    'click',
    (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const row = target && rowsShown.find((r) => r.el.contains(target));
      if (row) opened = { name: row.name };
    },
    { capture: true, signal: run.signal },
  );
  // A newer copy started in this frame: if this one is cut off from its extension, it stops at once.
  document.addEventListener(STARTED_EVENT, () => connected() || stop(), { signal: run.signal });
  const page = observe(document.documentElement, guarded, run.signal);
  const schedule = page.schedule;
  onViewChange(schedule, run.signal);

  async function answer(raw: unknown): Promise<Result<unknown>> {
    const parsed = parseContentInbound(raw);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const msg = parsed.message;
    if (msg.type === 'note:fill') {
      // Note writing is a part of its own, loaded when the user sends a note.
      const { fillNote } = await load('note-writer');
      return { ok: true, data: await fillNote(adapterFor(new URL(location.href)), msg.text) };
    }
    if (msg.type === 'picker:start') {
      try {
        await openPicker();
        return { ok: true, data: { started: true } };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    }
    known.clear();
    recordSig = '';
    schedule();
    return { ok: true, data: null };
  }

  // The first read waits for this origin's recipe, so a taught page is never read the wrong way first.
  request({ type: 'recipe:get', origin: location.origin })
    .then((recipe) => {
      if (recipe) taught = recipeAdapter(recipe);
    })
    .catch(log)
    .finally(() => {
      ready = true;
      guarded();
    });
  return answer;
}
