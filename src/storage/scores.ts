import type { Score } from '../core/types';
import { db } from './db';

export async function saveScores(scores: Score[]): Promise<void> {
  const tx = (await db()).transaction('scores', 'readwrite');
  await Promise.all([...scores.map((s) => tx.store.put(s)), tx.done]);
}

export async function getScore(key: string): Promise<Score | undefined> {
  return (await db()).get('scores', key);
}

