/**
 * Badges live in an open shadow root on a host element we own, so the CRM's CSS cannot reach them
 * and theirs cannot reach the CRM. The host carries the observable contract tests rely on:
 * data-churnlens="badge", data-risk-level, data-account-key.
 */
import type { Badge } from '../messages';

const COLORS: Record<string, [bg: string, fg: string, dot: string]> = {
  low: ['#e8f6ee', '#146c3a', '#22a05a'],
  medium: ['#fff5df', '#8a5a00', '#e0a100'],
  high: ['#ffece2', '#a33a0b', '#f0661a'],
  critical: ['#fde7e9', '#a3111f', '#dc2638'],
  unknown: ['#eef0f3', '#4b5563', '#9aa3af'],
};

// Everything a badge shows comes from its host's attributes through this one stylesheet (the level's
// colours, the dot, the score), so painting one is a few attribute writes.
const STYLE = `
:host{all:initial;display:inline-block;vertical-align:middle;margin-inline-start:6px;line-height:1}
${Object.entries(COLORS).map(([level, [bg, fg, dot]]) => `:host([data-risk-level="${level}"]){--bg:${bg};--fg:${fg};--dot:${dot}}`).join('\n')}
button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:5px;height:20px;
 padding:0 8px 0 6px;border-radius:10px;font:600 11px/1 system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
 cursor:pointer;white-space:nowrap;background:var(--bg);color:var(--fg);box-shadow:inset 0 0 0 1px rgba(0,0,0,.06)}
button:hover{filter:brightness(.97)}
button:focus-visible{outline:2px solid #2563eb;outline-offset:1px}
button::before{content:"";width:7px;height:7px;border-radius:50%;background:var(--dot)}
:host([data-tentative]) button{background:transparent;box-shadow:none;border:1px dashed var(--dot)}
button[data-n]::after{content:attr(data-n);font-weight:500;opacity:.8;font-variant-numeric:tabular-nums}`;

/** One stylesheet shared by every badge: a 1,000-row list must not parse the CSS 1,000 times. */
let sheet: CSSStyleSheet | null = null;
const sharedSheet = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
};

export const TAG = 'churnlens-badge';

export function createBadgeHost(): HTMLElement {
  const host = document.createElement(TAG);
  host.dataset.churnlens = 'badge';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sharedSheet()];
  const button = document.createElement('button');
  button.type = 'button';
  root.append(button);
  return host;
}

/**
 * One listener for every badge's click, ahead of the page's own (capture, at the window): the row
 * behind a badge never sees the click, and a thousand badges do not each carry a listener.
 */
export function onBadgeClick(open: () => void, signal: AbortSignal): void {
  addEventListener(
    'click',
    (e) => {
      if ((e.target as Element | null)?.localName !== TAG) return;
      e.preventDefault();
      e.stopPropagation();
      open();
    },
    { capture: true, signal },
  );
}

/** Update in place: a recycled row keeps its host and only the content changes. */
export function paintBadge(host: HTMLElement, badge: Badge): void {
  if (host.dataset.accountKey === badge.key && host.dataset.riskLevel === badge.level && host.title === badge.title) return;
  host.dataset.accountKey = badge.key;
  host.dataset.riskLevel = badge.level;
  host.toggleAttribute('data-tentative', !!badge.tentative);
  host.title = badge.title;
  const button = host.shadowRoot!.firstElementChild as HTMLElement;
  button.setAttribute('aria-label', badge.title);
  button.textContent = badge.label;
  if (badge.risk !== null) button.dataset.n = String(Math.round(badge.risk));
  else delete button.dataset.n;
}
