import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { ALL_COLUMN_IDS } from './columns';

export function ColumnChooser() {
  const { t } = useTranslation();
  const hidden = useAppStore((s) => s.hiddenColumns);
  const toggleColumn = useAppStore((s) => s.toggleColumn);
  return (
    <details className="popover">
      <summary data-testid="column-chooser">{t('cases.columns')}</summary>
      <div className="menu">
        {ALL_COLUMN_IDS.map((id) => (
          <label key={id} className="menu-item">
            {/* The case number opens the case: it stays. */}
            <input type="checkbox" checked={!hidden.includes(id)} disabled={id === 'caseNumber'} onChange={() => toggleColumn(id)} />
            {t(`column.${id}`)}
          </label>
        ))}
      </div>
    </details>
  );
}
