/**
 * Writes public/_locales/{en,zh_CN}/messages.json from the typed catalogues, so chrome.i18n and
 * the manifest see every string. A unit test fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeFiles } from './locale-files';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const [rel, body] of Object.entries(localeFiles())) {
  const file = resolve(root, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  console.log(`wrote ${rel}`);
}
