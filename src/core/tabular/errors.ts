import { fill } from '../../i18n/define';
import { tabularStrings } from '../strings/tabular';

export type TabularErrorKey = keyof typeof tabularStrings.en;

/**
 * A problem with the input table. It carries its i18n key and parameters so every surface (CLI,
 * options page) can say it in the user's language; `message` is the English text.
 */
export class TabularError extends Error {
  override readonly name = 'TabularError';
  constructor(
    readonly key: TabularErrorKey,
    readonly params: (string | number)[] = [],
    readonly where: { row?: number; column?: string } = {},
  ) {
    super(fill(tabularStrings.en[key], params));
  }
}
