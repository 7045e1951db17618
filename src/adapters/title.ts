/**
 * The record's own title: what the page shows as the name of the open record, not the app's brand
 * in the top bar, the signed-in user, a section heading or the document title. Candidates are
 * headings and large, bold text in the content area — inside the drawer or dialog when one is open
 * over a list — weighed by how they look and by what else names the record: a labelled name field,
 * the breadcrumb's last item, the list row the user came from.
 */
import { canonicalField } from './synonyms';
import { controlValue, isControl, MAX_VALUE, textOf } from './text';
import { closest, findFirst, makeBudget, tagOf, walk } from './walk';

export interface Title {
  text: string;
  /** The element the badge sits beside; null when the name came from elsewhere (a field). */
  el: Element | null;
  cut: boolean;
}

export interface TitleHints {
  /** The name a labelled field gives (first + last name in an edit form included). */
  field?: string;
  /** The name of the list row the user opened this record from. */
  opened?: string;
}

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'MENU', 'BUTTON', 'A', 'LABEL', 'TH', 'OPTION', 'LEGEND']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'menu', 'menubar', 'menuitem', 'toolbar', 'tablist', 'tab', 'complementary', 'contentinfo', 'button', 'link', 'tree', 'listbox', 'option', 'columnheader', 'row', 'gridcell', 'cell', 'tooltip']);
const CHROME_CLASS = /(^|[-_\s])(breadcrumbs?|nav|navbar|menu|sidebar|sider|topbar|app-?bar|logo|brand|avatar|user-?info|tabs?|tab-?bar|dropdown|tooltip|popover|notification|toast)([-_\s]|$)/i;
/** Headings that name a part of the page, not the record. */
const SECTION = /^(details?|overview|summary|info(rmation)?|basic info(rmation)?|general|activities|activity|notes?|timeline|history|contacts?|related|edit|new|create|view|properties|about|record|profile|dashboard|home|settings|详情|客户详情|基本信息|基础信息|概览|概要|跟进记录|跟进动态|活动记录|动态|联系人|编辑|新建|新增|查看|修改|添加|客户信息|详细信息|资料|首页|工作台|设置)$/i;
const BACKDROP = /(^|[-_\s])(mask|backdrop|overlay-bg|scrim)([-_\s]|$)/i;
const OVERLAY_CLASS = /(^|[-_\s])(drawer|modal|dialog)([-_\s]|$)/i;
const MAX_CANDIDATES = 150;
const LISTS = new Set(['TABLE', 'UL', 'OL', 'SELECT', 'SVG', 'svg']);
const GRIDS = new Set(['grid', 'treegrid', 'table', 'list', 'listbox', 'tree', 'menu']);
const TEXT_TAGS = new Set(['DIV', 'SPAN', 'STRONG', 'B', 'P', 'TD']);

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const roleOf = (el: Element) => (el.getAttribute('role') ?? '').toLowerCase();

/** Does the browser lay this document out? (A DOM in Node has no boxes: every element counts as shown.) */
const laidOut = (doc: Document) => doc.documentElement.getBoundingClientRect().height > 0;

function shown(el: Element, layout: boolean): boolean {
  if (!layout) return true;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  // Beside the page, not below it: a panel parked off the right edge is not shown.
  if (r.right <= 0 || r.left >= (el.ownerDocument.defaultView?.innerWidth ?? Infinity)) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.opacity !== '0';
}

/** The drawer or dialog open over the page, when there is one: the record lives in it. */
export const openOverlay = (doc: Document) => overlayRoot(doc, laidOut(doc));

function overlayRoot(doc: Document, layout: boolean): Element | null {
  if (!layout) return findFirst(doc, 'dialog[open], [aria-modal="true"]', makeBudget());
  const view = doc.defaultView!;
  const area = view.innerWidth * view.innerHeight;
  let best: Element | null = null;
  let bestArea = 0;
  // Dialogs that say so first; class names only when none does (a selector on classes scans every element).
  const marked = doc.querySelectorAll('[role="dialog"], [aria-modal="true"], dialog[open]');
  const found = [...marked].some((el) => shown(el, layout)) ? marked : doc.querySelectorAll('[class*="drawer" i], [class*="modal" i], [class*="dialog" i]');
  for (const el of found) {
    if (!(el.matches('[role="dialog"], [aria-modal="true"], dialog') || OVERLAY_CLASS.test(el.getAttribute('class') ?? ''))) continue;
    // The dimmed backdrop behind a dialog is as large as the page and holds nothing.
    if (BACKDROP.test(el.getAttribute('class') ?? '') || !el.firstElementChild) continue;
    const r = el.getBoundingClientRect();
    // Visible part only: a drawer parked off screen (a settings panel slid away) is not open.
    const a = Math.max(0, Math.min(r.right, view.innerWidth) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, view.innerHeight) - Math.max(r.top, 0));
    if (a < area * 0.12 || !shown(el, layout)) continue;
    // A dropdown or picker opened inside a record's dialog is not where the record is: the largest overlay is.
    if (a > bestArea * 1.05 || (best && best.contains(el) && a >= bestArea * 0.95)) {
      best = el;
      bestArea = a;
    }
  }
  return best;
}

/** Text a title shows, the value of a control inside it included (an editable name in an <h1>). */
export function titleText(el: Element): { text: string; cut: boolean } {
  const t = textOf(el, MAX_VALUE + 1);
  if (t.text) return t;
  const control = isControl(el) ? el : el.querySelector('input, textarea, select');
  const v = control ? (controlValue(control) ?? '').trim() : '';
  return { text: v.slice(0, MAX_VALUE + 1), cut: v.length > MAX_VALUE };
}

/** Class names that say what an element is, not the state modifiers ("layout-has-sider", "is-active"). */
const ownClasses = (e: Element) =>
  (e.getAttribute('class') ?? '').split(/\s+/).filter((t) => !/(^|[-_])(has|with|is|no)[-_]/i.test(t)).join(' ');

/**
 * In the app's chrome: navigation, menus, the brand. A heading in the page's top <header> is
 * not, since many apps name the open record there; plain text in it is.
 */
function isChrome(el: Element, root: Element, heading: boolean): boolean {
  return Boolean(
    closest(el, (e) => {
      if (e === root) return false;
      const tag = tagOf(e);
      if (CHROME_TAGS.has(tag) || CHROME_ROLES.has(roleOf(e))) return true;
      if (!heading && isBanner(e)) return true;
      // A dialog's own title bar is where its record is named; the page's header bar is not.
      const cls = ownClasses(e);
      return CHROME_CLASS.test(cls) && !OVERLAY_CLASS.test(cls);
    }, 14),
  );
}

/** The document title's parts, e.g. ["Azure Interior", "Odoo"]: the brand is one of them. */
// The <title> in <head>: document.title would search the whole tree for one.
const titleParts = (doc: Document) => (doc.head?.querySelector('title')?.textContent ?? '').split(/\s+[|–—-]\s+|\s*[|｜]\s*/).map(norm).filter(Boolean);

/** A <header> or <footer> is the page's own only outside the content: a record's header holds its title. */
const isBanner = (el: Element) =>
  (tagOf(el) === 'HEADER' || tagOf(el) === 'FOOTER') && !closest(el, (p) => p !== el && /^(MAIN|ARTICLE|SECTION|DIALOG)$/.test(tagOf(p)), 30);
const CHROME_REGION = (el: Element) => ['NAV', 'ASIDE'].includes(tagOf(el)) || isBanner(el) || ['banner', 'navigation', 'menubar'].includes(roleOf(el));
// Labelled in the page's language (面包屑, 导航路径) or only classed ("crumbs"): an unrecognised breadcrumb counts as chrome, and the record's name in it then looks like the app's own.
const BREADCRUMB_LABEL = /breadcrumb|面包屑|导航路径/i;
const BREADCRUMB_CLASS = /breadcrumb|(^|[-_\s])crumbs?([-_\s]|$)/i;
const BREADCRUMB = (el: Element) => BREADCRUMB_LABEL.test(el.getAttribute('aria-label') ?? '') || BREADCRUMB_CLASS.test(el.getAttribute('class') ?? '');

/** Leaf texts under el, at most a few hundred elements in, headings' left out (a top bar can name the record). */
function leafTexts(el: Element): string[] {
  const out: string[] = [];
  for (const e of walk(el, makeBudget(400), (x) => !/^H[1-6]$/.test(tagOf(x)))) {
    if (e.firstElementChild || /^H[1-6]$/.test(tagOf(e))) continue;
    const t = textOf(e, 200).text;
    if (t) out.push(t);
  }
  return out;
}

interface PageParts {
  main: Element | null;
  /** The breadcrumb's last item: the page it names is this one. */
  crumb?: string;
  /** Texts shown in the app's own chrome (brand, user menu, navigation): never a record's name. */
  chrome: Set<string>;
}

/** The page's landmarks: main content, breadcrumb, chrome (the browser finds them; a DOM too deep to search has none). */
function pageParts(doc: Document): PageParts {
  const parts: PageParts = { main: null, chrome: new Set() };
  try {
    parts.main = doc.querySelector('main, [role="main"]');
    const crumbs = [...doc.querySelectorAll('[aria-label*="breadcrumb" i], [aria-label*="面包屑"], [aria-label*="导航路径"], [class*="crumb" i]')].find(BREADCRUMB);
    const regions = [...doc.querySelectorAll('nav, aside, header, footer, [role="banner"], [role="navigation"], [role="menubar"]')].filter((r) => CHROME_REGION(r) && !BREADCRUMB(r));
    for (const r of regions.slice(0, 20)) for (const t of leafTexts(r)) if (t.length <= 60) parts.chrome.add(norm(t));
    const items = crumbs ? leafTexts(crumbs).filter((t) => !/^[/>›»\\|]$/.test(t)) : [];
    if (items.length) parts.crumb = items[items.length - 1];
  } catch {
    // A DOM nested past what a selector engine recurses through: no landmarks, the title still reads.
  }
  return parts;
}

interface Candidate {
  el: Element;
  text: string;
  cut: boolean;
  score: number;
}

function weightOf(el: Element, layout: boolean, inOverlay: boolean): number {
  const tag = tagOf(el);
  const level = /^H([1-6])$/.exec(tag)?.[1] ?? (roleOf(el) === 'heading' ? el.getAttribute('aria-level') ?? '2' : null);
  let w = level ? Math.max(4, 34 - 8 * Number(level)) : 0;
  if (layout) {
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize) || 0;
    const bold = Number(style.fontWeight) >= 600 || style.fontWeight === 'bold';
    // Plain text the page styles as a title (large and bold) competes with headings.
    // A drawer or dialog titles its record in smaller type than a page does.
    const min = inOverlay ? 16 : 18;
    if (!level && (size < min || (!bold && size < min + 4))) return 0;
    w += size * 0.8 + (bold ? 4 : 0);
  }
  return w;
}

/** The title of the record in `overlay` (a drawer or dialog, see openOverlay), else of the page. */
export function findTitle(doc: Document, hints: TitleHints = {}, overlay: Element | null = null): Title | null {
  const layout = laidOut(doc);
  const landmarks = pageParts(doc);
  const root = overlay ?? doc.body;
  const main = overlay ? null : landmarks.main;
  if (!root) return null;
  const brand = landmarks.chrome;
  const parts = titleParts(doc);
  const crumb = landmarks.crumb;
  const agree = [hints.field, hints.opened, crumb].filter((s): s is string => Boolean(s)).map(norm);

  const candidates: Candidate[] = [];
  // Rows of a list and the cells of a grid are never the page's title.
  for (const el of walk(root, makeBudget(), (e) => !LISTS.has(tagOf(e)) && !GRIDS.has(roleOf(e)))) {
    if (candidates.length >= MAX_CANDIDATES) break;
    const tag = tagOf(el);
    const heading = /^H[1-3]$/.test(tag) || roleOf(el) === 'heading';
    // Plain elements are titles only when they hold text alone (the heading wraps it otherwise).
    if (!heading && (!TEXT_TAGS.has(tag) || el.firstElementChild || !el.textContent?.trim())) continue;
    const { text, cut } = titleText(el);
    if (!text || text.length < 2 || (!heading && text.length > 120) || /^[\d\s.,:/%-]+$/.test(text)) continue;
    if (SECTION.test(text) || (text.length <= 30 && canonicalField(text)) || /[:：]$/.test(text)) continue;
    const key = norm(text);
    if (brand.has(key) || (parts.length > 1 && parts.slice(1).includes(key))) continue;
    if (isChrome(el, root, heading) || !shown(el, layout)) continue;
    // A one-part document title in the top bar is the app's name.
    if (parts.length === 1 && parts[0] === key && closest(el, isBanner, 14)) continue;
    const w = weightOf(el, layout, overlay !== null);
    if (!w) continue;
    const score = w + (agree.includes(key) ? 30 : 0) + (parts[0] === key ? 8 : 0) + (main?.contains(el) ? 6 : 0);
    candidates.push({ el, text, cut, score });
  }
  // Document order breaks ties: the first title on the page is the page's.
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  if (best) return { text: best.text, el: best.el, cut: best.cut };
  // The breadcrumb names the page behind a drawer or dialog, not the record in it.
  const named = hints.field ?? (overlay ? undefined : crumb) ?? hints.opened;
  return named ? { text: named.slice(0, MAX_VALUE), el: null, cut: named.length > MAX_VALUE } : null;
}
