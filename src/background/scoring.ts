import { DEFAULT_SETTINGS, scoreAccount, type EngineSettings } from '../core/engine';
import { applyLearned } from '../core/learn';
import { getModel } from '../storage/models';
import { applyVerdict } from '../core/review';
import type { Account, Score } from '../core/types';
import type { UserSettings } from '../messages';
import { db } from '../storage/db';
import { loadHistories } from '../storage/history';
import { saveScoreDays } from '../storage/score-days';
import { saveReviewRows } from '../storage/reviews';
import { saveScores } from '../storage/scores';
import { getSettings } from '../storage/settings';
import { standingVerdicts } from '../storage/verdicts';

/** Accounts read per transaction: neighbours share the blocks their imported rows sit in. */
const READ_BATCH = 200;

export function engineSettings(s: UserSettings): EngineSettings {
  return { ...DEFAULT_SETTINGS, thresholds: s.thresholds, competitors: s.competitors, playbooks: s.playbooks };
}

/**
 * Score accounts from their stored history and keep the results: the scorecard, re-expressed by
 * the model learned from the team's outcomes once there is one, and under a person's standing
 * verdict, which no rescoring or retraining overrides.
 */
export async function rescore(keys: string[], now: number): Promise<Score[]> {
  const settings = { ...engineSettings(await getSettings()), orders: (await getModel('orders')) ?? undefined };
  const learned = await getModel('risk');
  const verdicts = await standingVerdicts();
  const scores: Score[] = [];
  const accounts = new Map<string, Account>();
  for (let i = 0; i < keys.length; i += READ_BATCH) {
    const histories = await loadHistories(keys.slice(i, i + READ_BATCH));
    for (const [key, h] of histories) {
      const card = scoreAccount(h, now, settings);
      scores.push(applyVerdict(learned ? applyLearned(card, learned, settings.thresholds) : card, verdicts.get(key)));
      accounts.set(key, h.account);
    }
  }
  // The day's snapshot goes in a transaction of its own beside the scores' (another store, so it
  // adds no wait): lost with a stopped worker, the next scoring rewrites it.
  await Promise.all([saveScores(scores), saveScoreDays(scores)]);
  // So does the review list's row, for the same reason.
  await saveReviewRows(scores, accounts);
  return scores;
}

/** Everything again: after new settings or a retrained model, every stored score is stale. */
export async function rescoreAll(now: number): Promise<void> {
  await rescore(await (await db()).getAllKeys('accounts'), now);
}
