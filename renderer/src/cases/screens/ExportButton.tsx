import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { useAppStore } from '../../state/appStore';
import { todayIn } from '../../ui/format';
import { RefusedButton } from '../../access/screens/Permitted';
import { useAccessLog } from '../../access/screens/useAccessLog';
import { usePermission } from '../../access/screens/usePermission';
import { outputOrProblem } from '../../ui/fileOutput';

/** The shown rows as CSV (masked), for a role that may export; the export is logged before the file is offered. */
export function ExportButton({ rows }: { rows: CaseRow[] }) {
  const { t } = useTranslation();
  const platform = useAppStore((s) => s.platform);
  const permission = usePermission('export');
  const log = useAccessLog();
  const [error, setError] = useState<string | null>(null);
  if (!permission.ok) return <RefusedButton action="export" refusal={permission.refusal} label={t('cases.export')} />;
  const exportCsv = async () => {
    const name = `cases-${todayIn()}.csv`;
    const logged = await log({ kind: 'export', detail: `case list CSV ${name}, ${rows.length} rows` });
    if (!logged.ok) return setError(t('exportAudit.failed', { message: logged.message }));
    setError(null);
    // The CSV writer (papaparse) loads on the first export, not with the case list (issue 18 §4).
    const { caseRowsToCsv } = await import('../caseCsv');
    const problem = await outputOrProblem(() => platform?.saveText({ suggestedName: name, content: caseRowsToCsv(rows, t), mimeType: 'text/csv' }));
    if (problem) setError(t('exportAudit.outputFailed', { message: problem }));
  };
  return (
    <>
      <button disabled={!platform || rows.length === 0} onClick={() => void exportCsv()} data-testid="cases-export">
        {t('cases.export')}
      </button>
      {error && (
        <span className="error small" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
