import { useTranslation } from 'react-i18next';
import type { ImportView } from '../../../shared/portfolio/imports';

const COLUMNS = ['new', 'updated', 'unchanged', 'closed', 'rejected'] as const;

/** What an import does (or did): in total and by branch, one row each. */
export function ImportCounts({ view, branchNames }: { view: ImportView; branchNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const label = (c: (typeof COLUMNS)[number]) => t(c === 'closed' && view.status === 'applied' ? 'imports.counts.closedDone' : `imports.counts.${c}`);
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
