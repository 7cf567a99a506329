import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOST_CONTACT_FAILED_ATTEMPTS } from '../../../../shared/fieldwork/lostContact';
import { usePermission } from '../../access/screens/usePermission';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';

/**
 * The supervisor's My day: how many of the branch's cases are in the lost-contact queue (失联). Counted only when
 * asked: the queue reads every case and activity, which a store of 100,000 cases must not pay on every visit to
 * My day (see the case list, which reads it only while its filter is on). Opens the case list on the queue.
 */
export function LostContactCount() {
  const may = usePermission('assign_cases');
  return may.ok ? <Counter /> : null;
}

function Counter() {
  const { t } = useTranslation();
  const reads = useAppStore(selectReads);
  const rows = useAppStore((s) => s.rows);
  const operator = useAppStore((s) => s.operator);
  const setFilter = useAppStore((s) => s.setFilter);
  const navigate = useAppStore((s) => s.navigate);
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const countNow = async () => {
    if (!reads) return;
    setBusy(true);
    const lost = await reads.work.lostContactCaseIds();
    setCount(rows.filter((r) => r.branchCode === operator.branchCode && lost.has(r.id)).length);
    setBusy(false);
  };
  const open = () => {
    setFilter('lostContact', true);
    navigate('cases');
  };

  return (
    <section className="card row gap" data-testid="myday-lost-contact" title={t('cases.lostContactHint', { n: LOST_CONTACT_FAILED_ATTEMPTS })}>
      <strong>{t('supervisorDay.lostContact.title')}</strong>
      {count === null ? (
        <button onClick={() => void countNow()} disabled={busy || !reads} data-testid="myday-lost-contact-count">
          {busy ? t('supervisorDay.lostContact.counting') : t('supervisorDay.lostContact.count')}
        </button>
      ) : (
        <>
          <span data-testid="myday-lost-contact-n">{t('cases.lostContact', { n: count })}</span>
          <button onClick={open} data-testid="myday-lost-contact-open">
            {t('supervisorDay.lostContact.open')}
          </button>
        </>
      )}
    </section>
  );
}
