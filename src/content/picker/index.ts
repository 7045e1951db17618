/**
 * "Teach ChurnLens this page", loaded only when the user asks for it: the content script stays
 * small and the picker (Preact, finder, its strings) comes in as a part of its own (../parts.ts).
 * The panel sits in an open shadow root on a host marked data-churnlens="picker", which the
 * page observer and the badges leave alone.
 */
import { h, render } from 'preact';
import { resolveLang, type LangSetting } from '../../i18n/lang';
import { Panel, type PickerOptions } from './panel';
import { PICKER_CSS } from './styles';

/** As the panel takes them, but with the user's language setting ('auto' follows the browser). */
export type PickerStart = Omit<PickerOptions, 'lang'> & { lang: LangSetting };

const HOST = 'churnlens-picker';

/** Open the picker; the returned function removes it (also called after onClose). */
export function startPicker(start: PickerStart): () => void {
  const opts: PickerOptions = { ...start, lang: start.lang === 'auto' ? resolveLang('auto', chrome.i18n.getUILanguage()) : start.lang };
  // A picker left by an earlier copy of the content script (extension reloaded) goes first.
  for (const old of document.querySelectorAll(HOST)) old.remove();
  const host = document.createElement(HOST);
  host.dataset.churnlens = 'picker';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PICKER_CSS;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.append(host);

  let open = true;
  const stop = () => {
    if (!open) return;
    open = false;
    render(null, mount);
    host.remove();
  };
  render(h(Panel, { opts: { ...opts, onClose: () => { stop(); opts.onClose(); } } }), mount);
  return stop;
}
