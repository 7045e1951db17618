import type { LearnedModel } from '../core/learn';
import { db } from './db';

const RISK_MODEL = 'risk';

export async function getLearnedModel(): Promise<LearnedModel | null> {
  const row = await (await db()).get('models', RISK_MODEL);
  return (row?.model as LearnedModel | undefined) ?? null;
}

export async function putLearnedModel(learned: LearnedModel | null): Promise<void> {
  const d = await db();
  if (!learned) await d.delete('models', RISK_MODEL);
  else await d.put('models', { id: RISK_MODEL, trainedAt: learned.trainedAt, kind: 'logistic', model: learned });
}
