import type { LearnedModel } from '../core/learn';
import type { BgNbdParams } from '../core/models/bgnbd';
import { db } from './db';

/**
 * What the worker learns from the team's own accounts, one record each. Three records for the
 * risk model, because the team decides what scores its accounts: 'risk' is the model in use,
 * 'risk:candidate' one retrained from the options page and waiting to be kept or rolled back,
 * 'risk:previous' the one the team's last Keep replaced (the automatic retrain refreshes the model in
 * use but leaves this alone, so Roll back still undoes the team's own choice). Whole records under
 * fixed ids keep a choice, and its undo, across a closed page and a stopped worker: nothing to migrate.
 */
export interface Models {
  risk: LearnedModel;
  'risk:candidate': LearnedModel;
  'risk:previous': LearnedModel;
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
  else await d.put('models', { id, trainedAt: now, kind: id === 'orders' ? 'bgnbd' : (model as LearnedModel).model.kind, model });
}
