/**
 * Where a note can be written: a textarea, text input or contenteditable whose label says it is
 * for notes or follow-ups, and the save button beside it. Only labelled composers are used, so a
 * note never lands in a search box or an unrelated field.
 */
import type { NoteTarget } from './types';
import { text } from './text';
import { findFirst, makeBudget, tagOf, walk } from './walk';

const NOTE_WORDS = /note|comment|follow[- ]?up|log a call|activity|memo|备注|跟进|笔记|评论|记录|沟通|写点什么|说点什么/i;
const SAVE_WORDS = /^(save|post|submit|send|add|log|share|保存|发布|提交|添加|确定|发表|发送|记录)/i;

function labelOf(el: Element): string {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  const byFor = id ? Array.from(doc.getElementsByTagName('label')).find((l) => l.getAttribute('for') === id) : undefined;
  const byIds = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((i) => doc.getElementById(i)).filter(Boolean) as Element[];
  return [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('title'), el.getAttribute('name'), el.getAttribute('data-placeholder'), byFor && text(byFor, 80), ...byIds.map((e) => text(e, 80))]
    .filter(Boolean)
    .join(' ');
}

const isEditable = (el: Element) => {
  const tag = tagOf(el);
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return ['text', ''].includes((el.getAttribute('type') ?? '').toLowerCase());
  const ce = el.getAttribute('contenteditable');
  return ce === '' || ce === 'true' || ce === 'plaintext-only' || el.getAttribute('role') === 'textbox';
};

const isButton = (el: Element) => tagOf(el) === 'BUTTON' || el.getAttribute('role') === 'button' || (tagOf(el) === 'INPUT' && ['submit', 'button'].includes((el.getAttribute('type') ?? '').toLowerCase()));

/** The save control nearest to the input: same form, else the closest ancestor that has one. */
function saveNear(input: Element): HTMLElement | undefined {
  let scope: Element | null = input.parentElement;
  for (let i = 0; scope && i < 6; i++, scope = scope.parentElement) {
    const btn = [...walk(scope, makeBudget(500))].find((b) => isButton(b) && SAVE_WORDS.test((text(b, 40) || b.getAttribute('value') || b.getAttribute('aria-label') || '').trim()));
    if (btn) return btn as HTMLElement;
  }
  return undefined;
}

/**
 * Buttons that open a CRM's note composer: "Log note", "New note", "+ Add note", 写跟进, 添加跟进记录.
 * Short texts only, so a paragraph mentioning notes is never clicked.
 */
const OPENER_WORDS = /^\+?\s*(log (a )?note|new note|add (a )?note|write a note|log (an )?activity|log a call|new activity|add activity|写跟进|添加跟进|新建跟进|新增跟进|记跟进|写备注|添加备注|新建备注|新增备注|记录跟进|添加记录)/i;

/** The visible control that opens the note composer, when the composer is not on the page yet. */
export function findNoteOpener(doc: Document): HTMLElement | null {
  try {
    for (const el of walk(doc, makeBudget())) {
      if (!isButton(el) && tagOf(el) !== 'A') continue;
      const label = (text(el, 40) || el.getAttribute('aria-label') || el.getAttribute('title') || '').trim();
      if (label.length <= 24 && OPENER_WORDS.test(label) && !el.closest('[hidden], [aria-hidden="true"]')) return el as HTMLElement;
    }
  } catch {
    // Nothing to open.
  }
  return null;
}

/** The note composer on the page, found by selector hints first, then by its label. */
export function findNoteTarget(doc: Document, selectors: readonly string[] = []): NoteTarget | null {
  try {
    for (const sel of selectors) {
      const el = findFirst(doc, sel, makeBudget());
      if (el && isEditable(el)) {
        const submit = saveNear(el);
        return { input: el as HTMLElement, ...(submit ? { submit } : {}) };
      }
    }
    for (const el of walk(doc, makeBudget())) {
      if (!isEditable(el) || !NOTE_WORDS.test(labelOf(el))) continue;
      const submit = saveNear(el);
      return { input: el as HTMLElement, ...(submit ? { submit } : {}) };
    }
  } catch {
    // A page that cannot be searched has no target; the caller falls back to the clipboard.
  }
  return null;
}
