/**
 * A worker stopped while it was scoring (an import's accounts, a list read) leaves accounts saved
 * with no score, and nothing else would ever score them. Each time the worker starts it scores
 * whatever has none, in batches, so a stop costs time and never a score.
 */
import { db } from '../storage/db';
import { rescore } from './scoring';

const BATCH = 200;

export async function scoreUnscored(now: () => number = Date.now): Promise<number> {
  const d = await db();
  const scored = new Set(await d.getAllKeys('scores'));
  const missing = (await d.getAllKeys('accounts')).filter((k) => !scored.has(k));
  for (let i = 0; i < missing.length; i += BATCH) await rescore(missing.slice(i, i + BATCH), now());
  return missing.length;
}
