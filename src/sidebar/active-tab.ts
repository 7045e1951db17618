/**
 * The tab the side panel sits beside. `?tab=<id>` pins it (used when the panel is opened as a
 * page, e.g. in tests); otherwise it follows the active tab of the window.
 */
import { useEffect, useState } from 'preact/hooks';

export function useActiveTab(): number | null {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(pinned) && pinned > 0 ? pinned : null);
  useEffect(() => {
    if (Number.isInteger(pinned) && pinned > 0) return;
    const refresh = () =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void refresh();
    chrome.tabs.onActivated.addListener(refresh);
    return () => chrome.tabs.onActivated.removeListener(refresh);
  }, []);
  return tabId;
}
