/** Hooks the extension pages share: settings, and a refresh whenever the worker says data changed. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { UserSettings } from '../messages';
import { isAccountChanged } from '../protocol/changed';
import { request } from '../messaging';

/** Bumps a counter whenever the worker announces a change (optionally only for one account). */
export function useChanges(key?: string | null): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (isAccountChanged(raw) && (!key || !raw.key || raw.key === key)) {
        setN((x) => x + 1);
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [key]);
  return n;
}

export function useSettings(): UserSettings | null {
  const [s, setS] = useState<UserSettings | null>(null);
  const changes = useChanges();
  useEffect(() => {
    request({ type: 'settings:get' }).then(setS, () => {});
  }, [changes]);
  return s;
}
