/** Boot a Preact app in the user's language, once settings are known. */
import { render, type ComponentType } from 'preact';
import { request } from '../messaging';
import { LangContext, langFor } from './i18n';
import './theme.css';

export async function mount(App: ComponentType, rootId = 'app'): Promise<void> {
  // Without an answer the browser's language is used: the page still opens.
  const settings = await request({ type: 'settings:get' }).catch(() => null);
  const lang = langFor(settings?.lang ?? 'auto');
  document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
  render(
    <LangContext.Provider value={lang}>
      <App />
    </LangContext.Provider>,
    document.getElementById(rootId)!,
  );
}
