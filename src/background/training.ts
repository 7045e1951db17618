/**
 * Retraining on the team's outcomes (and refitting BG/NBD on its buying accounts) runs as a job on an alarm: debounced (every new read pushes
 * it back a minute), persisted by the browser, and safe to lose with the worker because it starts
 * from what IndexedDB holds.
 */
import { scoreAccount } from '../core/engine';
import { signalRecord, trainOnOutcomes } from '../core/learn';
import { fitOrders } from '../core/transactional';
import type { Interaction } from '../core/types';
import { db } from '../storage/db';
import { labelledKeys, loadHistory } from '../storage/history';
import { putModel } from '../storage/models';
import { getSettings } from '../storage/settings';
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
  await putModel('risk', r.ok ? r.learned : null, now);
  await putModel('orders', fitOrders(await (await db()).getAll('interactions').then(byAccount), now), now);
  return r.ok
    ? { trained: true, positives: r.learned.positives, negatives: r.learned.negatives }
    : { trained: false, positives: r.positives, negatives: r.negatives };
}
