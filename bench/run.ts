/**
 * `npm run bench`: one line per figure. Each figure names its target or its baseline, and the
 * baseline is measured in the same run so ratios are comparable across machines.
 */
import { bundleSizes } from './bundle-size';
import { benchListBadges } from './list-badges';
import { benchBigList } from './big-list';
import { benchEngine } from './engine';
import { benchModels } from './models';
import { benchBgNbd } from './bgnbd';
import { benchClassify } from './classify';
import { benchImport } from './import';
import { benchPopup } from './popup';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const s of bundleSizes()) {
  const budget = s.budget ? ` (budget ${kb(s.budget)}, ${((100 * s.bytes) / s.budget).toFixed(0)}% of it)` : '';
  console.log(`bundle ${s.name}, gzipped: ${kb(s.bytes)}${budget}`);
}
const suites: [string, () => Promise<string[]>][] = [
  ['list badges', () => benchListBadges()],
  ['1,000-row list', benchBigList],
  ['engine', benchEngine],
  ['models', benchModels],
  ['bgnbd', benchBgNbd],
  ['classify', benchClassify],
  ['import', benchImport],
  ['popup', benchPopup],
];
for (const [name, run] of suites) {
  try {
    for (const line of await run()) console.log(line);
  } catch (e) {
    console.log(`${name}: failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
