/**
 * Every user-visible string lives in a typed catalogue per area (ui, engine, playbooks, …);
 * `scripts/gen-locales.ts` merges them into public/_locales for chrome.i18n and the manifest.
 * Keeping the catalogues in TS lets the engine explain itself in Node and lets the compiler
 * reject a key that exists in one language only.
 *
 * Keys: [a-z0-9_] (chrome.i18n's rule). Substitutions: $1..$9, as chrome.i18n does them.
 */
export interface Catalog<K extends string> {
  en: Record<K, string>;
  zh_CN: Record<K, string>;
}

export function defineStrings<const K extends string>(c: {
  en: Record<K, string>;
  zh_CN: Record<NoInfer<K>, string>;
}): Catalog<K> {
  return c;
}

/** Fill $1..$9 the way chrome.i18n.getMessage does. */
export function fill(template: string, params: readonly (string | number)[] = []): string {
  return template.replace(/\$(\d)/g, (m, d: string) => {
    const v = params[Number(d) - 1];
    return v === undefined ? m : String(v);
  });
}
