/**
 * "Teach ChurnLens this page": opens the in-page picker in the active tab. The picker lives in
 * the content script, so a tab without one (site not enabled, or opened before it was) says so
 * instead of failing silently.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MessageOf, Responses, Result } from '../messages';
import { useT } from '../ui/i18n';

export function TeachButton() {
  const t = useT();
  const [tabId, setTabId] = useState<number | null>(null);
  const [web, setWeb] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) setTabId(tab.id);
      setWeb(Boolean(tab?.url && /^https?:/.test(tab.url)));
    });
  }, []);
  if (tabId === null) return null;

  async function teach() {
    if (!web) return setError(t('teach_not_web'));
    const msg: MessageOf<'picker:start'> = { type: 'picker:start' };
    try {
      const res = (await chrome.tabs.sendMessage(tabId!, msg)) as Result<Responses['picker:start']> | undefined;
      if (!res) return setError(t('teach_not_running'));
      if (!res.ok) return setError(t('error_prefix', res.error));
      window.close();
    } catch {
      // "Receiving end does not exist": no content script in this tab.
      setError(t('teach_not_running'));
    }
  }

  return (
    <div class="pp-teach" data-churnlens="teach">
      <button onClick={teach}>
        <svg class="pp-teach-icon" aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
          <path d="M9 9l5 12 1.8-5.2L21 14z" />
          <path d="M7 2.5 7.8 5.4M2.5 7l2.9.8M13.5 4 11.6 6M4 13.5 6 11.6" />
        </svg>
        {t('teach_button')}
      </button>
      <span class="cl-muted">{t('teach_help')}</span>
      {error && <p class="cl-error" role="alert">{error}</p>}
    </div>
  );
}
