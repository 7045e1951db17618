// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recipeAdapter } from '../../../src/adapters/recipe';
import { startPicker } from '../../../src/content/picker';
import type { PageRecipe } from '../../../src/messages';

const ORIGIN = 'http://127.0.0.1:5178';
const FIXTURES = path.resolve(__dirname, '../../fixtures/crm/demo/taught');

function open(file: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`${ORIGIN}/taught/${file}`);
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)![1]!;
}

/**
 * Until the page and the picker have stopped changing for a while (the picker renders in steps,
 * some behind timers): a quiet spell, not a fixed sleep, so a busy machine only makes it slower.
 */
function settle(quietMs = 40, maxMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const mo = new MutationObserver(() => arm());
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        mo.disconnect();
        resolve();
      }, Date.now() - started > maxMs ? 0 : quietMs);
    };
    mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const root = document.querySelector('[data-churnlens="picker"]')?.shadowRoot;
    if (root) mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    arm();
  });
}

function click(el: Element): { event: MouseEvent; reachedPage: boolean } {
  let reachedPage = false;
  const spy = () => (reachedPage = true);
  el.addEventListener('click', spy);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  el.removeEventListener('click', spy);
  return { event, reachedPage };
}

let stop: (() => void) | null = null;
afterEach(() => stop?.());

function mount(existing: PageRecipe | null = null) {
  const saved: PageRecipe[] = [];
  let closed = 0;
  stop = startPicker({ origin: ORIGIN, lang: 'en', existing, readerFor: recipeAdapter, onSave: async (r) => void saved.push(r), onClose: () => void closed++ });
  const host = document.querySelector('[data-churnlens="picker"]')!;
  return { saved, closed: () => closed, host, root: host.shadowRoot! };
}

describe('the in-page picker', () => {
  it('teaches a record page by clicks the page never sees, with a live preview, and saves a recipe that reads it', async () => {
    open('customer-881234.html');
    const { saved, host, root } = mount();
    expect(host.shadowRoot).not.toBeNull();
    await settle();

    const name = document.querySelector('[data-block="title"] > div')!;
    const taken = click(name);
    expect(taken.event.defaultPrevented).toBe(true);
    expect(taken.reachedPage).toBe(false);
    await settle();
    expect(root.querySelector('[data-step="1"]')!.className).toContain('on');

    const values = document.querySelectorAll('[data-block="kpis"] > div > div');
    click(values[0]!);
    click(values[1]!);
    await settle();
    const selects = root.querySelectorAll('select');
    expect(selects).toHaveLength(2);
    // Unlabelled values: no guess, the user chooses, and Save waits for it.
    expect((root.querySelector('[data-action="save"]') as HTMLButtonElement).disabled).toBe(true);
    for (const [i, field] of [[0, 'arr'], [1, 'renewalDate']] as const) {
      selects[i]!.value = field;
      selects[i]!.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    }
    const preview = root.querySelector('[data-churnlens-part="preview"]')!.textContent!;
    expect(preview).toContain('杭州云帆科技有限公司');
    expect(root.querySelector('[data-field="arr"]')!.textContent).toMatch(/128,000.*→ 128,000/);
    expect(preview).toContain('recipe:127.0.0.1:5178:881234');

    (root.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle();
    expect(saved).toHaveLength(1);
    const recipe = saved[0]!;
    expect(recipe.recordPath).toBe('^/taught/customer-(\\d+)\\.html/?$');
    expect(recipe.fields.map((f) => f.field)).toEqual(['arr', 'renewalDate']);
    expect(JSON.stringify(recipe)).not.toMatch(/css-/);
    const read = recipeAdapter(recipe).readRecord(new URL(location.href), document)!;
    expect(read.name).toBe('杭州云帆科技有限公司');
    expect(read.fields.arr?.num).toBe(128_000);
    expect(read.fields.renewalDate?.date).toBe(Date.UTC(2026, 8, 30));
  });

  it('starts at the list step on a page the taught pattern does not describe, and teaches every row from one', async () => {
    open('list.html');
    const existing: PageRecipe = {
      version: 1, origin: ORIGIN, recordPath: '^/taught/customer-(\\d+)\\.html/?$',
      name: { selector: '[data-block="title"] > div' }, fields: [], updatedAt: 1,
    };
    const { saved, root } = mount(existing);
    await settle();
    expect(root.querySelector('[data-step="2"]')!.className).toContain('on');
    expect(root.querySelector('.picking')).not.toBeNull();
    click(document.querySelectorAll('[data-block="customers"] > div')[3]!.querySelector('span:nth-of-type(2)')!);
    await settle();
    expect(root.querySelector('[data-rows]')!.getAttribute('data-rows')).toBe('8');
    (root.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle();
    const rows = recipeAdapter(saved[0]!).readList(new URL(location.href), document);
    expect(rows.map((r) => r.name)).toContain('北京微澜教育科技');
    expect(rows.every((r) => r.key.startsWith('recipe:127.0.0.1:5178:88'))).toBe(true);
    expect(saved[0]!.recordPath).toBe(existing.recordPath);
  });

  it('stops picking on Esc, then closes on a second Esc, removing itself', async () => {
    open('customer-881234.html');
    const { root, closed } = mount();
    await settle();
    expect(root.querySelector('.picking')).not.toBeNull();
    dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await settle();
    expect(root.querySelector('.picking')).toBeNull();
    const link = document.querySelector('nav a')!;
    expect(click(link).event.defaultPrevented).toBe(false);
    dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await settle();
    expect(closed()).toBe(1);
    expect(document.querySelector('[data-churnlens="picker"]')).toBeNull();
  });
});
