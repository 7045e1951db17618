/**
 * Retraining on the team's outcomes runs as a job on an alarm: debounced (every new read pushes
 * it back a minute), persisted by the browser, and safe to lose with the worker because it starts
 * from what IndexedDB holds.
 */
import { scoreAccount } from '../core/engine';
import { signalRecord, trainOnOutcomes } from '../core/learn';
import { labelledKeys, loadHistory } from '../storage/history';
import { putLearnedModel } from '../storage/models';
import { getSettings } from '../storage/settings';
import { engineSettings } from './scoring';

export const RETRAIN_ALARM = 'retrain';

export function scheduleRetrain(): void {
  void chrome.alarms.create(RETRAIN_ALARM, { delayInMinutes: 1 });
}

/** Train on every labelled account's scorecard signals; drop the model when outcomes are too few. */
export async function retrain(now: number): Promise<{ trained: boolean; positives: number; negatives: number }> {
  const settings = engineSettings(await getSettings());
  const examples = [];
  for (const key of await labelledKeys()) {
    const h = await loadHistory(key);
    if (!h?.account.outcome) continue;
    examples.push({ signals: signalRecord(scoreAccount(h, now, settings).contributions), outcome: h.account.outcome });
  }
  const r = trainOnOutcomes(examples, now);
  await putLearnedModel(r.ok ? r.learned : null);
  return r.ok
    ? { trained: true, positives: r.learned.positives, negatives: r.learned.negatives }
    : { trained: false, positives: r.positives, negatives: r.negatives };
}
