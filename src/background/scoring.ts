import { DEFAULT_SETTINGS, scoreAccount, type EngineSettings } from '../core/engine';
import type { Score } from '../core/types';
import type { UserSettings } from '../messages';
import { loadHistory } from '../storage/history';
import { saveScores } from '../storage/scores';
import { getSettings } from '../storage/settings';

export function engineSettings(s: UserSettings): EngineSettings {
  return { ...DEFAULT_SETTINGS, thresholds: s.thresholds, competitors: s.competitors };
}

/** Score accounts from their stored history and keep the results. */
export async function rescore(keys: string[], now: number): Promise<Score[]> {
  const settings = engineSettings(await getSettings());
  const scores: Score[] = [];
  for (const key of keys) {
    const h = await loadHistory(key);
    if (h) scores.push(scoreAccount(h, now, settings));
  }
  await saveScores(scores);
  return scores;
}
