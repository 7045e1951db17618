/**
 * Retraining on the team's outcomes (and refitting BG/NBD on its buying accounts) runs as a job on an alarm: debounced (every new read pushes
 * it back a minute), persisted by the browser, and safe to lose with the worker because it starts
 * from what IndexedDB holds. The options page's model view retrains on demand into a candidate
 * the team keeps or rolls back (model-handlers.ts); both train on the same examples.
 */
import { scoreAccount } from '../core/engine';
import { labelOf, signalRecord, trainOnOutcomes, trainSteps, type Example, type TrainResult } from '../core/learn';
import { fitOrders } from '../core/transactional';
import type { Interaction } from '../core/types';
import type { ModelProgressData } from '../protocol/model';
import { db } from '../storage/db';
import { allActivity, loadHistory } from '../storage/history';
import { putModel } from '../storage/models';
import { getSettings } from '../storage/settings';
import { standingVerdicts } from '../storage/verdicts';
import { engineSettings } from './scoring';

export const RETRAIN_ALARM = 'retrain';

export function scheduleRetrain(): void {
  void chrome.alarms.create(RETRAIN_ALARM, { delayInMinutes: 1 });
}

function byAccount(its: Interaction[]): { interactions: Interaction[] }[] {
  const m = new Map<string, Interaction[]>();
  for (const i of its) {
    const list = m.get(i.account);
    if (list) list.push(i);
    else m.set(i.account, [i]);
  }
  return [...m.values()].map((interactions) => ({ interactions }));
}

/**
 * Every labelled account as an example: its label (a person's standing verdict first, core/learn.ts
 * labelOf), its scorecard signals, and the scorecard's own risk to measure the model against. Both
 * are taken with the status signal off: the status is what the label is read from, so the
 * scorecard would otherwise be graded on the answer it was handed.
 */
export async function trainingExamples(now: number, onRead?: (done: number, total: number) => void): Promise<Example[]> {
  const s = engineSettings(await getSettings());
  const settings = { ...s, disabledFeatures: [...s.disabledFeatures, 'status'] };
  const verdicts = await standingVerdicts();
  const labelled = (await (await db()).getAll('accounts')).flatMap((a) => {
    const label = labelOf(a, verdicts.get(a.key));
    return label ? [{ key: a.key, ...label }] : [];
  });
  const examples: Example[] = [];
  for (const [i, { key, outcome, source }] of labelled.entries()) {
    const h = await loadHistory(key);
    if (h) {
      const card = scoreAccount(h, now, settings);
      examples.push({ key, outcome, source, signals: signalRecord(card.contributions), scorecard: card.risk ?? 0 });
    }
    if ((i + 1) % 50 === 0 || i + 1 === labelled.length) onRead?.(i + 1, labelled.length);
  }
  return examples;
}

/** The alarm's job: train on every labelled account and use the model; drop it when outcomes are too few. */
export async function retrain(now: number): Promise<{ trained: boolean; positives: number; negatives: number }> {
  const r = trainOnOutcomes(await trainingExamples(now), now);
  await putModel('risk', r.ok ? r.learned : null, now);
  await putModel('orders', fitOrders(byAccount(await allActivity()), now), now);
  return r.ok
    ? { trained: true, positives: r.learned.positives, negatives: r.learned.negatives }
    : { trained: false, positives: r.positives, negatives: r.negatives };
}

/** Let the event loop run, so progress messages leave the worker while it trains. */
const breathe = () => new Promise<void>((ok) => setTimeout(ok, 0));

/**
 * The same training, fold by fold, telling `progress` where it stands; the result is for the team
 * to keep or roll back (the caller stores it as the candidate).
 */
export async function retrainWithProgress(now: number, progress: (p: ModelProgressData) => void): Promise<TrainResult> {
  const examples = await trainingExamples(now, (done, total) => progress({ step: 'reading', done, total }));
  const steps = trainSteps(examples, now);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const { fold, folds, done, total } = next.value;
    // The last step is the checks after the folds: still "fold n of n" to the reader.
    progress(done === total ? { step: 'saving', done: folds, total: folds } : { step: 'fold', done: fold, total: folds });
    await breathe();
  }
}
