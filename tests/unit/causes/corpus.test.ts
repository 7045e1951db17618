import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../src/core/causes/classify';
import { evaluate, formatEvaluation, type Evaluation } from '../../../src/core/causes/evaluate';
import { CAUSE_IDS } from '../../../src/core/types';
import { readCorpus, type CorpusLine } from './corpus';

/*
 * Floors. The tuned file (causes.jsonl) is what the lexicon was adjusted against, so its figures
 * say "the lexicon covers what it was shown": macro P ≥ 0.90 and R ≥ 0.90, and no cause under
 * P 0.80 / R 0.80 (four misses in twenty). Measured when the floors were set: macro P 0.98, R 0.97.
 *
 * The holdout (causes-holdout.jsonl) was written before the first run and never used to tune:
 * only its totals were looked at, never its misses, so its figures are the honest estimate for
 * notes nobody has seen. The first, untuned lexicon scored macro P 0.92 / R 0.64 there; after
 * tuning on a second, fresh batch of tuned lines it scores P 0.95 / R 0.82. With 6–7 lines per
 * cause one miss moves a cause's recall by ~15 points, so only macro floors are held, about ten
 * points under the measurement (≈ eight more misses): P ≥ 0.85 and R ≥ 0.70.
 *
 * Third round: 36 hard cases of no-contact and no-reply wording, with negations that must stay
 * quiet (没有投诉, 没有回复的必要, "no need to follow up"), went into the holdout first: 136 lines at
 * macro P 0.92 / R 0.79, relationship_neglect R 0.35. The lexicon was then tuned on 33 other
 * lines added to the tuned file: macro P 0.97 / R 0.85, relationship_neglect P 0.96 / R 0.92.
 * The same hand wrote both batches and two regex slips were found through held-out misses, so the
 * neglect figure is optimistic; the floors stay where they were.
 */
const TUNED = { macroP: 0.9, macroR: 0.9, causeP: 0.8, causeR: 0.8 };
const HOLDOUT = { macroP: 0.85, macroR: 0.7 };

function run(lines: CorpusLine[]): Evaluation {
  return evaluate(lines.map((l) => ({ causes: l.causes, hits: classifyText(l.text) })));
}

describe('cause corpus', () => {
  const tuned = readCorpus('causes.jsonl');
  const holdout = readCorpus('causes-holdout.jsonl');

  it('is big and balanced enough to measure every cause', () => {
    expect(tuned.length).toBeGreaterThanOrEqual(300);
    expect(holdout.length).toBeGreaterThanOrEqual(80);
    for (const c of CAUSE_IDS) {
      expect(tuned.filter((l) => l.causes.includes(c)).length, c).toBeGreaterThanOrEqual(20);
      expect(holdout.filter((l) => l.causes.includes(c)).length, c).toBeGreaterThanOrEqual(5);
    }
    expect(tuned.filter((l) => l.causes.length === 0).length).toBeGreaterThanOrEqual(60);
    for (const lang of ['zh', 'en', 'mixed'] as const) expect(tuned.some((l) => l.lang === lang)).toBe(true);
    const seen = new Set(tuned.map((l) => l.text));
    expect(holdout.filter((l) => seen.has(l.text))).toEqual([]);
  });

  it('meets the floors on the tuned set', () => {
    const e = run(tuned);
    console.log(formatEvaluation(`tuned set (${tuned.length} lines)`, e));
    expect(e.macroPrecision).toBeGreaterThanOrEqual(TUNED.macroP);
    expect(e.macroRecall).toBeGreaterThanOrEqual(TUNED.macroR);
    for (const f of e.perCause) {
      expect(f.precision, `${f.cause} precision`).toBeGreaterThanOrEqual(TUNED.causeP);
      expect(f.recall, `${f.cause} recall`).toBeGreaterThanOrEqual(TUNED.causeR);
    }
  });

  it('meets the floors on the holdout', () => {
    const e = run(holdout);
    console.log(formatEvaluation(`holdout (${holdout.length} lines, never tuned on)`, e));
    expect(e.macroPrecision).toBeGreaterThanOrEqual(HOLDOUT.macroP);
    expect(e.macroRecall).toBeGreaterThanOrEqual(HOLDOUT.macroR);
  });

  it('is more often right the more confident it is', () => {
    const e = run([...tuned, ...holdout]);
    const rates = e.bands.filter((b) => b.hits >= 10).map((b) => b.correct / b.hits);
    expect(rates.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThanOrEqual(rates[i - 1]! - 0.02);
    // A hit at 0.7 or more is a finding a seller can act on: right at least nine times in ten.
    const high = e.bands.filter((b) => b.from >= 0.7);
    const hits = high.reduce((a, b) => a + b.hits, 0);
    expect(high.reduce((a, b) => a + b.correct, 0) / hits).toBeGreaterThanOrEqual(0.9);
  });
});
