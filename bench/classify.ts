/**
 * Cost of the text classifier per note: the labelled corpus (short notes and ticket subjects, as
 * the engine sees them) and long notes (meeting minutes pasted into a CRM), so a slow pattern
 * shows up before a page with hundreds of notes does.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyText } from '../src/core/causes/classify';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function corpusTexts(): string[] {
  return ['causes.jsonl', 'causes-holdout.jsonl'].flatMap((f) =>
    readFileSync(resolve(root, 'tests/fixtures/corpus', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

/** Microseconds per call, timed over enough rounds to last about `ms` milliseconds. */
function perCall(texts: readonly string[], ms: number, opts = {}): number {
  for (const t of texts) classifyText(t, opts);
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const t of texts) classifyText(t, opts);
    calls += texts.length;
    elapsed = performance.now() - t0;
  }
  return (elapsed * 1000) / calls;
}

export async function benchClassify(): Promise<string[]> {
  const texts = corpusTexts();
  const long = Array.from({ length: 20 }, (_, i) => texts.slice(i * 10, i * 10 + 40).join('。 ')).filter((t) => t.length > 500);
  const avgLong = Math.round(long.reduce((a, t) => a + t.length, 0) / long.length);
  const us = (x: number) => `${x.toFixed(1)} µs`;
  return [
    `classify: ${us(perCall(texts, 1000))} per snippet (corpus, n=${texts.length})`,
    `classify with 5 named competitors: ${us(perCall(texts, 500, { competitors: ['Zoho', 'HubSpot', 'Salesforce', '销售易', '纷享销客'] }))} per snippet (corpus, n=${texts.length})`,
    `classify: ${us(perCall(long, 1000))} per long note (~${avgLong} characters, n=${long.length})`,
  ];
}
