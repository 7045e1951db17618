/**
 * Training cost of the risk models on all of Telco (7,043 accounts): what the worker pays to
 * learn from a team's labelled accounts. The median of several runs, after one to warm the JIT.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitModel, type ModelKind } from '../src/core/models/model';
import { readDataset } from '../src/core/tabular/dataset';

const data = resolve(dirname(fileURLToPath(import.meta.url)), '../..', 'shared/data');
const TARGET_MS = 300;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchModels(runs = 7): Promise<string[]> {
  const file = resolve(data, 'telco.csv');
  if (!existsSync(file)) return [`train models: skipped, ${file} is absent`];
  const ds = readDataset(readFileSync(file, 'utf8'), { label: 'Churn' });
  const all = Int32Array.from(ds.labels.y, (_, i) => i);
  const time = (kinds: ModelKind[]): number => {
    const ms: number[] = [];
    for (let r = 0; r <= runs; r++) {
      const t0 = performance.now();
      for (const kind of kinds) fitModel(kind, ds.features, ds.values, all, ds.labels.y);
      if (r > 0) ms.push(performance.now() - t0);
    }
    return median(ms);
  };
  const both = time(['logistic', 'stumps']);
  const ga2m = time(['ga2m']);
  const blend = time(['blend']);
  return [
    `train logistic+stumps telco: ${both.toFixed(0)} ms (target ≤ ${TARGET_MS} ms)`,
    `train ga2m (5 bags + pairs) telco: ${ga2m.toFixed(0)} ms (${(ga2m / both).toFixed(1)}x logistic+stumps)`,
    `train blend (ga2m + 6 logistic fits) telco: ${blend.toFixed(0)} ms (${(blend / both).toFixed(1)}x logistic+stumps)`,
  ];
}
