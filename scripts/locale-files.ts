import { catalog } from '../src/i18n/catalog';

/** Path (from the repo root) → file body of each chrome.i18n messages.json. */
export function localeFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, strings] of Object.entries(catalog)) {
    const messages = Object.fromEntries(
      Object.entries(strings).sort(([a], [b]) => a.localeCompare(b)).map(([k, message]) => [k, { message }]),
    );
    out[`public/_locales/${lang}/messages.json`] = JSON.stringify(messages, null, 2) + '\n';
  }
  return out;
}
