/**
 * Learning from the team's own outcomes. Accounts whose CRM status says they left (or stayed)
 * become labelled examples; their scorecard signals become the model's columns, so what the model
 * learns is how much each visible signal really mattered for this team, and its explanation stays
 * in the same words as the scorecard's.
 */
import { crossValidateSteps, runSteps, trainModel, contributions, type BacktestReport, type CvProgress, type ModelKind, type TrainedModel } from './backtest';
import { reliability, rocCurve, type ReliabilityBin } from './curves';
import { levelOf, type EngineSettings } from './engine';
import { TabularError } from './tabular/errors';
import type { Table } from './tabular/table';
import { statusClass } from './status';
import type { Account, Contribution, Score, Verdict } from './types';

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

/** Where a label came from: the CRM's status field, an imported outcome column, or a person's verdict. */
export type LabelSource = 'status' | 'import' | 'verdict';
export const LABEL_SOURCES: readonly LabelSource[] = ['status', 'import', 'verdict'];

/**
 * What an account teaches, and who said so. A person's standing verdict overrides the account's
 * own outcome: "not a risk" counts as retained, "real risk" as churned (an override of the level
 * says how worried to be, not what happened, so it teaches nothing). Otherwise the account's
 * outcome: a status field read from the CRM sets it and keeps agreeing with it, so an outcome the
 * status does not explain came from an import's outcome column.
 */
export function labelOf(account: Account, verdict?: Verdict): { outcome: Outcome; source: LabelSource } | undefined {
  if (verdict?.kind === 'not_risk') return { outcome: 'retained', source: 'verdict' };
  if (verdict?.kind === 'real_risk') return { outcome: 'churned', source: 'verdict' };
  if (!account.outcome) return undefined;
  return { outcome: account.outcome, source: outcomeFromStatus(account.fields.status?.raw) === account.outcome ? 'status' : 'import' };
}

/** One labelled account: its scorecard signals, its outcome, and what the default scorecard said. */
export interface Example {
  signals: Record<string, number>;
  outcome: Outcome;
  key?: string;
  source?: LabelSource;
  /** The default scorecard's risk, 0–100 (0 when it could not judge): measured beside the model. */
  scorecard?: number;
}

export interface TrainingReport {
  /** Labels trained on, by outcome and by where they came from. */
  labels: Record<Outcome, Record<LabelSource, number>>;
  /** Cross-validated figures of the models tried and of the scorecard (the baseline), same folds. */
  backtest: BacktestReport;
  /** From out-of-fold predictions: the kept model's, and the scorecard's. */
  roc: { learned: [number, number][]; scorecard: [number, number][] };
  calibration: { learned: ReliabilityBin[]; scorecard: ReliabilityBin[] };
}

export interface LearnedModel {
  model: TrainedModel;
  columns: string[];
  positives: number;
  negatives: number;
  trainedAt: number;
  /** Cross-validated ROC AUC (mean over folds) of each model tried on these outcomes; the best was kept. */
  cvAuc?: Partial<Record<ModelKind, number>>;
  /** What the options page's model view shows of it (absent on models trained before it existed). */
  report?: TrainingReport;
}

export type TrainResult =
  | { ok: true; learned: LearnedModel }
  | { ok: false; reason: 'too_few' | 'no_signals'; positives: number; negatives: number };

/** The two models the worker learns; the first wins ties, being the plainer. */
export const CANDIDATES: readonly ModelKind[] = ['logistic', 'stumps'];

/** Column names of the training table; signal names never take them (they are feature ids). */
export const TABLE_COLUMNS = { id: 'account', label: 'outcome', baseline: 'scorecard' } as const;

/**
 * The labelled accounts as a table: account, outcome, the scorecard's risk as a probability, then
 * one column per signal (points, 0 when absent). Numbers are written as JavaScript prints them, so
 * a CSV of it reads back to the same values: `npm run backtest -- file.csv --label outcome --id
 * account --baseline scorecard --models logistic,stumps` gives the figures the model view shows.
 */
export function trainingTable(examples: readonly Example[]): Table {
  const columns = [...new Set(examples.flatMap((e) => Object.keys(e.signals)))].sort();
  return {
    header: [TABLE_COLUMNS.id, TABLE_COLUMNS.label, TABLE_COLUMNS.baseline, ...columns],
    rows: examples.map((e, i) => [
      e.key ?? `#${i + 1}`, e.outcome, String((e.scorecard ?? 0) / 100), ...columns.map((c) => String(e.signals[c] ?? 0)),
    ]),
  };
}

/**
 * Train an L2 logistic model and boosted stumps on labelled accounts' signals and keep the one
 * with the better cross-validated AUC on these same outcomes (stratified folds, fixed seed, so the
 * same input gives the same model). Both are additive: the explanation stays exact either way.
 * The cross-validation is backtest.ts's, stepped so the worker can report each fold; its figures,
 * with the scorecard's on the same folds, are kept with the model as its report.
 */
export function* trainSteps(examples: readonly Example[], now: number): Generator<CvProgress, TrainResult> {
  const positives = examples.filter((e) => e.outcome === 'churned').length;
  const negatives = examples.length - positives;
  if (positives < MIN_PER_CLASS || negatives < MIN_PER_CLASS) return { ok: false, reason: 'too_few', positives, negatives };
  const table = trainingTable(examples);
  let cv;
  try {
    cv = yield* crossValidateSteps(table, {
      label: TABLE_COLUMNS.label, positive: 'churned', id: TABLE_COLUMNS.id, baseline: TABLE_COLUMNS.baseline, models: CANDIDATES,
    });
  } catch (e) {
    // Every signal the same on every account: nothing to learn from yet.
    if (e instanceof TabularError && e.key === 'tab_err_no_features') return { ok: false, reason: 'no_signals', positives, negatives };
    throw e;
  }
  const { report, oof, dataset } = cv;
  const model = trainModel(table, dataset.labels.y, report.best, { columns: dataset.columns });
  const labels: TrainingReport['labels'] = {
    churned: { status: 0, import: 0, verdict: 0 },
    retained: { status: 0, import: 0, verdict: 0 },
  };
  for (const e of examples) labels[e.outcome][e.source ?? 'status']++;
  const learnedP = oof.models[report.best]!;
  return {
    ok: true,
    learned: {
      model, columns: table.header.slice(3), positives, negatives, trainedAt: now,
      cvAuc: Object.fromEntries(report.models.map((m) => [m.model, m.auc.mean])),
      report: {
        labels,
        backtest: report,
        roc: { learned: rocCurve(oof.y, learnedP), scorecard: rocCurve(oof.y, oof.baseline!) },
        calibration: { learned: reliability(oof.y, learnedP), scorecard: reliability(oof.y, oof.baseline!) },
      },
    },
  };
}

export function trainOnOutcomes(examples: readonly Example[], now: number): TrainResult {
  return runSteps(trainSteps(examples, now));
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
