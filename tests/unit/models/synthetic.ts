import { mulberry32 } from '../../../src/core/random';

/** Labelled CSV text drawn from a known logit, so tests can check what the models recover. */
export function syntheticCsv(n: number, seed: number, logit: (row: Record<string, number | string>) => number, columns: Record<string, (rand: () => number) => number | string>): string {
  const rand = mulberry32(seed);
  const names = Object.keys(columns);
  const lines = [[...names, 'Churn'].join(',')];
  for (let i = 0; i < n; i++) {
    const row: Record<string, number | string> = {};
    for (const name of names) row[name] = columns[name]!(rand);
    const p = 1 / (1 + Math.exp(-logit(row)));
    lines.push([...names.map((k) => String(row[k])), rand() < p ? 'Yes' : 'No'].join(','));
  }
  return lines.join('\n');
}

export const uniform = (lo: number, hi: number) => (rand: () => number) => +(lo + (hi - lo) * rand()).toFixed(4);
export const pick = (levels: string[]) => (rand: () => number) => levels[Math.floor(rand() * levels.length)]!;
