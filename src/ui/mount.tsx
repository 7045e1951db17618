/** Boot a Preact app in the user's language, once settings are known. */
import { render, type ComponentType } from 'preact';
import { request } from '../messaging';
import { DEFAULT_USER_SETTINGS } from '../storage/defaults';
import { LangContext, langFor } from './i18n';
import './theme.css';

export async function mount(App: ComponentType, rootId = 'app'): Promise<void> {
  const settings = await request({ type: 'settings:get' }).catch(() => DEFAULT_USER_SETTINGS);
  const lang = langFor(settings.lang);
  document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
  render(
    <LangContext.Provider value={lang}>
      <App />
    </LangContext.Provider>,
    document.getElementById(rootId)!,
  );
}
