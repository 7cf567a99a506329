import { useTranslation } from 'react-i18next';
import type { ImportView } from '../../../shared/portfolio/imports';
import { PORTFOLIO_IMPORTS, type CountColumn, type ImportSource } from './importSource';

/** What an import does (or did): in total and by branch, one row each. */
export function ImportCounts({ view, branchNames, source = PORTFOLIO_IMPORTS }: { view: ImportView; branchNames: ReadonlyMap<string, string>; source?: ImportSource }) {
  const { t } = useTranslation();
  const COLUMNS = source.columns;
  const label = (c: CountColumn) => t(source.countKey(c, view.status === 'applied'));
  return (
    <table className="data-table counts" aria-label={t('imports.byBranch')} data-testid="import-counts">
      <thead>
        <tr>
          <th scope="col">{t('imports.branch')}</th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="num">
              {label(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="total">
          <th scope="row">{t('imports.total')}</th>
          {COLUMNS.map((c) => (
            <td key={c} className="num" data-testid={`import-count-${c}`}>
              {view.counts[c]}
            </td>
          ))}
        </tr>
        {view.byBranch.map((b) => (
          <tr key={b.branchCode} data-testid={`import-branch-${b.branchCode}`}>
            <th scope="row">
              {b.branchCode || '—'} {branchNames.get(b.branchCode) ?? ''}
            </th>
            {COLUMNS.map((c) => (
              <td key={c} className="num">
                {b[c]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
