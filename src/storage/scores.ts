import type { Score } from '../core/types';
import { db } from './db';

export async function saveScores(scores: Score[]): Promise<void> {
  const tx = (await db()).transaction('scores', 'readwrite');
  await Promise.all([...scores.map((s) => tx.store.put(s)), tx.done]);
}

export async function getScore(key: string): Promise<Score | undefined> {
  return (await db()).get('scores', key);
}

/** Scores ranked by value at risk, highest first; the popup's review list. */
export async function scoresByValueAtRisk(limit: number): Promise<Score[]> {
  const d = await db();
  const out: Score[] = [];
  let cursor = await d.transaction('scores').store.index('byValueAtRisk').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}
