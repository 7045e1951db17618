/**
 * Importing CRM exports from the options page: choose (or drop) a file, check the guessed columns
 * against a preview, import with progress and a cancel button, and read the per-row report.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ENCODINGS, type Encoding } from '../../core/import/decode';
import { ImportError } from '../../core/import/errors';
import type { RowProblem } from '../../core/import/problems';
import { fitToKind, guessMapping, mappingGaps, type Mapping } from '../../core/import/roles';
import { readRows } from '../../core/import/rows';
import { IMPORT_KINDS, type ImportKind, type ImportRecord } from '../../core/types';
import type { ImportStatusData } from '../../protocol/import';
import { request } from '../../messaging';
import { formatDate } from '../../i18n/t';
import { useLang, useT } from '../../ui/i18n';
import { useChanges } from '../../ui/live';
import { MappingTable, Preview } from './mapping';
import { readFile, sha256, type ReadFile } from './read-file';
import { ProblemReport } from './report';
import { begin, followScoring, newImportId, run } from './run';

type Stage =
  | { at: 'idle' }
  | { at: 'reading'; name: string }
  | { at: 'mapping'; file: ReadFile; mapping: Mapping; previous: ImportRecord | null }
  | { at: 'importing'; file: ReadFile; mapping: Mapping; status: ImportStatusData }
  | { at: 'done'; file: ReadFile; record: ImportRecord; problems: RowProblem[]; scoring: ImportStatusData | null };

export function ImportSection() {
  const t = useT();
  const lang = useLang();
  const changes = useChanges();
  const [stage, setStage] = useState<Stage>({ at: 'idle' });
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [site, setSite] = useState('');
  const [sites, setSites] = useState<string[]>([]);
  const [history, setHistory] = useState<ImportRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [lastFile, setLastFile] = useState<File | null>(null);
  const cancel = useRef(false);
  const now = useMemo(() => Date.now(), [stage.at]);

  useEffect(() => {
    request({ type: 'import:list' }).then(({ imports, sites: known }) => {
      setHistory(imports);
      setSites(known);
      setSite((s) => s || known[0] || '');
    }, () => {});
  }, [changes, stage.at === 'done']);

  const mapping = stage.at === 'mapping' ? stage.mapping : null;
  const batch = useMemo(() => (stage.at === 'mapping' ? readRows(stage.file.table, stage.mapping, now) : null), [mapping]);
  const fileId = useMemo(() => (stage.at === 'mapping' ? sha256(`${stage.file.hash}|${JSON.stringify(stage.mapping)}|${site}`) : null), [mapping, site]);

  useEffect(() => {
    if (stage.at !== 'mapping' || !fileId) return;
    let live = true;
    fileId.then((id) => request({ type: 'import:list' }).then(({ imports }) => {
      const previous = imports.find((r) => r.id === id) ?? null;
      if (live) setStage((s) => (s.at === 'mapping' && s.previous !== previous ? { ...s, previous } : s));
    }));
    return () => (live = false);
  }, [fileId]);

  function say(e: unknown) {
    setError(e instanceof ImportError ? t(e.key, ...e.params) : (e as Error).message);
  }

  async function choose(file: File | undefined, enc = encoding) {
    if (!file) return;
    setError(null);
    setLastFile(file);
    setStage({ at: 'reading', name: file.name });
    try {
      const read = await readFile(file, enc);
      setStage({ at: 'mapping', file: read, mapping: guessMapping(read.table), previous: null });
    } catch (e) {
      setStage({ at: 'idle' });
      say(e);
    }
  }

  async function start() {
    if (stage.at !== 'mapping' || !batch || !fileId) return;
    const { file, mapping: used } = stage;
    const job = { id: newImportId(), fileId: await fileId, fileName: file.name, kind: stage.mapping.kind, ...(site ? { site } : {}), batch };
    cancel.current = false;
    setError(null);
    setStage({ at: 'importing', file, mapping: used, status: { phase: 'receiving', done: 0, total: batch.accounts.length + batch.interactions.length } });
    try {
      await begin(job);
      const record = await run(job, (status) => setStage((s) => (s.at === 'importing' ? { ...s, status } : s)), () => cancel.current);
      setStage({ at: 'done', file, record, problems: batch.problems, scoring: { phase: 'scoring', done: 0, total: 0 } });
      await followScoring(job.id, (scoring) => setStage((s) => (s.at === 'done' ? { ...s, scoring: scoring.phase === 'scoring' ? scoring : null } : s)));
    } catch (e) {
      const wasCancelled = cancel.current || (e as Error).name === 'AbortError' || /cancel/i.test((e as Error).message);
      setStage({ at: 'mapping', file, mapping: used, previous: null });
      setError(wasCancelled ? t('imp_cancelled') : t('imp_failed', (e as Error).message));
    }
  }

  const setKind = (kind: ImportKind) =>
    stage.at === 'mapping' && setStage({ ...stage, mapping: { kind, roles: fitToKind(guessMapping(stage.file.table, kind).roles, kind) } });
  const gaps = mapping ? mappingGaps(mapping) : [];
  const skipped = batch?.problems.filter((p) => p.skipped).length ?? 0;
  const ready = batch ? batch.rows - skipped : 0;

  return (
    <section class="cl-card op-import" data-testid="import">
      <h2>{t('imp_title')}</h2>
      <p class="cl-muted">{t('imp_help')}</p>
      {(stage.at === 'idle' || stage.at === 'done' || stage.at === 'mapping') && (
        <div
          class="op-drop"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            void choose(e.dataTransfer?.files[0]);
          }}
        >
          <label class="op-file">
            <input type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values" data-testid="import-file"
              onChange={(e) => {
                const input = e.target as HTMLInputElement;
                void choose(input.files?.[0]);
                input.value = '';
              }} />
            <span>{stage.at === 'done' ? t('imp_again') : t('imp_choose')}</span>
          </label>
          <span class="cl-muted">{t('imp_drop')}</span>
          <label class="op-inline">
            {t('imp_encoding')}
            <select value={encoding} onChange={(e) => {
              const enc = (e.target as HTMLSelectElement).value as Encoding;
              setEncoding(enc);
              if (lastFile && stage.at !== 'done') void choose(lastFile, enc);
            }}>
              {ENCODINGS.map((enc) => <option value={enc}>{enc === 'auto' ? t('imp_encoding_auto') : enc.toUpperCase()}</option>)}
            </select>
          </label>
        </div>
      )}
      {stage.at === 'reading' && <p role="status">{t('imp_reading', stage.name)}</p>}
      {error && <p class="cl-error" role="alert" data-testid="import-error">{error}</p>}

      {stage.at === 'mapping' && batch && (
        <div class="op-import-body">
          <p class="op-file-line"><strong>{stage.file.name}</strong> <span class="cl-muted">{t('imp_file_line', batch.rows, stage.file.format.toUpperCase())}</span></p>
          <div class="op-import-opts">
            <label class="op-inline">
              {t('imp_kind')}
              <select data-testid="import-kind" value={stage.mapping.kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as ImportKind)}>
                {IMPORT_KINDS.map((k) => <option value={k}>{t(`imp_kind_${k}`)}</option>)}
              </select>
            </label>
            <label class="op-inline" title={t('imp_site_help')}>
              {t('imp_site')}
              <select data-testid="import-site" value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value)}>
                {sites.map((s) => <option value={s}>{s.replace(/^https?:\/\//, '')}</option>)}
                <option value="">{t('imp_site_none')}</option>
              </select>
            </label>
          </div>
          <MappingTable table={stage.file.table} mapping={stage.mapping} onChange={(m) => setStage({ ...stage, mapping: m })} />
          {gaps.length > 0 ? (
            <p class="cl-error" role="alert">{gaps.map((g) => t(g)).join(' ')}</p>
          ) : (
            <>
              <h3>{t('imp_preview')}</h3>
              <Preview batch={batch} kind={stage.mapping.kind} />
              {stage.previous && <p class="op-note" data-testid="import-previous">{t('imp_previous', formatDate(stage.previous.at, lang))}</p>}
              <p>{skipped ? t('imp_ready_problems', ready, skipped) : t('imp_ready', ready)}</p>
              <button class="primary" data-testid="import-start" disabled={ready === 0} onClick={start}>{t('imp_start')}</button>
            </>
          )}
        </div>
      )}

      {stage.at === 'importing' && (
        <div class="op-progress" data-testid="import-progress">
          <progress max={Math.max(1, stage.status.total)} value={stage.status.done} />
          <span role="status">{t(`imp_phase_${stage.status.phase === 'saving' || stage.status.phase === 'scoring' ? stage.status.phase : 'receiving'}`, stage.status.done, stage.status.total)}</span>
          <button data-testid="import-cancel" onClick={() => (cancel.current = true)}>{t('imp_cancel')}</button>
        </div>
      )}

      {stage.at === 'done' && (
        <div class="op-import-body">
          <p class="op-ok" role="status" data-testid="import-done">
            {t('imp_done', stage.record.fileName, stage.record.rows, stage.record.added.accounts, stage.record.added.interactions, stage.record.skipped)}
          </p>
          {stage.scoring && (
            <div class="op-progress">
              <progress max={Math.max(1, stage.scoring.total)} value={stage.scoring.done} />
              <span>{t('imp_phase_scoring', stage.scoring.done, stage.scoring.total)}</span>
            </div>
          )}
          <ProblemReport problems={stage.problems} fileName={stage.file.name} />
        </div>
      )}

      {history.length > 0 && stage.at !== 'importing' && (
        <details class="op-history">
          <summary>{t('imp_history')} ({history.length})</summary>
          <ul>
            {history.slice(0, 20).map((r) => (
              <li>{t('imp_history_line', formatDate(r.at, lang), r.fileName, r.rows, t(`imp_kind_${r.kind}`))}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
