/**
 * Messages of the options page's model view, and the worker's progress while it retrains. The page
 * only asks; the worker trains, stores and decides nothing the team did not press a button for.
 */
import * as v from 'valibot';
import type { LearnedModel, LabelSource, Outcome, TrainingReport } from '../core/learn';
import type { ModelKind } from '../core/backtest';

export const ModelReport = v.object({ type: v.literal('model:report') });
export const ModelRetrain = v.object({ type: v.literal('model:retrain') });
export const ModelKeep = v.object({ type: v.literal('model:keep') });
export const ModelRollback = v.object({ type: v.literal('model:rollback') });
/** The labelled accounts as the CSV the backtest CLI reads (core/learn.ts trainingTable). */
export const ModelTable = v.object({ type: v.literal('model:table') });

export const PROGRESS_STEPS = ['reading', 'fold', 'saving'] as const;
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
/** Worker → options page while it retrains: accounts read, then fold k of n, then saving. */
export const ModelProgress = v.object({
  type: v.literal('model:progress'),
  step: v.picklist(PROGRESS_STEPS),
  done: count,
  total: count,
});
export type ModelProgressData = Omit<v.InferOutput<typeof ModelProgress>, 'type'>;

/** A risk model as the page shows it: what it is and its figures, not its weights. */
export interface ModelSummary {
  kind: ModelKind;
  trainedAt: number;
  positives: number;
  negatives: number;
  report?: TrainingReport;
}

export function summaryOf(m: LearnedModel | null): ModelSummary | null {
  if (!m) return null;
  return { kind: m.model.kind, trainedAt: m.trainedAt, positives: m.positives, negatives: m.negatives, ...(m.report ? { report: m.report } : {}) };
}

export interface ModelViewData {
  /** The model scoring accounts now; null while the scorecard scores alone. */
  current: ModelSummary | null;
  /** Retrained and waiting for Keep or Roll back. */
  candidate: ModelSummary | null;
  /** What Roll back would restore when no candidate waits. */
  previous: ModelSummary | null;
  /** The labels a retrain would use now, by outcome and source. */
  labels: Record<Outcome, Record<LabelSource, number>>;
  /** Labels of each outcome needed before a model is trained. */
  minPerClass: number;
  /** Set by model:retrain when it could not train: too few labels, or signals that never vary. */
  notTrained?: 'too_few' | 'no_signals';
}
