/**
 * The worker stopped (CDP) ten times during large imports, at points a seeded draw picks among:
 * while rows are still arriving, as soon as the commit is sent, while the save runs, and while the
 * imported accounts are being scored. After each stop the file is saved whole or not at all (its
 * rows and its import record); when it was saved, the restarted worker scores every account the
 * stop left unscored; importing it again, as a person would, completes it. In the end every row of
 * every file is kept exactly once and every account has a score.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { activitiesTable, toDelimited } from '../../scripts/sample-exports';
import { guessMapping } from '../../src/core/import/roles';
import { readRows, type ImportBatch } from '../../src/core/import/rows';
import { tableFromText } from '../../src/core/import/table';
import { IMPORT_CHUNK, toColumns, type ImportStatusData } from '../../src/protocol/import';
import { keptCounts, stopWorker, useExtension } from './setup';

const env = useExtension();
const kept = () => keptCounts(env.b);
const ROUNDS = 10;
const ROWS = 10_000;
const ACCOUNTS = 300;
const DAY = 86_400_000;
const POINTS = ['receiving', 'commit-sent', 'saving', 'scoring'] as const;
type Point = (typeof POINTS)[number];

/** A seeded draw, so a failing round can be replayed. */
function draw(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

interface File {
  fileId: string;
  batch: ImportBatch;
  columns: ReturnType<typeof toColumns>[];
}

/** Each round's file covers its own 200 days, so no row of one is a row of another. */
function fileOf(round: number): File {
  const table = activitiesTable(ROWS, ACCOUNTS, Date.UTC(2026, 10, 30) - round * 250 * DAY, 100 + round);
  const t = tableFromText(toDelimited(table));
  const batch = readRows(t, guessMapping(t), Date.now());
  const columns = Array.from({ length: Math.ceil(batch.interactions.length / IMPORT_CHUNK) }, (_, k) => toColumns(batch.interactions.slice(k * IMPORT_CHUNK, (k + 1) * IMPORT_CHUNK)));
  return { fileId: createHash('sha256').update(`round ${round}`).digest('hex'), batch, columns };
}

const status = (id: string) => env.send<ImportStatusData>({ type: 'import:status', id }).catch(() => null);

/**
 * Import `file` as the options page does, stopping the worker at `point` when asked. Resolves with
 * where the stop landed (the save may finish before a stop meant for it arrives), or 'none'.
 */
async function importOnce(page: Page, file: File, stopAt?: { point: Point; chunk: number }): Promise<string> {
  const id = crypto.randomUUID();
  const call = (msg: unknown) => page.evaluate(async (m) => {
    const r = (await chrome.runtime.sendMessage(m)) as { ok: boolean; error?: string };
    if (!r.ok) throw new Error(r.error);
  }, msg);
  await call({ type: 'import:begin', id, fileId: file.fileId, fileName: 'follow-ups.csv', kind: 'activities', rows: file.batch.rows, skipped: 0 });
  for (let k = 0; k < file.columns.length; k++) {
    if (stopAt?.point === 'receiving' && stopAt.chunk === k) {
      await stopWorker(env.b, page);
      // The page goes on with the next chunk, and the restarted worker has nothing staged under this id.
      await expect(call({ type: 'import:commit', id })).rejects.toThrow();
      return 'receiving';
    }
    await call({ type: 'import:rows', id, accounts: k === 0 ? file.batch.accounts : [], interactions: file.columns[k] });
  }
  // The commit's answer is not awaited here: a stopped worker never gives one.
  const commit = call({ type: 'import:commit', id }).then(() => 'saved', (e: Error) => `failed: ${e.message}`);
  if (!stopAt) {
    expect(await commit).toBe('saved');
    await expect.poll(async () => (await status(id))?.phase, { timeout: 120_000 }).toBe('done');
    return 'none';
  }
  let landed: string = stopAt.point;
  if (stopAt.point === 'saving' || stopAt.point === 'scoring') {
    // Wait for the phase (or whatever follows it, should the worker be quicker than the poll).
    const order = ['saving', 'scoring', 'done'];
    await expect.poll(async () => order.indexOf((await status(id))?.phase ?? '') >= order.indexOf(stopAt.point), { timeout: 60_000, interval: 5 }).toBe(true);
    landed = (await status(id))?.phase ?? 'unknown';
  }
  await stopWorker(env.b, page);
  await commit;
  return landed;
}

describe('the worker stopped during large imports', () => {
  it(`keeps every row exactly once over ${ROUNDS} stops`, { timeout: 1_200_000 }, async () => {
    const page = await env.b.context.newPage();
    await page.goto(env.b.extensionUrl('src/options/index.html'));
    const rnd = draw(20261203);
    const landed: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const file = fileOf(round);
      const point = POINTS[Math.floor(rnd() * POINTS.length)]!;
      landed.push(await importOnce(page, file, { point, chunk: Math.floor(rnd() * file.columns.length) }));
      // Whole or nothing: all of the file's rows and its record, or none of either.
      const after = await kept();
      const rows = after.rowsByFile[file.fileId] ?? 0;
      expect([0, ROWS], `round ${round}, stopped while ${landed.at(-1)}`).toContain(rows);
      expect(after.imports.includes(file.fileId), `round ${round}: the import record goes with its rows`).toBe(rows === ROWS);
      expect(after.twice).toBe(0);
      // Saved whole before the stop: the restarted worker scores whatever the stop left unscored, unasked.
      if (rows === ROWS) await expect.poll(async () => { const k = await kept(); return k.scores >= k.accounts; }, { timeout: 120_000 }).toBe(true);
      // Imported again, as a person would after an error: complete, and nothing twice.
      await importOnce(page, file);
      const done = await kept();
      expect(done.rowsByFile[file.fileId]).toBe(ROWS);
      expect(done.twice).toBe(0);
    }
    // Every account imported ends with a score, whatever the stops interrupted.
    await expect.poll(async () => { const k = await kept(); return k.scores >= k.accounts; }, { timeout: 120_000 }).toBe(true);
    const end = await kept();
    expect(Object.values(end.rowsByFile).reduce((a, b) => a + b, 0)).toBe(ROUNDS * ROWS);
    expect(end.imports).toHaveLength(ROUNDS);
    expect(end.accounts).toBe(ACCOUNTS);
    console.log(`import stops landed: ${landed.join(', ')}`);
    // The draw reached every kind of point: receiving, commit sent, and the save or scoring after it.
    expect(new Set(landed.map((l) => (l === 'done' ? 'scoring' : l))).size).toBeGreaterThanOrEqual(3);
  });
});
