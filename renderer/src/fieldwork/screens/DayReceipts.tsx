import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toChineseCapitals } from '../../../../shared/domain/capitals';
import { DEFAULT_TIME_ZONE, isLocalDate } from '../../../../shared/calendar';
import { dayReceipts, type DayReceipts as DaySummary } from '../../../../shared/fieldwork/receipts';
import { RECEIPT_METHODS } from '../../../../shared/fieldwork/records';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { formatFen, formatInstant } from '../../ui/format';
import { todayOf } from './panels/common';

/**
 * The end-of-day hand-over (交款清单): every receipt this device issued on a day, over all cases, voided
 * ones included (the voided paper is handed over too), with totals by method to count the cash against.
 * The day is the branch's (Asia/Shanghai), not UTC's.
 */
export function DayReceipts() {
  const { t, i18n } = useTranslation();
  const reads = useAppStore(selectReads);
  const device = useAppStore((s) => s.device);
  const loadDevice = useAppStore((s) => s.loadDevice);
  const caseRows = useAppStore((s) => s.rows);
  // Refresh when a receipt is issued or voided elsewhere: every write refreshes the outbox.
  const outbox = useAppStore((s) => s.outbox);
  const [date, setDate] = useState(() => todayOf(DEFAULT_TIME_ZONE));
  const [day, setDay] = useState<DaySummary | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (reads && !device) void loadDevice();
  }, [reads, device, loadDevice]);

  useEffect(() => {
    if (!reads || !device || !isLocalDate(date)) return;
    let live = true;
    setFailed(false);
    reads.work
      .receiptsAround(date)
      .then((all) => live && setDay(dayReceipts(all.filter((r) => r.deviceId === device.deviceId), date, DEFAULT_TIME_ZONE)))
      .catch((e: unknown) => {
        console.error(e);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [reads, device, date, outbox]);

  // Case numbers for the receipts shown: one pass over the list rows, not a lookup per receipt.
  const caseNumbers = useMemo(() => {
    const wanted = new Set(day?.receipts.map((r) => r.caseId));
    const out = new Map<string, string>();
    for (const row of caseRows) if (wanted.has(row.id)) out.set(row.id, row.caseNumber);
    return out;
  }, [day, caseRows]);

  const shown = day && day.date === date ? day : null;
  return (
    <section className="day-receipts" data-testid="day-receipts" aria-label={t('panels.day.heading')}>
      <header className="row gap">
        <h2>{t('panels.day.heading')}</h2>
        <span className="spacer" />
        <label className="no-print row gap">
          {t('panels.day.date')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="day-receipts-date" />
        </label>
        <button type="button" className="no-print" onClick={() => window.print()} data-testid="day-receipts-print">
          {t('panels.day.print')}
        </button>
      </header>
      <p className="small muted">{t('panels.day.device', { code: device?.deviceCode ?? '—', date })}</p>
      {failed && <p className="error" role="alert">{t('panels.day.loadFailed')}</p>}
      {!isLocalDate(date) ? (
        <p className="error" role="alert">{t('fieldwork.error.date_invalid')}</p>
      ) : !shown ? (
        !failed && <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <dl className="kv card" data-testid="day-receipts-totals">
            <dt>{t('panels.day.count')}</dt>
            <dd data-testid="day-receipts-count">{shown.count}</dd>
            {RECEIPT_METHODS.map((m) => (
              <FragmentRow key={m} label={t(`panels.receipt.methods.${m}`)} fen={shown.byMethod[m]} testId={`day-receipts-${m}`} />
            ))}
            <FragmentRow label={t('panels.day.total')} fen={shown.totalFen} testId="day-receipts-total" capitals />
            <dt>{t('panels.day.voided')}</dt>
            <dd data-testid="day-receipts-voided">{shown.voidedCount}</dd>
          </dl>
          {shown.receipts.length === 0 ? (
            <p className="muted">{t('panels.day.none')}</p>
          ) : (
            <table className="amounts day-receipts-table">
              <thead>
                <tr>
                  <th>{t('panels.day.number')}</th>
                  <th>{t('panels.day.time')}</th>
                  <th>{t('panels.day.case')}</th>
                  <th>{t('panels.receipt.payer')}</th>
                  <th>{t('panels.receipt.method')}</th>
                  <th className="num">{t('panels.plan.amount')}</th>
                  <th>{t('panels.day.note')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.receipts.map((r) => (
                  <tr key={r.id} className={r.voided ? 'voided' : ''} data-testid={`day-receipt-${r.number}`}>
                    <td className="mono">{r.number}</td>
                    <td>{formatInstant(r.receivedAt, i18n.language, DEFAULT_TIME_ZONE)}</td>
                    <td>{caseNumbers.get(r.caseId) ?? r.caseId}</td>
                    <td>{r.payerName}</td>
                    <td>
                      {t(`panels.receipt.methods.${r.method}`)}
                      {r.chequeNumber ? ` ${r.chequeNumber}` : ''}
                    </td>
                    <td className="num">{formatFen(r.amountFen)}</td>
                    <td>{r.voided ? t('panels.day.voidedNote', { reason: r.voided.reason }) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="print-only signatures">{t('panels.day.signatures')}</p>
        </>
      )}
    </section>
  );
}

function FragmentRow({ label, fen, testId, capitals = false }: { label: string; fen: number; testId: string; capitals?: boolean }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <span className="num">{formatFen(fen)}</span>
        {capitals && <span className="small"> {toChineseCapitals(fen)}</span>}
      </dd>
    </>
  );
}
