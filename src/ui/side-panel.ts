/**
 * ChurnLens's side panel is Chromium's side panel (per tab or window) and Firefox's sidebar (per
 * window). The browser is fixed at build time (vite.config.ts), so each package holds only its own
 * browser's API and Mozilla's linter finds no call Firefox lacks.
 */
import browser from 'webextension-polyfill';

const FIREFOX = import.meta.env.CHURNLENS_TARGET === 'firefox';

/**
 * Open the panel beside `tabId`, or in the current window. Both browsers open it only while a
 * user's click is being handled; Firefox ends that at the first await, so it is asked at once.
 */
export async function openSidePanel(tabId?: number): Promise<void> {
  if (FIREFOX) return browser.sidebarAction.open();
  if (tabId !== undefined) return chrome.sidePanel.open({ tabId });
  const win = await chrome.windows.getCurrent();
  if (win.id !== undefined) await chrome.sidePanel.open({ windowId: win.id });
}

/** The toolbar button opens the manager's popup, not the panel (Firefox's sidebar has a button of its own). */
export function keepToolbarForPopup(): void {
  if (!FIREFOX) chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
}
