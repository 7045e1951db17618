/**
 * Writes a note into the CRM's own note composer, the way a person would: set the text, let the
 * CRM's framework see an input event, then press its save button. The CRM stays the record.
 */
import type { CrmAdapter } from '../adapters/types';

function setText(input: HTMLElement, text: string): void {
  if (input instanceof HTMLTextAreaElement || input instanceof HTMLInputElement) {
    // Frameworks that track value through the prototype setter (React) only notice it this way.
    const proto = Object.getPrototypeOf(input) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, text);
  } else {
    input.textContent = text;
  }
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function fillNote(adapter: CrmAdapter, text: string): Promise<boolean> {
  const target = await adapter.noteTarget?.(document);
  if (!target) return false;
  target.input.focus();
  setText(target.input, text);
  target.submit?.click();
  return true;
}
