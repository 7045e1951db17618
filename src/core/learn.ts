/**
 * Learning from the team's own outcomes. Accounts whose CRM status says they left (or stayed)
 * become labelled examples; their scorecard signals become the model's columns, so what the model
 * learns is how much each visible signal really mattered for this team, and its explanation stays
 * in the same words as the scorecard's.
 */
import { trainModel, contributions, predict, type ModelKind, type TrainedModel } from './backtest';
import { stratifiedKFold } from './cv';
import { rocAuc } from './metrics';
import { levelOf, type EngineSettings } from './engine';
import type { ColumnSpec } from './tabular/column-types';
import { statusClass } from './status';
import type { Contribution, Score } from './types';

export type Outcome = 'churned' | 'retained';

export function outcomeFromStatus(raw: string | undefined): Outcome | undefined {
  const c = statusClass(raw);
  return c === 'gone' ? 'churned' : c === 'well' ? 'retained' : undefined;
}

/** A model earns its place only with enough of both outcomes to say anything (cf. guardrails). */
export const MIN_PER_CLASS = 10;

/** One account as model columns: points per signal (text signals per cause), 0 when absent. */
export function signalRecord(contribs: Contribution[]): Record<string, number> {
  const row: Record<string, number> = {};
  for (const c of contribs) {
    // The status is the outcome the model learns from: as a column it would hand it the answer.
    if (c.feature === 'status') continue;
    const col = c.feature === 'text' ? `text_${c.cause}` : c.feature;
    row[col] = (row[col] ?? 0) + c.points;
  }
  return row;
}

export interface LearnedModel {
  model: TrainedModel;
  columns: string[];
  positives: number;
  negatives: number;
  trainedAt: number;
  /** Cross-validated ROC AUC of each model tried on these outcomes; the best was kept. */
  cvAuc?: Partial<Record<ModelKind, number>>;
}

export type TrainResult =
  | { ok: true; learned: LearnedModel }
  | { ok: false; reason: 'too_few'; positives: number; negatives: number };

/** The two models the worker learns; the first wins ties, being the plainer. */
const CANDIDATES: readonly ModelKind[] = ['logistic', 'stumps'];

/**
 * Train an L2 logistic model and boosted stumps on labelled accounts' signals and keep the one
 * with the better cross-validated AUC on these same outcomes (stratified folds, fixed seed, so the
 * same input gives the same model). Both are additive: the explanation stays exact either way.
 */
export function trainOnOutcomes(examples: { signals: Record<string, number>; outcome: Outcome }[], now: number): TrainResult {
  const positives = examples.filter((e) => e.outcome === 'churned').length;
  const negatives = examples.length - positives;
  if (positives < MIN_PER_CLASS || negatives < MIN_PER_CLASS) return { ok: false, reason: 'too_few', positives, negatives };
  const columns = [...new Set(examples.flatMap((e) => Object.keys(e.signals)))].sort();
  const labels = Int32Array.from(examples, (e) => (e.outcome === 'churned' ? 1 : 0));
  // Every column is a number of points; typing them by hand keeps a rare signal from being read as an id.
  const specs: ColumnSpec[] = columns.map((name) => ({
    name, kind: 'numeric', distinct: new Set(examples.map((e) => e.signals[name] ?? 0)).size, missing: 0,
  }));
  const records = examples.map((e) => Object.fromEntries(columns.map((c) => [c, e.signals[c] ?? 0])));
  const fit = (kind: ModelKind, rows: ArrayLike<number>) =>
    trainModel(
      { header: columns, rows: Array.from(rows, (r) => columns.map((c) => String(records[r]![c]))) },
      Array.from(rows, (r) => labels[r]!),
      kind,
      { columns: specs },
    );
  const scores = CANDIDATES.map((kind) => {
    const oof = new Float64Array(examples.length);
    for (const { train, test } of stratifiedKFold(labels)) {
      const m = fit(kind, train);
      for (const r of test) oof[r] = predict(m, records[r]!);
    }
    return rocAuc(labels, oof);
  });
  const best = CANDIDATES[scores.indexOf(Math.max(...scores))]!;
  const model = fit(best, examples.map((_, i) => i));
  const cvAuc = Object.fromEntries(CANDIDATES.map((k, i) => [k, scores[i]!]));
  return { ok: true, learned: { model, columns, positives, negatives, trainedAt: now, cvAuc } };
}

/**
 * Re-express a scorecard score with the learned model: the probability of churn becomes the risk,
 * and each signal's learned weight replaces its default points, so the evidence stays the same.
 */
export function applyLearned(score: Score, learned: LearnedModel, thresholds: EngineSettings['thresholds']): Score {
  // The CRM's own word on the account is what the model was trained to guess; where it is shown, it stands.
  if (score.risk === null || score.contributions.some((c) => c.feature === 'status')) return score;
  const row = signalRecord(score.contributions);
  const full = Object.fromEntries(learned.columns.map((c) => [c, row[c] ?? 0]));
  const got = contributions(learned.model, full);
  const byColumn = new Map(got.columns.map((c) => [c.column, c.value]));
  const risk = Math.round(got.probability * 1000) / 10;
  return {
    ...score,
    risk,
    level: levelOf(risk, thresholds),
    valueAtRisk: score.risk > 0 ? Math.round((score.valueAtRisk * risk) / score.risk) : 0,
    contributions: score.contributions.map((c) => ({
      ...c,
      // Learned logit contribution on the points scale, so bars stay comparable; never negative here.
      points: Math.max(0, Math.round((byColumn.get(c.feature === 'text' ? `text_${c.cause}` : c.feature) ?? 0) * 100) / 10),
    })),
    model: `${learned.model.kind} (${learned.positives}+${learned.negatives})`,
  };
}
