/**
 * The risk model's versions (storage/models.ts): each move between in use, candidate and previous
 * is one transaction, so a stopped worker leaves the team's choice made or not made, never half.
 */
import { db } from './db';

async function models() {
  const tx = (await db()).transaction('models', 'readwrite');
  return { tx, store: tx.store };
}

/** The candidate goes into use, the model it replaces becomes the previous; false when none waits. */
export async function keepCandidate(): Promise<boolean> {
  const { tx, store } = await models();
  const candidate = await store.get('risk:candidate');
  if (candidate) {
    const current = await store.get('risk');
    if (current) await store.put({ ...current, id: 'risk:previous' });
    await store.put({ ...candidate, id: 'risk' });
    await store.delete('risk:candidate');
  }
  await tx.done;
  return Boolean(candidate);
}

/**
 * Undo the last step: a candidate waiting is dropped (the model in use never changed), else the
 * previous model goes back into use and the one it replaces becomes the previous, so a second
 * roll back undoes the first. Says which happened.
 */
export async function rollBack(): Promise<'discarded' | 'restored' | 'none'> {
  const { tx, store } = await models();
  let did: 'discarded' | 'restored' | 'none' = 'none';
  if (await store.get('risk:candidate')) {
    await store.delete('risk:candidate');
    did = 'discarded';
  } else {
    const previous = await store.get('risk:previous');
    if (previous) {
      const current = await store.get('risk');
      await store.put({ ...previous, id: 'risk' });
      if (current) await store.put({ ...current, id: 'risk:previous' });
      else await store.delete('risk:previous');
      did = 'restored';
    }
  }
  await tx.done;
  return did;
}
