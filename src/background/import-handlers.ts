/**
 * The worker's side of an import. Staged rows live in memory only: if the browser stops the
 * worker before the commit, the commit finds nothing and says so, and nothing was written.
 * Scoring the imported accounts runs after the save, in batches, with its progress readable.
 */
import type { ImportedAccount, ImportedInteraction } from '../core/import/rows';
import { ImportError } from '../core/import/errors';
import { fill } from '../i18n/define';
import { importStrings } from '../core/strings/import';
import { fromColumns, type ImportStatusData } from '../protocol/import';
import { ImportCancelled, knownSites, listImports, importRecordOf, saveImport, type ImportMeta } from '../storage/imports';
import { resolveLang } from '../i18n/t';
import { getSettings } from '../storage/settings';
import { announce, refreshBadges } from './handlers';
import type { Handlers } from './router';
import { rescore } from './scoring';
import { scheduleRetrain } from './training';

interface Staged {
  meta: ImportMeta;
  rows: number;
  skipped: number;
  accounts: ImportedAccount[];
  interactions: ImportedInteraction[];
  status: ImportStatusData;
  cancelled: boolean;
}

const staged = new Map<string, Staged>();
/** Finished imports' last status, so the page can read "done" or "failed" after the commit returned. */
const finished = new Map<string, ImportStatusData>();
const SCORE_BATCH = 200;

/** An importer's error in the user's language: the options page shows the worker's message as it is. */
async function said(e: ImportError): Promise<Error> {
  const lang = resolveLang((await getSettings()).lang, chrome.i18n.getUILanguage());
  return new Error(fill(importStrings[lang][e.key], e.params));
}
const interrupted = () => said(new ImportError('imp_err_interrupted'));

async function scoreImported(id: string, keys: string[], status: ImportStatusData): Promise<void> {
  Object.assign(status, { phase: 'scoring', done: 0, total: keys.length });
  for (let i = 0; i < keys.length; i += SCORE_BATCH) {
    await rescore(keys.slice(i, i + SCORE_BATCH), Date.now());
    status.done = Math.min(keys.length, i + SCORE_BATCH);
  }
  status.phase = 'done';
  finished.set(id, status);
  announce();
  await refreshBadges();
}

export const importHandlers: Handlers = {
  async 'import:begin'(msg) {
    staged.set(msg.id, {
      meta: { fileId: msg.fileId, fileName: msg.fileName, kind: msg.kind, ...(msg.site ? { site: msg.site } : {}) },
      rows: msg.rows, skipped: msg.skipped, accounts: [], interactions: [], cancelled: false,
      status: { phase: 'receiving', done: 0, total: msg.rows },
    });
    return { previous: (await importRecordOf(msg.fileId)) ?? null };
  },

  async 'import:rows'(msg) {
    const s = staged.get(msg.id);
    if (!s) throw await interrupted();
    for (const a of msg.accounts) s.accounts.push(a);
    for (const i of fromColumns(msg.interactions)) s.interactions.push(i);
    s.status.done = s.accounts.length + s.interactions.length;
    return { staged: s.status.done };
  },

  async 'import:commit'(msg) {
    const s = staged.get(msg.id);
    if (!s) throw await interrupted();
    s.status = { phase: 'saving', done: 0, total: s.accounts.length + s.interactions.length };
    try {
      const { record, keys } = await saveImport(
        s.meta, s.accounts, s.interactions, s.rows, s.skipped, Date.now(),
        (done) => (s.status.done = done),
        () => s.cancelled,
      );
      if (s.accounts.some((a) => a.outcome)) scheduleRetrain();
      void scoreImported(msg.id, keys, s.status).catch((e) => Object.assign(s.status, { phase: 'failed', error: String(e) }));
      return record;
    } catch (e) {
      const error = e instanceof ImportError ? await said(e) : (e as Error);
      s.status = { ...s.status, phase: e instanceof ImportCancelled ? 'cancelled' : 'failed', error: error.message };
      throw error;
    } finally {
      staged.delete(msg.id);
      finished.set(msg.id, s.status);
    }
  },

  async 'import:cancel'(msg) {
    const s = staged.get(msg.id);
    if (s) {
      s.cancelled = true;
      if (s.status.phase === 'receiving') {
        staged.delete(msg.id);
        finished.set(msg.id, { ...s.status, phase: 'cancelled' });
      }
    }
    return null;
  },

  async 'import:status'(msg) {
    const s = staged.get(msg.id)?.status ?? finished.get(msg.id);
    if (!s) throw await interrupted();
    return { ...s };
  },

  async 'import:list'() {
    return { imports: await listImports(), sites: await knownSites() };
  },
};
