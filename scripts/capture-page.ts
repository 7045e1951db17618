/**
 * Saves a live page the way the real-page gallery keeps them: one script-free HTML file (the live
 * DOM, open shadow roots as declarative templates, form values written into attributes, every
 * stylesheet's rules inlined in one <style>, images, canvases and frames replaced by empty boxes of
 * the same size) and a screenshot. Used to add pages of open-source CRMs run locally with their own
 * demo or fake data; never for pages of a real customer.
 *
 *   import { capturePage } from './capture-page';
 *   await capturePage(page, 'tests/fixtures/real-pages/<app>/<view>');   // writes .html and .png
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';

/** Runs in the page: returns the serialised document. Self-contained, since it is sent as source. */
function serialise(): string {
  const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR']);
  const DROP = new Set(['SCRIPT', 'NOSCRIPT', 'LINK', 'STYLE', 'BASE']);
  const BOXED = new Set(['IMG', 'CANVAS', 'IFRAME', 'VIDEO', 'OBJECT', 'EMBED', 'PICTURE']);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

  const rules: string[] = [];
  const addSheet = (sheet: CSSStyleSheet) => {
    try {
      for (const r of Array.from(sheet.cssRules)) rules.push(r.cssText);
    } catch {
      /* a cross-origin sheet: its rules are not readable */
    }
  };
  for (const s of Array.from(document.styleSheets)) addSheet(s);
  for (const s of document.adoptedStyleSheets ?? []) addSheet(s);

  const attrs = (el: Element, extra: Record<string, string | null> = {}) => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) continue;
      if (a.name in extra) continue;
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && /^\s*javascript:/i.test(a.value)) continue;
      seen.add(a.name);
      out.push(a.value === '' ? a.name : `${a.name}="${escAttr(a.value)}"`);
    }
    for (const [k, v] of Object.entries(extra)) if (v !== null) out.push(v === '' ? k : `${k}="${escAttr(v)}"`);
    return out.length ? ' ' + out.join(' ') : '';
  };

  const shadowCss = (root: ShadowRoot) => {
    const css: string[] = [];
    for (const s of Array.from(root.styleSheets ?? [])) {
      try {
        for (const r of Array.from(s.cssRules)) css.push(r.cssText);
      } catch {
        /* unreadable */
      }
    }
    for (const s of root.adoptedStyleSheets ?? []) for (const r of Array.from(s.cssRules)) css.push(r.cssText);
    return css.length ? `<style>${css.join('\n')}</style>` : '';
  };

  const node = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) {
      const p = n.parentElement?.tagName;
      return p === 'STYLE' ? '' : esc((n as Text).data);
    }
    if (n.nodeType === Node.COMMENT_NODE) return '';
    if (n.nodeType !== Node.ELEMENT_NODE) return '';
    const el = n as Element;
    const tag = el.tagName;
    if (DROP.has(tag) && el.namespaceURI === 'http://www.w3.org/1999/xhtml') return '';
    const name = el.localName;
    if (BOXED.has(tag)) {
      const r = el.getBoundingClientRect();
      const cls = el.getAttribute('class');
      const style = `display:inline-block;width:${Math.round(r.width)}px;height:${Math.round(r.height)}px`;
      return `<span data-captured="${name}"${cls ? ` class="${escAttr(cls)}"` : ''} style="${style}"${el.getAttribute('alt') ? ` aria-label="${escAttr(el.getAttribute('alt')!)}"` : ''}></span>`;
    }
    const extra: Record<string, string | null> = {};
    if (tag === 'INPUT') {
      const i = el as HTMLInputElement;
      if (i.type === 'checkbox' || i.type === 'radio') extra.checked = i.checked ? '' : null;
      else if (i.type !== 'password' && i.type !== 'file') extra.value = i.value;
    }
    if (tag === 'OPTION') extra.selected = (el as HTMLOptionElement).selected ? '' : null;
    let inner = '';
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow) inner += `<template shadowrootmode="open">${shadowCss(shadow)}${Array.from(shadow.childNodes).map(node).join('')}</template>`;
    if (tag === 'TEXTAREA') inner += esc((el as HTMLTextAreaElement).value);
    else if (tag === 'TEMPLATE') inner += Array.from((el as HTMLTemplateElement).content.childNodes).map(node).join('');
    else inner += Array.from(el.childNodes).map(node).join('');
    if (VOID.has(tag)) return `<${name}${attrs(el, extra)}>`;
    if (tag === 'HEAD') inner = `<meta charset="utf-8"><style>${rules.join('\n')}</style>` + inner;
    return `<${name}${attrs(el, extra)}>${inner}</${name}>`;
  };
  return '<!doctype html>\n' + node(document.documentElement);
}

export interface CaptureOptions {
  /** Also save `<base>.full.png` of the whole page. */
  full?: boolean;
}

export async function capturePage(page: Page, base: string, opts: CaptureOptions = {}): Promise<void> {
  mkdirSync(dirname(base), { recursive: true });
  // tsx names inner functions through a __name helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  const html = await page.evaluate(serialise);
  writeFileSync(`${base}.html`, html);
  await page.screenshot({ path: `${base}.png` });
  if (opts.full) await page.screenshot({ path: `${base}.full.png`, fullPage: true });
}
