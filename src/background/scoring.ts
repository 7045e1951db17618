import { DEFAULT_SETTINGS, scoreAccount, type EngineSettings } from '../core/engine';
import { applyLearned } from '../core/learn';
import { getModel } from '../storage/models';
import type { Score } from '../core/types';
import type { UserSettings } from '../messages';
import { db } from '../storage/db';
import { loadHistory } from '../storage/history';
import { saveScoreDays } from '../storage/score-days';
import { saveScores } from '../storage/scores';
import { getSettings } from '../storage/settings';

export function engineSettings(s: UserSettings): EngineSettings {
  return { ...DEFAULT_SETTINGS, thresholds: s.thresholds, competitors: s.competitors, playbooks: s.playbooks };
}

/**
 * Score accounts from their stored history and keep the results: the scorecard, re-expressed by
 * the model learned from the team's outcomes once there is one.
 */
export async function rescore(keys: string[], now: number): Promise<Score[]> {
  const settings = { ...engineSettings(await getSettings()), orders: (await getModel('orders')) ?? undefined };
  const learned = await getModel('risk');
  const scores: Score[] = [];
  for (const key of keys) {
    const h = await loadHistory(key);
    if (!h) continue;
    const card = scoreAccount(h, now, settings);
    scores.push(learned ? applyLearned(card, learned, settings.thresholds) : card);
  }
  await saveScores(scores);
  // The day's snapshot follows in one more transaction: lost with a stopped worker, the next scoring rewrites it.
  await saveScoreDays(scores);
  return scores;
}

/** Everything again: after new settings or a retrained model, every stored score is stale. */
export async function rescoreAll(now: number): Promise<void> {
  await rescore(await (await db()).getAllKeys('accounts'), now);
}
