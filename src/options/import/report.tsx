/** The per-row report of an import: row, column, what was wrong, what to do; the whole of it as CSV. */
import Papa from 'papaparse';
import { fixOf, type RowProblem } from '../../core/import/problems';
import { useT } from '../../ui/i18n';
import { download } from '../../ui/download';

const SHOWN = 50;

export function ProblemReport({ problems, fileName }: { problems: RowProblem[]; fileName: string }) {
  const t = useT();
  if (!problems.length) return null;
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  const lines = sorted.map((p) => [p.row, p.column ?? '', t(p.key, ...(p.params ?? [])), t(fixOf(p.key))] as const);
  function save() {
    const head = [t('imp_report_row'), t('imp_report_column'), t('imp_report_problem'), t('imp_report_fix')];
    download(`${fileName.replace(/\.[^.]+$/, '')}-import-report.csv`, `\uFEFF${Papa.unparse([head, ...lines])}\r\n`, 'text/csv');
  }
  return (
    <div class="op-report">
      <h3>{t('imp_report')}</h3>
      <table data-testid="import-report">
        <thead>
          <tr><th>{t('imp_report_row')}</th><th>{t('imp_report_column')}</th><th>{t('imp_report_problem')}</th><th>{t('imp_report_fix')}</th></tr>
        </thead>
        <tbody>
          {lines.slice(0, SHOWN).map(([row, col, what, fix]) => (
            <tr><td class="num">{row}</td><td>{col}</td><td>{what}</td><td>{fix}</td></tr>
          ))}
        </tbody>
      </table>
      <p class="cl-muted">
        {lines.length > SHOWN && <span>{t('imp_report_more', lines.length - SHOWN)} </span>}
        <button onClick={save}>{t('imp_report_download')}</button>
      </p>
    </div>
  );
}
