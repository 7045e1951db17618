import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeFiles } from '../../../scripts/locale-files';
import { catalog } from '../../../src/i18n/catalog';

describe('string catalogues', () => {
  it('public/_locales is what the catalogues generate (run scripts/gen-locales.ts if not)', () => {
    for (const [path, body] of Object.entries(localeFiles())) expect(readFileSync(path, 'utf8')).toBe(body);
  });
  it('every string is non-empty in both languages and uses the same substitutions', () => {
    const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();
    for (const [key, en] of Object.entries(catalog.en)) {
      const zh = (catalog.zh_CN as Record<string, string>)[key];
      expect(en.trim(), key).not.toBe('');
      expect(zh?.trim(), key).toBeTruthy();
      expect(subs(zh), key).toBe(subs(en));
    }
  });
});
