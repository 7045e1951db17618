/**
 * ChurnLens runs only on sites the user enabled. Each granted CRM origin gets the content script
 * registered for it (registrations persist across browser restarts, and are re-checked at every
 * worker start in case the user revoked access from the browser's own settings).
 */
import { t, type Lang } from '../i18n/t';
import { siteOf, sitePattern } from '../ui/site-pattern';

const scriptId = (origin: string) => `crm:${siteOf(origin)}`;

/** The content script's built file, under a fixed name (vite.config.ts): a store build's manifest declares no content script to read it from. */
const CONTENT_FILES = ['assets/content.js'];
/** Origins that the manifest already covers (the demo CRM), which need no registration. */
const builtIn = () => chrome.runtime.getManifest().content_scripts?.[0]?.matches ?? [];

/** After the user granted access (in the popup, from their click): run on it now and from now on. */
export async function enableSite(origin: string, tabId: number | undefined, lang: Lang): Promise<void> {
  if (!(await chrome.permissions.contains({ origins: [sitePattern(origin)] }))) {
    throw new Error(t(lang, 'error_site_no_access', origin));
  }
  await register(origin);
  if (tabId !== undefined) await inject(tabId);
}

/**
 * Access granted by any route (Chrome's prompt closes the popup before it can ask, or the user
 * allowed the site from the browser's own settings): open tabs on those sites start reading now.
 */
export async function sitesAdded(origins: string[]): Promise<void> {
  await syncSites();
  for (const p of origins) {
    if (!/^https?:\/\/[^*]+\/\*$/.test(p)) continue;
    for (const tab of await chrome.tabs.query({ url: p })) if (tab.id !== undefined) await inject(tab.id);
  }
}

/**
 * Registrations run one after another: the popup's request and the permission event both register
 * a newly granted site, and Chrome refuses a second registration of an id still being added.
 */
let registering: Promise<unknown> = Promise.resolve();

function register(origin: string): Promise<void> {
  const job = registering.then(async () => {
    if ((await chrome.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] })).length) return;
    await chrome.scripting.registerContentScripts([
      { id: scriptId(origin), matches: [sitePattern(origin)], js: CONTENT_FILES, runAt: 'document_idle' },
    ]);
  });
  registering = job.catch(() => {});
  return job;
}

/**
 * After an update (or a reload of the unpacked extension) the copies running in open CRM tabs are
 * cut off from the extension and Chrome starts no new one there: start one in every open tab of an
 * enabled site, whose start retires the old copy (content/index.ts) and takes its badges down.
 */
export async function adoptOpenTabs(): Promise<void> {
  const granted = (await chrome.permissions.getAll()).origins ?? [];
  const patterns = [...new Set([...builtIn(), ...originsOf(granted).map(sitePattern)])];
  for (const url of patterns) {
    for (const tab of await chrome.tabs.query({ url })) if (tab.id !== undefined) await inject(tab.id).catch(() => {});
  }
}

/** One injection per tab at a time, and none where a copy already answers. */
const injecting = new Map<number, Promise<void>>();

function inject(tabId: number): Promise<void> {
  const running = injecting.get(tabId);
  if (running) return running;
  const job = (async () => {
    const answered = await chrome.tabs.sendMessage(tabId, { type: 'badges:refresh' }).then((r) => Boolean(r?.ok), () => false);
    if (!answered) await chrome.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
  })().finally(() => injecting.delete(tabId));
  injecting.set(tabId, job);
  return job;
}

/** The origins of exact-host match patterns ("https://crm.example.com/*"); wildcard hosts name no one site. */
export const originsOf = (patterns: string[] = []) =>
  patterns.map((p) => p.replace(/\/\*$/, '')).filter((o) => /^https?:\/\/[^*/]+$/.test(o));

/** Bring registrations in line with the permissions the user holds right now. */
export async function syncSites(): Promise<void> {
  const granted = new Set((await chrome.permissions.getAll()).origins ?? []);
  const registered = await chrome.scripting.getRegisteredContentScripts();
  const stale = registered.filter((s) => s.id.startsWith('crm:') && !granted.has(sitePattern(s.id.slice(4))));
  if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const have = new Set(registered.map((s) => s.id));
  for (const origin of originsOf([...granted])) {
    if (builtIn().includes(`${origin}/*`) || have.has(scriptId(origin))) continue;
    await register(origin);
  }
}

/** Does a match pattern ("http://127.0.0.1/*", "https://*.example.com/*") cover the origin? Ports do not count in patterns. */
export function coversOrigin(matchPattern: string, origin: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(matchPattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' ? url.protocol !== `${scheme}:` : !/^https?:$/.test(url.protocol)) return false;
  return host === '*' || url.hostname === host || (host.startsWith('*.') && (url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))));
}

/** Answers per origin, kept until access changes (a content script asks on every read). */
const enabled = new Map<string, boolean>();
chrome.permissions.onAdded.addListener(() => enabled.clear());
chrome.permissions.onRemoved.addListener(() => enabled.clear());

/**
 * Is ChurnLens enabled on this origin: built in (the demo CRM), or granted by the user and not
 * revoked? Known origins are answered at once: a badge click asks to open the side panel, which
 * Chrome allows only while the click's gesture lasts, and waiting on anything ends it.
 */
export function siteEnabled(origin: string): boolean | Promise<boolean> {
  const known = enabled.get(origin);
  if (known !== undefined) return known;
  if (builtIn().some((b) => coversOrigin(b, origin))) {
    enabled.set(origin, true);
    return true;
  }
  return chrome.permissions.contains({ origins: [sitePattern(origin)] }).then(
    (yes) => (enabled.set(origin, yes), yes),
    () => false,
  );
}
