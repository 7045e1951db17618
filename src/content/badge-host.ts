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

const STYLE = `
:host{all:initial;display:inline-block;vertical-align:middle;margin-inline-start:6px;line-height:1}
button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:5px;height:20px;
 padding:0 8px 0 6px;border-radius:10px;font:600 11px/1 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
 cursor:pointer;white-space:nowrap;background:var(--bg);color:var(--fg);box-shadow:inset 0 0 0 1px rgba(0,0,0,.06)}
button:hover{filter:brightness(.97)}
button:focus-visible{outline:2px solid #2563eb;outline-offset:1px}
.dot{width:7px;height:7px;border-radius:50%;background:var(--dot)}
.n{font-weight:500;opacity:.8;font-variant-numeric:tabular-nums}`;

/** One stylesheet shared by every badge: a 1,000-row list must not parse the CSS 1,000 times. */
let sheet: CSSStyleSheet | null = null;
const sharedSheet = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
};

export function createBadgeHost(onClick: () => void): HTMLElement {
  const host = document.createElement('churnlens-badge');
  host.dataset.churnlens = 'badge';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sharedSheet()];
  const button = document.createElement('button');
  button.type = 'button';
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClick();
  });
  root.append(button);
  return host;
}

/** Update in place: a recycled row keeps its host and only the content changes. */
export function paintBadge(host: HTMLElement, badge: Badge): void {
  if (host.dataset.accountKey === badge.key && host.dataset.riskLevel === badge.level && host.title === badge.title) return;
  host.dataset.accountKey = badge.key;
  host.dataset.riskLevel = badge.level;
  host.title = badge.title;
  const button = host.shadowRoot!.querySelector('button')!;
  const [bg, fg, dot] = COLORS[badge.level] ?? COLORS.unknown;
  button.style.setProperty('--bg', bg);
  button.style.setProperty('--fg', fg);
  button.style.setProperty('--dot', dot);
  button.setAttribute('aria-label', badge.title);
  const d = document.createElement('span');
  d.className = 'dot';
  const label = document.createElement('span');
  label.textContent = badge.label;
  const parts: Node[] = [d, label];
  if (badge.risk !== null) {
    const n = document.createElement('span');
    n.className = 'n';
    n.textContent = String(Math.round(badge.risk));
    parts.push(n);
  }
  button.replaceChildren(...parts);
}
