/** The guessed column roles, for the user to correct, and the first rows as they will be imported. */
import { fitToKind, KIND_ROLES, SINGLE_ROLES, type Mapping, type Role } from '../../core/import/roles';
import type { ImportBatch } from '../../core/import/rows';
import type { ImportTable } from '../../core/import/table';
import { formatDate, numberFormat } from '../../i18n/t';
import { useLang, useT } from '../../ui/i18n';

const PREVIEW_ROWS = 5;

export function MappingTable({ table, mapping, onChange }: { table: ImportTable; mapping: Mapping; onChange: (m: Mapping) => void }) {
  const t = useT();
  function set(j: number, role: Role) {
    // A role only one column may hold moves to the column just given it.
    const roles = mapping.roles.map((r, k) => (k === j ? role : SINGLE_ROLES.includes(role) && r === role ? fitToKind(['field'], mapping.kind)[0]! : r));
    onChange({ ...mapping, roles });
  }
  return (
    <table class="op-map" data-testid="import-mapping">
      <thead>
        <tr><th>{t('imp_col_column')}</th><th>{t('imp_col_sample')}</th><th>{t('imp_col_role')}</th></tr>
      </thead>
      <tbody>
        {table.header.map((h, j) => (
          <tr class={mapping.roles[j] === 'skip' ? 'off' : ''}>
            <th scope="row">{h}</th>
            <td class="op-map-sample">{table.rows.slice(0, 3).map((r) => r[j]).filter(Boolean).join(' · ')}</td>
            <td>
              <select aria-label={h} value={mapping.roles[j]} onChange={(e) => set(j, (e.target as HTMLSelectElement).value as Role)}>
                {KIND_ROLES[mapping.kind].map((r) => <option value={r}>{t(`imp_role_${r}`)}</option>)}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Preview({ batch, kind }: { batch: ImportBatch; kind: Mapping['kind'] }) {
  const t = useT();
  const lang = useLang();
  const name = (r: { id?: string; name?: string }) => [r.name, r.id && `#${r.id}`].filter(Boolean).join(' ');
  if (kind === 'accounts') {
    return (
      <table class="op-preview" data-testid="import-preview">
        <thead><tr><th>{t('imp_pv_account')}</th><th>{t('imp_pv_outcome')}</th><th>{t('imp_pv_fields')}</th></tr></thead>
        <tbody>
          {batch.accounts.slice(0, PREVIEW_ROWS).map((a) => (
            <tr>
              <td>{name(a.ref)}</td>
              <td>{a.outcome ? t(`imp_outcome_${a.outcome}`) : '—'}</td>
              <td class="op-preview-fields">{Object.values(a.fields).slice(0, 4).map((f) => `${f.label}: ${f.raw}`).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table class="op-preview" data-testid="import-preview">
      <thead>
        <tr><th>{t('imp_pv_account')}</th><th>{t('imp_pv_date')}</th><th>{t('imp_pv_kind')}</th><th>{t('imp_pv_text')}</th><th>{t('imp_pv_amount')}</th></tr>
      </thead>
      <tbody>
        {batch.interactions.slice(0, PREVIEW_ROWS).map((i) => (
          <tr>
            <td>{name(i.ref)}</td>
            <td>{formatDate(i.at, lang)}</td>
            <td>{t(`kind_${i.kind}`)}</td>
            <td class="op-preview-text">{i.text ?? ''}</td>
            <td class="num">{i.amount === undefined ? '' : numberFormat(lang, { maximumFractionDigits: 2 }).format(i.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
