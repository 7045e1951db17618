/**
 * Writes a note into the CRM's own note composer, the way a person would: open it when it sits
 * behind a button, set the text and what can be known (the activity type "note", today's date),
 * let the CRM's framework see input events, then press its save button — unless a field the CRM
 * requires is still empty, which the user is pointed at instead: a form the CRM would reject is
 * never submitted. The CRM stays the record.
 */
import type { CrmAdapter, NoteTarget } from '../adapters/types';
import { findNoteOpener } from '../adapters/note-target';

/** How long a composer opened by a button may take to appear. */
const OPEN_WAIT_MS = 5_000;

function setValue(input: HTMLElement, text: string): void {
  if (input instanceof HTMLTextAreaElement || input instanceof HTMLInputElement || input instanceof HTMLSelectElement) {
    // Frameworks that track value through the prototype setter (React) only notice it this way.
    const proto = Object.getPrototypeOf(input) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, text);
  } else {
    input.textContent = text;
  }
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves with the composer once the page shows one, or null after the wait. */
function composerAppears(adapter: CrmAdapter): Promise<NoteTarget | null> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (t: NoteTarget | null) => {
      if (done) return;
      done = true;
      mo.disconnect();
      clearTimeout(timer);
      resolve(t);
    };
    const check = () => void adapter.noteTarget?.(document).then((t) => t && finish(t));
    const mo = new MutationObserver(check);
    mo.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'aria-hidden'] });
    const timer = setTimeout(() => finish(null), OPEN_WAIT_MS);
    check();
  });
}

const TYPE_LABEL = /type|kind|category|method|类型|方式|类别/i;
const NOTE_CHOICE = /^(note|notes|other|others|备注|笔记|其他|其它|记录)$/i;
const DATE_LABEL = /date|time|when|日期|时间/i;

/** The form (or dialog) the composer belongs to: the fields that are saved with it. */
const formOf = (input: HTMLElement): Element =>
  input.closest('form, [role="dialog"], dialog, [aria-modal="true"]') ?? input.parentElement?.parentElement ?? input;

function labelText(el: Element): string {
  const id = el.getAttribute('id');
  const byFor = id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  const row = el.closest('.form-item, [class*="form-item"], [class*="form-group"], [class*="field"], label, tr');
  const label = byFor ?? row?.querySelector('label, th, [class*="label"]') ?? null;
  return (el.getAttribute('aria-label') || label?.textContent || el.getAttribute('placeholder') || el.getAttribute('name') || '').replace(/\s+/g, ' ').trim();
}

const isEmpty = (el: Element) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? !el.value.trim() : !el.textContent?.trim();

const isRequired = (el: Element) =>
  el.hasAttribute('required') || el.getAttribute('aria-required') === 'true' || /^[*＊]|[*＊]\s*[:：]?$/.test(labelText(el));

/** Fills what ChurnLens can know about a note; returns the labels of required fields still empty. */
function completeForm(form: Element, input: HTMLElement): string[] {
  const today = new Date().toISOString().slice(0, 10);
  const missing: string[] = [];
  // Fields the browser lays out but does not show are not the user's to fill (a DOM without layout shows all).
  const laidOut = form.ownerDocument.documentElement.getBoundingClientRect().height > 0;
  for (const el of form.querySelectorAll('input, select, textarea')) {
    if (el === input || (laidOut && (el as HTMLElement).getClientRects().length === 0)) continue;
    const label = labelText(el);
    if (el instanceof HTMLSelectElement && isEmpty(el) && TYPE_LABEL.test(label)) {
      const choice = [...el.options].find((o) => NOTE_CHOICE.test(o.text.trim()));
      if (choice) setValue(el, choice.value);
    } else if (el instanceof HTMLInputElement && isEmpty(el) && (el.type === 'date' || (el.type === 'text' && DATE_LABEL.test(label)))) {
      setValue(el, today);
    }
    if (isRequired(el) && isEmpty(el) && !(el instanceof HTMLInputElement && ['hidden', 'checkbox', 'radio', 'submit', 'button'].includes(el.type))) {
      missing.push(label.replace(/[*＊:：]/g, '').trim() || el.getAttribute('name') || '?');
    }
  }
  return missing;
}

export interface FillResult {
  filled: boolean;
  /** Required fields of the CRM's form left empty: the note is filled in but not saved. */
  missing?: string[];
}

export async function fillNote(adapter: CrmAdapter, text: string): Promise<FillResult> {
  let target = await adapter.noteTarget?.(document);
  if (!target) {
    const opener = findNoteOpener(document);
    if (!opener) return { filled: false };
    opener.click();
    target = await composerAppears(adapter);
    if (!target) return { filled: false };
  }
  target.input.focus();
  setValue(target.input, text);
  const missing = completeForm(formOf(target.input), target.input);
  if (missing.length) {
    // The user finishes what only they know; the CRM's own save then checks the rest.
    return { filled: true, missing };
  }
  target.submit?.click();
  return { filled: true };
}
