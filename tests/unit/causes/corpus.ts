/** The labelled cause corpus under tests/fixtures/corpus, read and checked line by line. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CAUSE_IDS, type CauseId } from '../../../src/core/types';

export interface CorpusLine {
  text: string;
  causes: CauseId[];
  lang: 'zh' | 'en' | 'mixed';
}

export const CORPUS_DIR = resolve(__dirname, '../../fixtures/corpus');

export function readCorpus(file: string): CorpusLine[] {
  const body = readFileSync(resolve(CORPUS_DIR, file), 'utf8');
  return body
    .split('\n')
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.trim() !== '')
    .map(([l, n]) => {
      const v = JSON.parse(l) as CorpusLine;
      if (typeof v.text !== 'string' || !Array.isArray(v.causes) || !['zh', 'en', 'mixed'].includes(v.lang)) {
        throw new Error(`${file} line ${n}: expected {"text": string, "causes": [...], "lang": "zh"|"en"|"mixed"}`);
      }
      for (const c of v.causes) {
        if (!(CAUSE_IDS as readonly string[]).includes(c)) throw new Error(`${file} line ${n}: unknown cause "${c}"`);
      }
      return v;
    });
}
