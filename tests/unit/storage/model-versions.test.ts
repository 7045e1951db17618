import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LearnedModel } from '../../../src/core/learn';
import { closeDb } from '../../../src/storage/db';
import { keepCandidate, rollBack } from '../../../src/storage/model-versions';
import { getModel, putModel } from '../../../src/storage/models';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

/** A stand-in model told apart by when it was trained; the versions never look inside. */
const model = (trainedAt: number): LearnedModel => ({
  model: { kind: 'logistic' } as LearnedModel['model'], columns: ['silence'], positives: 10, negatives: 10, trainedAt,
});
const state = async () => ({
  risk: (await getModel('risk'))?.trainedAt ?? null,
  candidate: (await getModel('risk:candidate'))?.trainedAt ?? null,
  previous: (await getModel('risk:previous'))?.trainedAt ?? null,
});

describe('risk model versions', () => {
  it('keeps a candidate (the model it replaces becomes the previous) and rolls back to it, across a reopened database', async () => {
    await putModel('risk', model(1), 1);
    await putModel('risk:candidate', model(2), 2);
    expect(await state()).toEqual({ risk: 1, candidate: 2, previous: null });
    expect(await keepCandidate()).toBe(true);
    expect(await state()).toEqual({ risk: 2, candidate: null, previous: 1 });
    // The page closed, the worker stopped: the choice and its undo are still there.
    await closeDb();
    expect(await rollBack()).toBe('restored');
    expect(await state()).toEqual({ risk: 1, candidate: null, previous: 2 });
    // A second roll back undoes the first.
    expect(await rollBack()).toBe('restored');
    expect(await state()).toEqual({ risk: 2, candidate: null, previous: 1 });
  });

  it('drops a waiting candidate on roll back and leaves the model in use alone', async () => {
    await putModel('risk', model(1), 1);
    await putModel('risk:previous', model(0), 0);
    await putModel('risk:candidate', model(2), 2);
    expect(await rollBack()).toBe('discarded');
    expect(await state()).toEqual({ risk: 1, candidate: null, previous: 0 });
  });

  it('keeps a first model with none to replace, and has nothing to do without a candidate or a previous', async () => {
    expect(await keepCandidate()).toBe(false);
    expect(await rollBack()).toBe('none');
    await putModel('risk:candidate', model(5), 5);
    expect(await keepCandidate()).toBe(true);
    expect(await state()).toEqual({ risk: 5, candidate: null, previous: null });
    expect(await rollBack()).toBe('none');
  });
});
