/**
 * The options page's model view: what the risk model was trained on and how well it does against
 * the scorecard, a retrain with progress into a candidate, and the team's Keep or Roll back.
 */
import browser from 'webextension-polyfill';
import { labelOf, MIN_PER_CLASS, trainingTable, type TrainingReport } from '../core/learn';
import { writeCsv } from '../core/tabular/csv';
import { summaryOf, type ModelProgressData, type ModelViewData } from '../protocol/model';
import { db } from '../storage/db';
import { keepCandidate, rollBack } from '../storage/model-versions';
import { getModel, putModel } from '../storage/models';
import { standingVerdicts } from '../storage/verdicts';
import { announce, refreshBadges } from './handlers';
import type { Handlers } from './router';
import { rescoreAll } from './scoring';
import { retrainWithProgress, trainingExamples } from './training';

/** Labels a retrain would use now: every account's, a standing verdict first. */
async function labelsNow(): Promise<TrainingReport['labels']> {
  const verdicts = await standingVerdicts();
  const out: TrainingReport['labels'] = { churned: { status: 0, import: 0, verdict: 0 }, retained: { status: 0, import: 0, verdict: 0 } };
  for (const a of await (await db()).getAll('accounts')) {
    const l = labelOf(a, verdicts.get(a.key));
    if (l) out[l.outcome][l.source]++;
  }
  return out;
}

async function view(extra: Partial<ModelViewData> = {}): Promise<ModelViewData> {
  const [current, candidate, previous, labels] = await Promise.all([
    getModel('risk'), getModel('risk:candidate'), getModel('risk:previous'), labelsNow(),
  ]);
  return {
    current: summaryOf(current), candidate: summaryOf(candidate), previous: summaryOf(previous),
    labels, minPerClass: MIN_PER_CLASS, ...extra,
  };
}

/** Every account's scores are stale once another model scores them (as after new settings). */
async function rescoreEverything(): Promise<void> {
  await rescoreAll(Date.now());
  announce();
  await refreshBadges();
}

const progress = (p: ModelProgressData) => {
  browser.runtime.sendMessage({ type: 'model:progress', ...p }).catch(() => {});
};

/** One retrain at a time: a second press while one runs gets the same result. */
let running: Promise<ModelViewData> | null = null;

async function retrainCandidate(): Promise<ModelViewData> {
  const now = Date.now();
  const r = await retrainWithProgress(now, progress);
  if (!r.ok) return view({ notTrained: r.reason });
  await putModel('risk:candidate', r.learned, now);
  return view();
}

export const modelHandlers: Handlers = {
  async 'model:report'() {
    return view();
  },

  async 'model:retrain'() {
    running ??= retrainCandidate().finally(() => (running = null));
    return running;
  },

  async 'model:keep'() {
    if (await keepCandidate()) await rescoreEverything();
    return view();
  },

  async 'model:rollback'() {
    if ((await rollBack()) === 'restored') await rescoreEverything();
    return view();
  },

  async 'model:table'() {
    return { csv: writeCsv(trainingTable(await trainingExamples(Date.now()))) };
  },
};
