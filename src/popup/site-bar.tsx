/**
 * "Enable ChurnLens on this site": the popup is where the user's click can grant host access,
 * so the request for the permission happens here and the worker then starts reading the site.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../messaging';
import { useT } from '../ui/i18n';
import { sitePattern } from '../ui/site-pattern';

interface Site {
  origin: string;
  tabId: number;
  enabled: boolean;
}

export function SiteBar() {
  const t = useT();
  const [site, setSite] = useState<Site | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    chrome.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      if (!tab?.url || tab.id === undefined || !/^https?:/.test(tab.url)) return;
      const origin = new URL(tab.url).origin;
      const enabled = await chrome.permissions.contains({ origins: [sitePattern(origin)] });
      setSite({ origin, tabId: tab.id, enabled });
    });
  }, []);
  if (!site) return null;

  async function enable() {
    try {
      const granted = await chrome.permissions.request({ origins: [sitePattern(site!.origin)] });
      if (!granted) return setError(t('popup_site_denied'));
      await request({ type: 'site:enable', origin: site!.origin, tabId: site!.tabId });
      setSite({ ...site!, enabled: true });
      setError(null);
    } catch (e) {
      setError(t('error_prefix', (e as Error).message));
    }
  }

  const host = new URL(site.origin).host;
  return (
    <div class={`pp-site ${site.enabled ? 'on' : 'off'}`} data-churnlens="site-bar">
      <span>{site.enabled ? t('popup_site_on', host) : t('popup_site_off', host)}</span>
      {!site.enabled && <button class="primary" onClick={enable}>{t('popup_site_enable')}</button>}
      {error && <span class="cl-error">{error}</span>}
    </div>
  );
}
