import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import type { LetterProblem, LetterType } from '../../../../shared/letters';

export interface BatchConfirmationItem {
  c: Case;
  partyName: string;
  blocking: readonly LetterProblem[];
}

/** Lists shown in full up to this many rows; the rest are counted. */
const LIST_MAX = 200;

/**
 * What a batch will print, before any letter is numbered: the cases that get a letter and the exceptions with
 * why (a hold, no address, the same letter within the repeat interval…). Nothing is taken until 确认.
 */
export function BatchConfirmation({ plan, onConfirm, onCancel }: { plan: { type: LetterType; items: readonly BatchConfirmationItem[] }; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const printable = plan.items.filter((it) => it.blocking.length === 0);
  const exceptions = plan.items.filter((it) => it.blocking.length > 0);
  const rows = (items: readonly BatchConfirmationItem[], why: boolean) => (
    <table className="grid small">
      <thead>
        <tr>
          <th scope="col">{t('column.caseNumber')}</th>
          <th scope="col">{t('letters.single.recipient')}</th>
          {why && <th scope="col">{t('letters.batch.why')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.slice(0, LIST_MAX).map((it) => (
          <tr key={it.c.id} data-testid={why ? `batch-exception-${it.c.caseNumber}` : `batch-planned-${it.c.caseNumber}`}>
            <td className="mono">{it.c.caseNumber}</td>
            <td>{it.partyName}</td>
            {why && <td>{it.blocking.map((p) => t(`letters.problem.${p.code}`, p.params)).join('；')}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="card" data-testid="batch-confirmation">
      <p>
        <strong>{t('letters.batch.confirmSummary', { type: t(`letters.type.${plan.type}`), letters: printable.length, exceptions: exceptions.length })}</strong>
      </p>
      <div className="row gap">
        <button className="primary" disabled={printable.length === 0} onClick={onConfirm} data-testid="batch-confirm">
          {t('letters.batch.confirm', { n: printable.length })}
        </button>
        <button onClick={onCancel} data-testid="batch-confirm-cancel">
          {t('common.cancel')}
        </button>
      </div>
      {exceptions.length > 0 && (
        <details open>
          <summary>{t('letters.batch.exceptionsBefore', { n: exceptions.length })}</summary>
          {rows(exceptions, true)}
          {exceptions.length > LIST_MAX && <p className="muted">{t('letters.batch.more', { n: exceptions.length - LIST_MAX })}</p>}
        </details>
      )}
      <details>
        <summary>{t('letters.batch.plannedList', { n: printable.length })}</summary>
        {rows(printable, false)}
        {printable.length > LIST_MAX && <p className="muted">{t('letters.batch.more', { n: printable.length - LIST_MAX })}</p>}
      </details>
    </div>
  );
}
