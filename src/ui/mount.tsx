/** Boot a Preact app in the user's language, once settings are known. */
import { render, type ComponentType } from 'preact';
import { request } from '../messaging';
import { LangContext, langFor } from './i18n';
import './theme.css';

// Asked while the page's other modules are still being evaluated, and before any page's own
// requests: every page's first render waits for it.
const settingsAsk = request({ type: 'settings:get' }).catch(() => null);

/** How long the first render waits for the page's first screen before drawing the page without it. */
const READY_WAIT_MS = 250;

/**
 * `ready`: what the first screen shows, when the page asks for it before mounting. The first render
 * waits a little for it (not for its failure), so the page usually appears whole instead of empty
 * and then filled; a worker held up by a long job still gets the page drawn, and the rest follows.
 */
export async function mount(App: ComponentType, ready?: Promise<unknown>): Promise<void> {
  const shortly = ready && Promise.race([ready.catch(() => {}), new Promise((done) => setTimeout(done, READY_WAIT_MS))]);
  // Without an answer the browser's language is used: the page still opens.
  const [settings] = await Promise.all([settingsAsk, shortly]);
  const lang = langFor(settings?.lang ?? 'auto');
  document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
  render(
    <LangContext.Provider value={lang}>
      <App />
    </LangContext.Provider>,
    document.getElementById('app')!,
  );
}
