import type { LearnedModel } from '../core/learn';
import type { BgNbdParams } from '../core/models/bgnbd';
import { db } from './db';

/** What the worker learns from the team's own accounts, one record each. */
interface Models {
  risk: LearnedModel;
  orders: BgNbdParams;
}

export async function getModel<K extends keyof Models>(id: K): Promise<Models[K] | null> {
  const row = await (await db()).get('models', id);
  return (row?.model as Models[K] | undefined) ?? null;
}

/** Store a model, or drop it (null) when the data no longer supports one. */
export async function putModel<K extends keyof Models>(id: K, model: Models[K] | null, now: number): Promise<void> {
  const d = await db();
  if (!model) await d.delete('models', id);
  else await d.put('models', { id, trainedAt: now, kind: id === 'risk' ? (model as LearnedModel).model.kind : 'bgnbd', model });
}
