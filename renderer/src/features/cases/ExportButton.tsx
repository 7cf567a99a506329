import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { useAppStore } from '../../state/appStore';
import { todayIn } from '../../ui/format';
import { caseRowsToCsv } from './caseCsv';

export function ExportButton({ rows }: { rows: CaseRow[] }) {
  const { t } = useTranslation();
  const platform = useAppStore((s) => s.platform);
  return (
    <button
      disabled={!platform || rows.length === 0}
      onClick={() => void platform?.saveText({ suggestedName: `cases-${todayIn()}.csv`, content: caseRowsToCsv(rows, t), mimeType: 'text/csv' })}
    >
      {t('cases.export')}
    </button>
  );
}
