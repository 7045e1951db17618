/**
 * ChurnLens runs only on sites the user enabled. Each granted CRM origin gets the content script
 * registered for it (registrations persist across browser restarts, and are re-checked at every
 * worker start in case the user revoked access from the browser's own settings).
 */
import { t, type Lang } from '../i18n/t';

const scriptId = (origin: string) => `crm:${origin}`;
const pattern = (origin: string) => `${origin}/*`;

/** The content script's built file, as the manifest names it (the name is hashed at build time). */
const contentFiles = () => chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [];
/** Origins that the manifest already covers (the demo CRM), which need no registration. */
const builtIn = () => chrome.runtime.getManifest().content_scripts?.[0]?.matches ?? [];

/** After the user granted access (in the popup, from their click): run on it now and from now on. */
export async function enableSite(origin: string, tabId: number | undefined, lang: Lang): Promise<void> {
  if (!(await chrome.permissions.contains({ origins: [pattern(origin)] }))) {
    throw new Error(t(lang, 'error_site_no_access', origin));
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] });
  if (existing.length === 0) {
    await chrome.scripting.registerContentScripts([
      { id: scriptId(origin), matches: [pattern(origin)], js: contentFiles(), runAt: 'document_idle' },
    ]);
  }
  if (tabId !== undefined) await chrome.scripting.executeScript({ target: { tabId }, files: contentFiles() });
}

/** Bring registrations in line with the permissions the user holds right now. */
export async function syncSites(): Promise<void> {
  const granted = new Set((await chrome.permissions.getAll()).origins ?? []);
  const registered = await chrome.scripting.getRegisteredContentScripts();
  const stale = registered.filter((s) => s.id.startsWith('crm:') && !granted.has(pattern(s.id.slice(4))));
  if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const have = new Set(registered.map((s) => s.id));
  for (const p of granted) {
    const origin = p.replace(/\/\*$/, '');
    if (!/^https?:\/\/[^*]+$/.test(origin) || builtIn().includes(p) || have.has(scriptId(origin))) continue;
    await chrome.scripting.registerContentScripts([
      { id: scriptId(origin), matches: [p], js: contentFiles(), runAt: 'document_idle' },
    ]);
  }
}
