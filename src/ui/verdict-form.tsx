/**
 * A person's word on an account's risk, in the popup's row and the side panel: "Not a risk", "Real
 * risk", or a level they set, which needs a reason. The worker records who and when.
 */
import { useState } from 'preact/hooks';
import { RISK_LEVELS, type RiskLevel, type Verdict } from '../core/types';
import { request } from '../messaging';
import { useT } from './i18n';
import './verdict-form.css';

type Kind = Verdict['kind'];
const KINDS: [Kind, 'verdict_not_risk' | 'verdict_real_risk' | 'verdict_override'][] = [
  ['not_risk', 'verdict_not_risk'], ['real_risk', 'verdict_real_risk'], ['override', 'verdict_override'],
];

export function VerdictForm({ accountKey, onSaved }: { accountKey: string; onSaved?: (v: Verdict) => void }) {
  const t = useT();
  const [kind, setKind] = useState<Kind | null>(null);
  const [level, setLevel] = useState<RiskLevel>('high');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsReason = kind === 'override' && !reason.trim();

  async function save(e: Event) {
    e.preventDefault();
    if (!kind || needsReason || busy) return;
    setBusy(true);
    try {
      const why = reason.trim() ? { reason: reason.trim() } : {};
      const v = await request(kind === 'override'
        ? { type: 'verdict:add', key: accountKey, kind, level, reason: reason.trim() }
        : { type: 'verdict:add', key: accountKey, kind, ...why });
      setKind(null);
      setReason('');
      setError(null);
      onSaved?.(v);
    } catch (err) {
      setError(t('error_prefix', (err as Error).message));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="vf" data-churnlens="verdict-form">
      <div class="vf-kinds">
        {KINDS.map(([k, label]) => (
          <button type="button" class={kind === k ? 'on' : ''} aria-pressed={kind === k} data-kind={k} onClick={() => setKind(kind === k ? null : k)}>
            {t(label)}
          </button>
        ))}
      </div>
      {kind && (
        <form class="vf-form" onSubmit={save}>
          {kind === 'override' && (
            <fieldset class="vf-levels">
              <legend>{t('verdict_level')}</legend>
              {RISK_LEVELS.map((l) => (
                <label class="vf-level">
                  <input type="radio" name={`level-${accountKey}`} value={l} checked={level === l} onChange={() => setLevel(l)} />
                  <span class="cl-pill" data-level={l}>{t(`level_${l}`)}</span>
                </label>
              ))}
            </fieldset>
          )}
          <label class="vf-reason">
            <span>{t(kind === 'override' ? 'verdict_reason' : 'verdict_reason_optional')}</span>
            <textarea rows={2} maxLength={1000} required={kind === 'override'} value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
          </label>
          {needsReason && <p class="cl-muted vf-hint">{t('verdict_reason_needed')}</p>}
          <div class="vf-buttons">
            <button type="submit" class="primary" disabled={needsReason || busy}>{t('verdict_save')}</button>
            <button type="button" onClick={() => setKind(null)}>{t('panel_cancel')}</button>
          </div>
        </form>
      )}
      {error && <p class="cl-error">{error}</p>}
    </div>
  );
}
