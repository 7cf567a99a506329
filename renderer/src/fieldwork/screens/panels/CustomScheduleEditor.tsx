import { useTranslation } from 'react-i18next';
import type { Msg, PlanFormState } from './planDraft';

interface Props {
  rows: PlanFormState['rows'];
  customHasDown: boolean;
  rowErrors: Record<number, Msg>;
  onChange: (rows: PlanFormState['rows'], customHasDown: boolean) => void;
}

/** Hand-made instalments: one editable row each; problems sit on the row they concern. */
export function CustomScheduleEditor({ rows, customHasDown, rowErrors, onChange }: Props) {
  const { t } = useTranslation();
  const setRow = (i: number, patch: Partial<PlanFormState['rows'][number]>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), customHasDown);
  const first = customHasDown ? 0 : 1;
  return (
    <fieldset className="schedule-editor" data-testid="plan-custom-rows">
      <legend>{t('panels.plan.customRows')}</legend>
      <label className="row gap">
        <input type="checkbox" checked={customHasDown} onChange={(e) => onChange(rows, e.target.checked)} data-testid="plan-custom-has-down" />
        {t('panels.plan.firstRowIsDown')}
      </label>
      <table className="amounts">
        <thead>
          <tr>
            <th>{t('panels.plan.seq')}</th>
            <th>{t('panels.plan.dueDate')}</th>
            <th>{t('panels.plan.amountYuan')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const seq = first + i;
            const error = rowErrors[i];
            const label = seq === 0 ? t('panels.plan.downPaymentRow') : t('panels.plan.seqN', { seq });
            return (
              <tr key={i} data-testid={`plan-row-${i}`}>
                <td>{label}</td>
                <td>
                  <input type="date" value={row.dueDate} aria-label={t('panels.plan.rowDueLabel', { row: label })} onChange={(e) => setRow(i, { dueDate: e.target.value })} />
                </td>
                <td>
                  <input
                    inputMode="decimal"
                    value={row.amount}
                    aria-label={t('panels.plan.rowAmountLabel', { row: label })}
                    aria-invalid={error ? true : undefined}
                    onChange={(e) => setRow(i, { amount: e.target.value })}
                    data-testid={`plan-row-amount-${i}`}
                  />
                  {error && <div className="error small">{t(error.key, error.params)}</div>}
                </td>
                <td>
                  <button type="button" className="small" disabled={rows.length === 1} onClick={() => onChange(rows.filter((_, j) => j !== i), customHasDown)} aria-label={t('panels.plan.removeRow', { row: label })}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, { dueDate: rows[rows.length - 1]?.dueDate ?? '', amount: '' }], customHasDown)} data-testid="plan-add-row">
        {t('panels.plan.addRow')}
      </button>
    </fieldset>
  );
}
