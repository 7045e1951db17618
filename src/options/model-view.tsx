/**
 * The model view: what the risk model learned from (churned and retained, by source), its
 * cross-validated figures against the default scorecard on the same accounts, its ROC curve and
 * calibration, the guardrail warnings; and Retrain (with the worker's progress), Keep, Roll back.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { MetricSummary } from '../core/backtest';
import { LABEL_SOURCES, type TrainingReport } from '../core/learn';
import type { Lang } from '../core/types';
import { dateFormat } from '../i18n/t';
import { parseMessage } from '../messages';
import { request } from '../messaging';
import type { ModelProgressData, ModelSummary, ModelViewData } from '../protocol/model';
import { download } from '../ui/download';
import { useLang, useT } from '../ui/i18n';
import { CalibrationChart, Legend, RocChart, SERIES } from './model-charts';
import './model-view.css';

const CLI = 'npm run backtest -- churnlens-training.csv --label outcome --id account --baseline scorecard --models logistic,stumps';

const when = (ms: number, lang: Lang) =>
  dateFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);

/** The worker's progress while it retrains, as it broadcasts it. */
function useProgress(on: (p: ModelProgressData) => void): void {
  useEffect(() => {
    const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      const p = parseMessage(raw);
      if (p.ok && p.message.type === 'model:progress') on({ step: p.message.step, done: p.message.done, total: p.message.total });
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}

export function ModelView() {
  const t = useT();
  const lang = useLang();
  const [data, setData] = useState<ModelViewData | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ModelProgressData | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useProgress(setProgress);

  useEffect(() => {
    request({ type: 'model:report' }).then(setData, (e: Error) => setStatus({ ok: false, text: t('error_prefix', e.message) }));
  }, []);
  if (!data) return status ? <p class="cl-error">{status.text}</p> : null;

  async function act(type: 'model:retrain' | 'model:keep' | 'model:rollback', said: (next: ModelViewData, before: ModelViewData) => string | null) {
    setBusy(true);
    setStatus(null);
    try {
      const before = data!;
      const next = await request({ type });
      setData(next);
      const text = said(next, before);
      if (text) setStatus({ ok: true, text });
    } catch (e) {
      setStatus({ ok: false, text: t('error_prefix', (e as Error).message) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }
  const retrain = () => act('model:retrain', (next) => {
    if (next.notTrained === 'too_few') {
      const n = (o: 'churned' | 'retained') => LABEL_SOURCES.reduce((s, k) => s + next.labels[o][k], 0);
      return t('model_too_few', n('churned'), n('retained'), next.minPerClass);
    }
    return next.notTrained === 'no_signals' ? t('model_no_signals') : null;
  });

  async function saveTable() {
    try {
      const { csv } = await request({ type: 'model:table' });
      download('churnlens-training.csv', csv, 'text/csv');
    } catch (e) {
      setStatus({ ok: false, text: t('error_prefix', (e as Error).message) });
    }
  }

  return (
    <section class="cl-card mv" data-churnlens="model-view">
      <h2>{t('model_title')}</h2>
      <p class="cl-muted">{t('model_help')}</p>
      {!data.current && !data.candidate && <p class="mv-none">{t('model_none', data.minPerClass)}</p>}
      {(data.current || data.candidate) && (
        <div class={`mv-models${data.current && data.candidate ? ' mv-two' : ''}`}>
          {data.current && <ModelPanel which="current" title={t('model_in_use', when(data.current.trainedAt, lang))} m={data.current} />}
          {data.candidate && <ModelPanel which="candidate" title={t('model_new', when(data.candidate.trainedAt, lang))} m={data.candidate} />}
        </div>
      )}
      <LabelTable title={t('model_labels_now')} labels={data.labels} which="now" />
      {data.candidate && <p class="mv-choose">{t('model_choose')}</p>}
      <div class="mv-actions">
        <button class={data.candidate ? '' : 'primary'} disabled={busy} onClick={retrain} data-action="retrain">{t('model_retrain')}</button>
        {data.candidate && (
          <button class="primary" disabled={busy} onClick={() => act('model:keep', () => t('model_kept'))} data-action="keep">{t('model_keep')}</button>
        )}
        {(data.candidate || data.previous) && (
          <button disabled={busy} onClick={() => act('model:rollback', (_, before) => (
            before.candidate || !before.previous ? t('model_discarded') : t('model_restored', when(before.previous.trainedAt, lang))
          ))} data-action="rollback">
            {data.candidate ? t('model_rollback_new') : t('model_rollback_previous', when(data.previous!.trainedAt, lang))}
          </button>
        )}
      </div>
      {progress && busy && <Progress p={progress} />}
      {status && <p class={status.ok ? 'op-ok' : 'cl-error'} role="status">{status.text}</p>}
      <div class="mv-cli">
        <button onClick={saveTable}>{t('model_download')}</button>
        <span class="cl-muted">{t('model_cli')}</span>
        <code>{CLI}</code>
      </div>
    </section>
  );
}

function Progress({ p }: { p: ModelProgressData }) {
  const t = useT();
  const text = p.step === 'reading' ? t('model_reading', p.done, p.total) : p.step === 'fold' ? t('model_fold', p.done, p.total) : t('model_saving');
  // Reading is the first third of the work, the folds most of the rest.
  const share = p.step === 'saving' ? 1 : p.step === 'reading' ? (0.3 * p.done) / Math.max(1, p.total) : 0.3 + (0.65 * p.done) / Math.max(1, p.total);
  return (
    <div
      class="mv-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}
      aria-valuetext={text} data-step={p.step}
    >
      <div class="mv-bar"><span style={{ width: `${Math.round(share * 100)}%` }} /></div>
      <span class="cl-muted">{text}</span>
    </div>
  );
}

function ModelPanel({ which, title, m }: { which: 'current' | 'candidate'; title: string; m: ModelSummary }) {
  const t = useT();
  const name = t(`bt_model_${m.kind}`);
  const r = m.report;
  return (
    <div class="mv-model" data-model={which}>
      <h3>{title}</h3>
      <div class="cl-muted mv-kind">{name}</div>
      {!r ? (
        <p class="cl-muted">{t('model_no_report')}</p>
      ) : (
        <>
          <LabelTable title={t('model_learned_from')} labels={r.labels} which={which} />
          <Figures report={r} name={name} />
          <h4>{t('model_roc')}</h4>
          <RocChart curves={r.roc} learnedName={name} />
          <h4>{t('model_calibration')}</h4>
          <CalibrationChart bins={r.calibration} learnedName={name} />
          <Legend learnedName={name} />
          <Warnings report={r} />
        </>
      )}
    </div>
  );
}

function LabelTable({ title, labels, which }: { title: string; labels: TrainingReport['labels']; which: string }) {
  const t = useT();
  const sum = (o: 'churned' | 'retained') => LABEL_SOURCES.reduce((s, k) => s + labels[o][k], 0);
  return (
    <table class="mv-table mv-labels" data-labels={which}>
      <caption>{title}</caption>
      <thead>
        <tr><th>{t('model_source')}</th><th class="num">{t('model_churned')}</th><th class="num">{t('model_retained')}</th></tr>
      </thead>
      <tbody>
        {LABEL_SOURCES.map((k) => (
          <tr data-source={k}>
            <td>{t(`model_source_${k}`)}</td>
            <td class="num" data-outcome="churned">{labels.churned[k]}</td>
            <td class="num" data-outcome="retained">{labels.retained[k]}</td>
          </tr>
        ))}
        <tr class="mv-total" data-source="total">
          <td>{t('model_total')}</td>
          <td class="num" data-outcome="churned">{sum('churned')}</td>
          <td class="num" data-outcome="retained">{sum('retained')}</td>
        </tr>
      </tbody>
    </table>
  );
}

const pm = (s: MetricSummary, digits: number, unit = '') => `${s.mean.toFixed(digits)}${unit} ± ${s.std.toFixed(digits)}`;

function Figures({ report, name }: { report: TrainingReport; name: string }) {
  const t = useT();
  const bt = report.backtest;
  const learned = bt.models.find((m) => m.model === bt.best)!;
  const card = bt.baseline;
  const rows = [
    ['auc', t('model_auc'), (f: typeof learned) => pm(f.auc, 3)],
    ['brier', t('model_brier'), (f: typeof learned) => pm(f.brier, 3)],
    ['lift', t('model_lift'), (f: typeof learned) => pm(f.lift10, 2, '×')],
  ] as const;
  return (
    <>
      <table class="mv-table mv-figures">
        <thead>
          <tr>
            <th />
            <th class="num" style={{ color: SERIES.learned }} title={name}>{t('model_col_learned')}</th>
            {card && <th class="num" style={{ color: SERIES.scorecard }} title={t('model_scorecard')}>{t('model_col_scorecard')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, show]) => (
            <tr data-metric={key}>
              <td>{label}</td>
              <td class="num" data-series="learned">{show(learned)}</td>
              {card && <td class="num" data-series="scorecard">{show({ ...card, model: bt.best })}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="cl-muted mv-note">{t('model_figures_note', bt.folds)}</p>
    </>
  );
}

function Warnings({ report }: { report: TrainingReport }) {
  const t = useT();
  // The training table's outcome values are ids; the warning names them in the reader's words.
  const outcomeWord = (p: string | number) => (p === 'churned' ? t('model_churned') : p === 'retained' ? t('model_retained') : p);
  const ws = report.backtest.warnings;
  return (
    <div class="mv-warnings" data-churnlens="model-warnings">
      <h4>{t('model_warnings')}</h4>
      {ws.length === 0 ? (
        <p class="cl-muted">{t('model_no_warnings')}</p>
      ) : (
        <ul>{ws.map((w) => <li data-code={w.code}>{t(w.key, ...w.params.map(outcomeWord))}</li>)}</ul>
      )}
    </div>
  );
}
