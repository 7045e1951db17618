import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/adapters/name-key';
import { loadHistory, mergeAccount, recordReads, resolveKeys } from '../../../src/storage/history';
import { addNote } from '../../../src/storage/notes';
import { saveScores } from '../../../src/storage/scores';
import { closeDb, db } from '../../../src/storage/db';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

const ORIGIN = 'https://crm.example.com';

describe('a name-keyed account gets its record id', () => {
  it('moves snapshots, activity, notes and the alias in one step, and later rows resolve to the id', async () => {
    const byName = nameKey(ORIGIN, '  Northwind   Traders ');
    expect(byName).toBe(nameKey(ORIGIN, 'northwind traders'));
    await recordReads([{ key: byName, name: 'Northwind Traders', fields: { arr: { raw: '$9,000', num: 9000 } },
      interactions: [{ id: 'x1', at: 1000, kind: 'call', source: 'page' }] }], 5000);
    await addNote({ id: 'n1', account: byName, at: 6000, text: 'asked for a discount' });
    await saveScores([{ account: byName, at: 6000, level: 'low', risk: 3, valueAtRisk: 1, contributions: [], causes: [], actions: [], model: 'scorecard' }]);

    const id = 'demo:acc-0042';
    expect(await mergeAccount(byName, id)).toBe(true);
    const h = (await loadHistory(id))!;
    expect(h.account.key).toBe(id);
    expect(h.account.fields.arr?.num).toBe(9000);
    expect(h.snapshots).toHaveLength(1);
    expect(h.interactions.map((i) => i.id)).toEqual(['x1']);
    expect(h.notes.map((n) => n.id)).toEqual(['n1']);
    expect(await loadHistory(byName)).toBeNull();
    expect(await (await db()).get('scores', byName)).toBeUndefined();
    expect(await resolveKeys([byName, 'demo:acc-1'])).toEqual([id, 'demo:acc-1']);
  });

  it('changes nothing when there was no name-keyed history', async () => {
    expect(await mergeAccount(nameKey(ORIGIN, 'Nobody'), 'demo:acc-1')).toBe(false);
    expect(await loadHistory('demo:acc-1')).toBeNull();
  });

  it('keeps what the last record read could not read, until a later record read says otherwise', async () => {
    const read = { key: 'demo:acc-7', name: 'Acme', fields: {}, interactions: [] };
    await recordReads([{ ...read, problems: ['name_too_long:500'] }], 1);
    expect((await loadHistory('demo:acc-7'))!.account.readProblems).toEqual(['name_too_long:500']);
    await recordReads([{ ...read }], 2); // a list row: says nothing about the page
    expect((await loadHistory('demo:acc-7'))!.account.readProblems).toEqual(['name_too_long:500']);
    await recordReads([{ ...read, problems: [] }], 3);
    expect((await loadHistory('demo:acc-7'))!.account.readProblems).toBeUndefined();
  });
});
