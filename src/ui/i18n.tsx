/** Language for the Preact apps: the user's choice from settings, else the browser's. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { resolveLang, t, type Lang, type LangSetting, type MessageKey } from '../i18n/t';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): (key: MessageKey, ...params: (string | number)[]) => string {
  const lang = useLang();
  return (key, ...params) => t(lang, key, ...params);
}

export const langFor = (setting: LangSetting): Lang => resolveLang(setting, navigator.language);
