import { fill } from '../../i18n/define';
import { importStrings } from '../strings/import';

export type ImportErrorKey = keyof typeof importStrings.en;

/**
 * Why a whole file cannot be imported. Nothing is written when one is thrown; it carries its i18n
 * key so the options page says it in the user's language, `message` is the English text.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly key: ImportErrorKey, readonly params: (string | number)[] = []) {
    super(fill(importStrings.en[key], params));
  }
}
