/**
 * Download tasks and notes as a CSV a CRM imports, or copy them as text. Files are made in the page
 * from what it already holds and saved through an <a download>: nothing is sent anywhere.
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, FORMAT_NAMES, type ExportFormat } from '../core/export/format-names';
import { dayOf, type ExportItem } from '../core/export/items';
import { toText } from '../core/export/text';
import { useLang, useT } from './i18n';
import { download } from './download';
import './export-bar.css';

const REMEMBER = 'churnlens.exportFormat';

/** The user's last choice, else the CRM the items came from, else the plain CSV. */
function initialFormat(items: readonly ExportItem[]): ExportFormat {
  const saved = localStorage.getItem(REMEMBER);
  if (saved && (EXPORT_FORMATS as readonly string[]).includes(saved)) return saved as ExportFormat;
  const crm = items[0]?.accountKey.split(':')[0];
  return (EXPORT_FORMATS as readonly string[]).includes(crm ?? '') ? (crm as ExportFormat) : 'generic';
}

/** A file name any system accepts: no path separators or reserved characters. */
const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'export';

export function ExportBar({ items, name }: { items: readonly ExportItem[]; name: string }) {
  const t = useT();
  const lang = useLang();
  const [format, setFormat] = useState<ExportFormat>(() => initialFormat(items));
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const empty = items.length === 0;

  function choose(f: ExportFormat) {
    setFormat(f);
    localStorage.setItem(REMEMBER, f);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(toText(items, lang, dayOf(Date.now())));
      setCopied(true);
      setError(null);
      setTimeout(() => setCopied(false), 2000);
    } catch (e) {
      setError(t('error_clipboard', (e as Error).message));
    }
  }

  async function saveCsv() {
    const { toCsv } = await import('../core/export/formats');
    download(`churnlens-${safe(name)}-${dayOf(Date.now())}-${format}.csv`, toCsv(format, items, lang), 'text/csv;charset=utf-8');
  }

  return (
    <div class="cl-export" data-churnlens="export">
      <select aria-label={t('export_format')} value={format} onChange={(e) => choose((e.target as HTMLSelectElement).value as ExportFormat)}>
        {EXPORT_FORMATS.map((f) => (
          <option value={f}>{f === 'generic' ? t('export_generic') : FORMAT_NAMES[f]}</option>
        ))}
      </select>
      <button disabled={empty} onClick={saveCsv}>
        {t('export_download')}
      </button>
      <button disabled={empty} onClick={copy}>{t('export_copy')}</button>
      {copied && <span class="cl-export-done" role="status">✓ {t('export_copied')}</span>}
      {empty && <span class="cl-muted cl-export-note">{t('export_nothing')}</span>}
      {error && <p class="cl-error">{error}</p>}
    </div>
  );
}
