/** People's verdicts on accounts' risk: every one kept with who and when, the newest standing. */
import type { Verdict } from '../core/types';
import { accountRange, db } from './db';

export async function addVerdict(v: Verdict): Promise<void> {
  await (await db()).put('verdicts', v);
}

/** The verdict that stands for an account (its newest), or undefined. */
export async function currentVerdict(account: string): Promise<Verdict | undefined> {
  const cursor = await (await db()).transaction('verdicts').store.index('byAccount').openCursor(accountRange(account), 'prev');
  return cursor?.value;
}

/** Every verdict of an account, newest first: the side panel shows the history. */
export async function verdictsOf(account: string): Promise<Verdict[]> {
  return (await (await db()).getAllFromIndex('verdicts', 'byAccount', accountRange(account))).reverse();
}

/** The standing verdict of every account that has one (training labels, the popup's filters). */
export async function standingVerdicts(): Promise<Map<string, Verdict>> {
  const out = new Map<string, Verdict>();
  for (const v of await (await db()).getAll('verdicts')) {
    const prev = out.get(v.account);
    if (!prev || prev.at <= v.at) out.set(v.account, v);
  }
  return out;
}
