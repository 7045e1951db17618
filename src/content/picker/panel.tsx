/**
 * The picker's floating panel: three steps (name, values, optional list), a live preview of what
 * the recipe reads on this page right now, Save and Copy JSON. Page text is only ever rendered as
 * text through Preact.
 */
import { useEffect, useState } from 'preact/hooks';
import { CANONICAL_FIELDS, type FieldValue } from '../../core/types';
import { fill } from '../../i18n/define';
import type { CrmAdapter } from '../../adapters/types';
import type { PageRecipe } from '../../messages';
import {
  draftFrom, draftProblem, pathMatches, toRecipe, withField, withName, withoutValue, withValue, type Draft,
  type DraftProblem,
} from './draft';
import { guessField } from './guess';
import { Marks, type Mark } from './marks';
import { startPicking } from './pick-mode';
import { listSelectors, stableSelector } from './selectors';
import { pickerStrings } from './strings';

export interface PickerOptions {
  origin: string;
  lang: 'en' | 'zh_CN';
  existing?: PageRecipe | null;
  /**
   * How a recipe reads the page (adapters/recipe.ts), for the preview: the reader's own, so the
   * picker's part carries no second copy of the readers.
   */
  readerFor(recipe: PageRecipe): CrmAdapter;
  onSave(recipe: PageRecipe): Promise<void>;
  onClose(): void;
}

type Key = keyof typeof pickerStrings.en;
type Step = 0 | 1 | 2;
const STEPS: Key[] = ['picker_step_name', 'picker_step_values', 'picker_step_list'];
const FIELDS = CANONICAL_FIELDS.filter((f) => f !== 'name');
const MAX_MARKED_ROWS = 200;
const PROBLEM_TEXT: Record<DraftProblem, Key> = {
  nothing: 'picker_need_something',
  unassigned: 'picker_choose_field',
  pattern: 'picker_bad_pattern',
};

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function query(sel: string, root: ParentNode = document): Element | null {
  try {
    return sel ? root.querySelector(sel) : null;
  } catch {
    return null;
  }
}

/** Re-render when the page scrolls, resizes or changes, so marks follow it and the preview stays live. */
function useTick(): void {
  const [, setN] = useState(0);
  useEffect(() => {
    let frame = 0;
    const bump = () => {
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; setN((n) => n + 1); });
    };
    const ctl = new AbortController();
    addEventListener('scroll', bump, { capture: true, passive: true, signal: ctl.signal });
    addEventListener('resize', bump, { signal: ctl.signal });
    // Our own panel lives in a shadow root, so this sees the CRM's changes only.
    const mo = new MutationObserver(bump);
    mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    return () => {
      ctl.abort();
      mo.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
}

export function Panel({ opts }: { opts: PickerOptions }) {
  const tr = (k: Key, ...p: (string | number)[]) => fill(pickerStrings[opts.lang][k], p);
  const fieldName = (f: string) => (f ? tr(`picker_field_${f}` as Key) : '');
  const path = location.pathname;
  const [draft, setDraft] = useState<Draft>(() => draftFrom(opts.existing, path));
  // On a page the taught pattern does not describe (a list), start where that page can teach.
  const onOtherPage = Boolean(opts.existing?.recordPath && !pathMatches(opts.existing.recordPath, path));
  const [step, setStep] = useState<Step>(onOtherPage ? 2 : 0);
  // Start choosing at once, unless this page was taught before and is being looked over.
  const [picking, setPicking] = useState(onOtherPage || !opts.existing?.name.selector);
  const [hover, setHover] = useState<Element | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  // The panel can sit on either side, so it never hides the part of the page being taught.
  const [left, setLeft] = useState(false);
  useTick();

  useEffect(() => {
    if (!picking) {
      setHover(null);
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') opts.onClose();
      };
      addEventListener('keydown', onKey, true);
      return () => removeEventListener('keydown', onKey, true);
    }
    return startPicking(window, {
      hover: setHover,
      cancel: () => setPicking(false),
      pick(el) {
        setStatus(null);
        try {
          take(el);
        } catch (e) {
          // finder gives up on pathological markup (no unique path within its time budget).
          setStatus({ ok: false, text: tr('picker_no_selector', (e as Error).message) });
        }
      },
    });

    // Selectors are made here, not inside state updaters, so a failure lands in the catch above.
    function take(el: Element) {
      if (step === 0) {
        const selector = stableSelector(el);
        setDraft((d) => withName(d, selector, location.pathname));
        setStep(1);
      } else if (step === 1) {
        const guess = guessField(el);
        const value = { field: guess.field ?? '', selector: stableSelector(el), ...(guess.label ? { label: guess.label } : {}) };
        setDraft((d) => withValue(d, value));
      } else {
        const list = listSelectors(el);
        if (!list) return setStatus({ ok: false, text: tr('picker_no_row') });
        setDraft((d) => ({ ...d, list }));
        setPicking(false);
      }
    }
  }, [picking, step]);

  const recipe = toRecipe(draft, opts.origin, Date.now());
  const adapter = opts.readerFor(recipe);
  const url = new URL(location.href);
  const key = draft.name ? adapter.recordKey(url, document) : null;
  const read = key ? adapter.readRecord(url, document) : null;
  const rows = draft.list ? adapter.readList(url, document) : [];
  const problem = draftProblem(draft);

  const goto = (s: Step) => {
    setStep(s);
    setStatus(null);
    setPicking(s === 0 ? !draft.name : s === 1);
  };

  async function save() {
    setSaving(true);
    try {
      await opts.onSave(toRecipe(draft, opts.origin, Date.now()));
      setStatus({ ok: true, text: tr('picker_saved') });
    } catch (e) {
      setStatus({ ok: false, text: tr('picker_save_failed', (e as Error).message) });
    } finally {
      setSaving(false);
    }
  }

  async function copy() {
    const json = JSON.stringify(recipe, null, 2);
    try {
      await navigator.clipboard.writeText(json);
      setStatus({ ok: true, text: tr('picker_exported') });
    } catch (e) {
      setStatus({ ok: false, text: tr('picker_export_failed', (e as Error).message) });
    }
  }

  const shown = (v: FieldValue | undefined) =>
    v?.date !== undefined ? new Date(v.date).toLocaleDateString(opts.lang === 'zh_CN' ? 'zh-CN' : 'en-CA')
    : v?.num !== undefined ? v.num.toLocaleString(opts.lang === 'zh_CN' ? 'zh-CN' : 'en-US')
    : null;

  const marks: Mark[] = [];
  const nameEl = query(draft.name);
  if (nameEl) marks.push({ el: nameEl, kind: 'name', tag: tr('picker_field_name') });
  draft.fields.forEach((f) => {
    const el = query(f.selector);
    if (el) marks.push({ el, kind: 'field', tag: fieldName(f.field) || '?' });
  });
  rows.slice(0, MAX_MARKED_ROWS).forEach((r, i) => marks.push({ el: r.el, kind: 'row', tag: i === 0 ? tr('picker_rows_found', rows.length) : '' }));
  // Last, so what a click would take is drawn above what is already taught.
  if (hover) marks.push({ el: hover, kind: 'hover', tag: tr(step === 0 ? 'picker_field_name' : step === 1 ? 'picker_hover_value' : 'picker_hover_row') });

  const pickButton = (
    <button class="btn" onClick={() => setPicking(true)} disabled={picking}>
      {step === 1 ? tr('picker_add_value') : (step === 0 ? draft.name : draft.list) ? tr('picker_pick_again') : tr('picker_pick')}
    </button>
  );

  return (
    <div class="root" lang={opts.lang === 'zh_CN' ? 'zh-CN' : 'en'}>
      <Marks marks={marks} />
      <section class={`panel${left ? ' left' : ''}`} role="dialog" aria-label={tr('picker_title')}>
        <header class="head">
          <span class="mark" aria-hidden="true">◎</span>
          <span class="title">{tr('picker_title')}</span>
          <button class="icon" data-action="move" aria-label={tr('picker_move')} title={tr('picker_move')} onClick={() => setLeft(!left)}>{left ? '⇥' : '⇤'}</button>
          <button class="icon" data-action="close" aria-label={tr('picker_close')} title={tr('picker_close')} onClick={opts.onClose}>×</button>
        </header>
        <nav class="steps">
          {STEPS.map((k, i) => {
            const done = i === 0 ? Boolean(draft.name) : i === 1 ? draft.fields.length > 0 : Boolean(draft.list);
            return (
              <button class={`step${step === i ? ' on' : ''}${done ? ' done' : ''}`} data-step={i} onClick={() => goto(i as Step)}>
                <span class="n">{done && step !== i ? '✓' : i + 1}</span>
                {tr(k)}
              </button>
            );
          })}
        </nav>
        <div class="body">
          <p class="help">{tr(step === 0 ? 'picker_name_help' : step === 1 ? 'picker_values_help' : 'picker_list_help')}</p>
          {picking && <div class="picking" role="status">{tr('picker_picking')}</div>}

          {step === 0 && (
            <>
              <div class="chip" data-churnlens-part="name">
                {draft.name ? <b>{text(nameEl) || tr('picker_preview_missing')}</b> : <span class="empty">{tr('picker_no_name')}</span>}
                {draft.name && <code>{draft.name}</code>}
              </div>
              <label class="label" for="cl-record-path">{tr('picker_record_id')}</label>
              <input
                id="cl-record-path"
                class={`code${draft.recordPath && problem === 'pattern' ? ' bad' : ''}`}
                value={draft.recordPath}
                spellcheck={false}
                onInput={(e) => setDraft({ ...draft, recordPath: e.currentTarget.value.trim() })}
              />
              <p class="help">
                {!draft.recordPath ? tr('picker_record_id_none')
                  : pathMatches(draft.recordPath, path) ? tr('picker_record_id_here', new RegExp(draft.recordPath).exec(path)?.[1] ?? '')
                  : tr('picker_record_id_nomatch')}
              </p>
            </>
          )}

          {step === 1 && (
            draft.fields.length === 0 ? <p class="empty">{tr('picker_no_values')}</p> : (
              <ul class="fields">
                {draft.fields.map((f, i) => {
                  const v = f.field ? read?.fields[f.field] : undefined;
                  const raw = v?.raw ?? text(query(f.selector));
                  const parsed = shown(v);
                  return (
                    <li class={`field${f.field ? '' : ' todo'}`} data-selector={f.selector}>
                      <select aria-label={tr('picker_choose_field')} value={f.field} onChange={(e) => setDraft(withField(draft, i, e.currentTarget.value))}>
                        <option value="">{tr('picker_choose_field')}</option>
                        {FIELDS.map((c) => <option value={c}>{fieldName(c)}</option>)}
                      </select>
                      <span class="val">
                        <span class="raw" title={raw}>{raw || tr('picker_preview_missing')}</span>
                        <span class="sub">
                          {parsed && <span class="num">→ {parsed}</span>}
                          {parsed && f.label ? ' · ' : ''}
                          {f.label ? tr('picker_guess_label', f.label) : ''}
                        </span>
                      </span>
                      <button class="icon" aria-label={tr('picker_remove')} title={tr('picker_remove')} onClick={() => setDraft(withoutValue(draft, i))}>×</button>
                    </li>
                  );
                })}
              </ul>
            )
          )}

          {step === 2 && (
            <div class="chip">
              {draft.list ? <b>{tr('picker_rows_found', rows.length)}</b> : <span class="empty">{tr('picker_rows_none')}</span>}
              {draft.list && <code>{draft.list.row}{draft.list.name ? `  ›  ${draft.list.name}` : ''}</code>}
            </div>
          )}

          <div class="row">
            {pickButton}
            {step < 2 && <button class="btn" onClick={() => goto((step + 1) as Step)}>{tr('picker_next')}</button>}
          </div>
        </div>

        <div class="preview" data-churnlens-part="preview">
          <div class="label">{tr('picker_preview')}</div>
          {draft.name && !key ? <p class="help">{tr('picker_preview_not_record')}</p> : (
            <>
              <div class="kv"><span>{tr('picker_field_name')}</span><span class={read ? '' : 'miss'}>{read?.name || '—'}</span></div>
              {draft.fields.filter((f) => f.field).map((f) => {
                const v = read?.fields[f.field];
                const parsed = shown(v);
                return (
                  <div class="kv" data-field={f.field}>
                    <span>{fieldName(f.field)}</span>
                    <span class={v ? '' : 'miss'}>{v ? v.raw : tr('picker_preview_missing')}{parsed && <span class="num"> → {parsed}</span>}</span>
                  </div>
                );
              })}
              {key && <div class="kv"><span>{tr('picker_preview_key')}</span><code>{key}</code></div>}
            </>
          )}
          <div class="kv">
            <span>{tr('picker_step_list')}</span>
            <span data-rows={rows.length} title={rows.map((r) => r.name).join('\n')}>
              {draft.list ? tr('picker_rows_found', rows.length) : tr('picker_rows_none')}
              {rows.length > 0 && <span class="sub"> · {rows.slice(0, 3).map((r) => r.name).join('、')}{rows.length > 3 ? '…' : ''}</span>}
            </span>
          </div>
        </div>

        <footer class="foot">
          <span class={`grow ${status ? (status.ok ? 'ok' : 'err') : 'help'}`} role="status">
            {status?.text ?? (problem ? tr(PROBLEM_TEXT[problem]) : '')}
          </span>
          <button class="btn" onClick={copy}>{tr('picker_export')}</button>
          <button class="btn primary" data-action="save" disabled={saving || problem !== null} onClick={save}>
            {saving ? tr('picker_saving') : tr('picker_save')}
          </button>
        </footer>
      </section>
    </div>
  );
}
