/**
 * Sending an import to the worker: rows in chunks, then the commit, polling the worker's status
 * for the progress bar. Cancel tells the worker, which drops what it holds or aborts the save.
 */
import type { ImportBatch } from '../../core/import/rows';
import type { ImportKind, ImportRecord } from '../../core/types';
import { IMPORT_CHUNK, toColumns, type ImportStatusData } from '../../protocol/import';
import { request } from '../../messaging';

export interface ImportJob {
  id: string;
  fileId: string;
  fileName: string;
  kind: ImportKind;
  site?: string;
  batch: ImportBatch;
}

const POLL_MS = 150;

export function newImportId(): string {
  return crypto.randomUUID();
}

export async function begin(job: ImportJob): Promise<ImportRecord | null> {
  const skipped = job.batch.problems.filter((p) => p.skipped).length;
  const { previous } = await request({
    type: 'import:begin', id: job.id, fileId: job.fileId, fileName: job.fileName.slice(0, 300), kind: job.kind,
    rows: job.batch.rows, skipped, ...(job.site ? { site: job.site } : {}),
  });
  return previous;
}

/** Send, save and score; `onStatus` sees each step. Resolves with the saved record, or rejects. */
export async function run(job: ImportJob, onStatus: (s: ImportStatusData) => void, cancelled: () => boolean): Promise<ImportRecord> {
  const { accounts, interactions } = job.batch;
  const total = accounts.length + interactions.length;
  let sent = 0;
  for (let i = 0; i < Math.max(accounts.length, interactions.length); i += IMPORT_CHUNK) {
    if (cancelled()) break;
    const a = accounts.slice(i, i + IMPORT_CHUNK);
    const it = interactions.slice(i, i + IMPORT_CHUNK);
    await request({ type: 'import:rows', id: job.id, accounts: a, interactions: toColumns(it) });
    sent += a.length + it.length;
    onStatus({ phase: 'receiving', done: sent, total });
  }
  if (cancelled()) {
    await request({ type: 'import:cancel', id: job.id });
    throw new DOMException('cancelled', 'AbortError');
  }
  let polling = true;
  const poll = (async () => {
    while (polling) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!polling) break;
      if (cancelled()) await request({ type: 'import:cancel', id: job.id }).catch(() => {});
      const s = await request({ type: 'import:status', id: job.id }).catch(() => null);
      if (s && polling) onStatus(s);
    }
  })();
  try {
    return await request({ type: 'import:commit', id: job.id });
  } finally {
    polling = false;
    await poll;
  }
}

/** After the save: follow the worker scoring the imported accounts until it is done. */
export async function followScoring(id: string, onStatus: (s: ImportStatusData) => void): Promise<void> {
  for (;;) {
    const s = await request({ type: 'import:status', id }).catch(() => null);
    if (!s) return;
    onStatus(s);
    if (s.phase !== 'scoring') return;
    await new Promise((r) => setTimeout(r, POLL_MS * 2));
  }
}
