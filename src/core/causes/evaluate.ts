/**
 * How well cause predictions match labelled text: multi-label precision and recall per cause,
 * their macro means, and how often a hit in each confidence band is right (the check behind
 * calling the classifier's confidence "calibrated").
 */
import { CAUSE_IDS, type CauseId } from '../types';
import type { CauseHit } from './classify';

export interface Labelled {
  causes: readonly CauseId[];
  hits: readonly CauseHit[];
}

export interface CauseFigures {
  cause: CauseId | 'none';
  tp: number;
  fp: number;
  fn: number;
  /** NaN when the cause was never predicted. */
  precision: number;
  /** NaN when the cause never occurs in the labels. */
  recall: number;
}

export interface Evaluation {
  perCause: CauseFigures[];
  /** Means over the causes where the figure is defined ("none" included: it has to be right too). */
  macroPrecision: number;
  macroRecall: number;
  /** Share of items whose predicted set equals the labelled set. */
  exact: number;
  bands: { from: number; to: number; hits: number; correct: number }[];
}

function figures(cause: CauseId | 'none', tp: number, fp: number, fn: number): CauseFigures {
  return { cause, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp + fn ? tp / (tp + fn) : NaN };
}

const mean = (xs: number[]) => {
  const ok = xs.filter((x) => !Number.isNaN(x));
  return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : NaN;
};

export function evaluate(items: readonly Labelled[], bandEdges: readonly number[] = [0, 0.5, 0.7, 0.85, 1]): Evaluation {
  const perCause = CAUSE_IDS.map((cause) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const it of items) {
      const predicted = it.hits.some((h) => h.cause === cause);
      const actual = it.causes.includes(cause);
      if (predicted && actual) tp++;
      else if (predicted) fp++;
      else if (actual) fn++;
    }
    return figures(cause, tp, fp, fn);
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const predicted = it.hits.length === 0;
    const actual = it.causes.length === 0;
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
  }
  perCause.push(figures('none', tp, fp, fn));

  const bands = bandEdges.slice(0, -1).map((from, i) => ({ from, to: bandEdges[i + 1]!, hits: 0, correct: 0 }));
  for (const it of items) {
    for (const h of it.hits) {
      const band = bands.find((b) => h.confidence >= b.from && (h.confidence < b.to || b.to === 1));
      if (!band) continue;
      band.hits++;
      if (it.causes.includes(h.cause)) band.correct++;
    }
  }
  const same = (it: Labelled) =>
    it.hits.length === it.causes.length && it.hits.every((h) => it.causes.includes(h.cause));
  return {
    perCause,
    macroPrecision: mean(perCause.map((f) => f.precision)),
    macroRecall: mean(perCause.map((f) => f.recall)),
    exact: items.length ? items.filter(same).length / items.length : NaN,
    bands,
  };
}

/** A fixed-width table for test logs and the CLI. */
export function formatEvaluation(title: string, e: Evaluation): string {
  const pct = (x: number) => (Number.isNaN(x) ? '   -' : `${(100 * x).toFixed(0).padStart(3)}%`);
  const lines = [title, `${'cause'.padEnd(24)} ${'P'.padStart(4)} ${'R'.padStart(4)}   tp  fp  fn`];
  for (const f of e.perCause) {
    lines.push(
      `${f.cause.padEnd(24)} ${pct(f.precision)} ${pct(f.recall)}  ${String(f.tp).padStart(3)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)}`,
    );
  }
  lines.push(`${'macro'.padEnd(24)} ${pct(e.macroPrecision)} ${pct(e.macroRecall)}   exact match ${pct(e.exact)}`);
  for (const b of e.bands) {
    lines.push(`confidence ${b.from.toFixed(2)}–${b.to.toFixed(2)}: ${b.hits} hits, ${b.hits ? pct(b.correct / b.hits) : '   -'} right`);
  }
  return lines.join('\n');
}
