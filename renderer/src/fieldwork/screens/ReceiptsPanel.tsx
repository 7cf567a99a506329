import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { useCaseWork } from './panels/common';
import { ReceiptForm } from './panels/ReceiptForm';
import { ReceiptRow } from './panels/ReceiptRow';
import { Permitted } from '../../access/screens/Permitted';

/** Receipts (收款收据) of the case: issue one for money taken in the field, list them, void a wrong one. */
export function ReceiptsPanel({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const work = useCaseWork(caseRecord.id);
  const receipts = [...(work?.receipts ?? [])].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.number < b.number ? 1 : -1));
  return (
    <section className="fieldwork-panel" data-testid="receipts-panel" aria-label={t('panels.receipt.heading')}>
      <h2>{t('panels.receipt.heading')}</h2>
      <Permitted action="record_receipt" target={caseRecord.assignment}>
        <ReceiptForm caseRecord={caseRecord} />
      </Permitted>
      {!work ? (
        <p className="muted">{t('common.loading')}</p>
      ) : receipts.length === 0 ? (
        <p className="muted">{t('panels.receipt.none')}</p>
      ) : (
        <ul className="receipt-list">
          {receipts.map((r) => (
            <ReceiptRow key={r.id} receipt={r} timeZone={caseRecord.timeZone} assignment={caseRecord.assignment} />
          ))}
        </ul>
      )}
    </section>
  );
}
