import { useEffect, useState } from 'react';
import { escapeLeaves } from '../../ui/escapeKey';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { bucketOf } from '../../../../shared/domain/buckets';
import { totalOfAmounts } from '../../../../shared/domain/money';
import { useAppStore } from '../../state/appStore';
import { formatFen, formatInstant } from '../../ui/format';
import { PartyCard } from './PartyCard';
import { AccountCard } from './AccountCard';
import { WorkArea } from '../../fieldwork/screens/WorkArea';
import { DeadlinesCard } from '../../limitation/screens/DeadlinesCard';
import { ArrangementsCard } from '../../arrangements/screens/ArrangementsCard';
import { LegalCard } from '../../legal/screens/LegalCard';
import { OutsourcingCard } from '../../outsourcing/screens/OutsourcingCard';
import { CustomerCard } from '../../customer/screens/CustomerCard';

export function CaseDetailScreen() {
  const { t, i18n } = useTranslation();
  const caseId = useAppStore((s) => s.openCaseId);
  const store = useAppStore((s) => s.store);
  const backToList = useAppStore((s) => s.backToList);
  // Field work changes the case (status, phones); the list rows are reloaded after each write, so re-read then.
  const rows = useAppStore((s) => s.rows);
  const [loaded, setLoaded] = useState<{ id: string; value: Case | null } | null>(null);

  useEffect(() => {
    if (!store || !caseId) return;
    let live = true;
    void store.cases.get(caseId).then((c) => live && setLoaded({ id: caseId, value: c ?? null }));
    return () => {
      live = false;
    };
  }, [store, caseId, rows]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => escapeLeaves(e) && backToList();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [backToList]);

  if (!loaded || loaded.id !== caseId) return <p className="muted pad">{t('common.loading')}</p>;
  const c = loaded.value;
  if (!c) {
    return (
      <section className="pad">
        <button onClick={backToList} aria-keyshortcuts="Escape">
          ← {t('detail.back')} <kbd>Esc</kbd>
        </button>
        <p>{t('detail.notFound')}</p>
      </section>
    );
  }
  const dpd = Math.max(...c.accounts.map((a) => a.dpd));
  const total = c.accounts.reduce((s, a) => s + totalOfAmounts(a.amounts), 0);
  const borrower = c.parties.find((p) => p.role === 'borrower')!;

  return (
    <section className="case-detail" data-testid="case-detail">
      <div className="detail-head">
        <button onClick={backToList} aria-keyshortcuts="Escape">
          ← {t('detail.back')} <kbd>Esc</kbd>
        </button>
        <h1>
          {borrower.name} <span className="muted">{c.caseNumber}</span>
        </h1>
        <div className="facts">
          <span className="pill">{t(`caseStatus.${c.status}`)}{c.holdReason ? ` · ${t(`holdReason.${c.holdReason}`)}` : ''}</span>
          {c.risk !== null && (
            <span className={`pill risk-${c.risk}`}>
              {t('detail.risk')}: {t(`risk.${c.risk}`)}
            </span>
          )}
          <span className="pill">
            {bucketOf(dpd)} · {t('column.dpd')} {dpd}
          </span>
          <strong className="total" data-testid="case-total">
            {formatFen(total)}
          </strong>
        </div>
      </div>
      <WorkArea caseRecord={c} />
      <div className="detail-grid">
        <div className="col">
          <CustomerCard caseRecord={c} />
          <DeadlinesCard caseRecord={c} />
          <ArrangementsCard caseRecord={c} />
          <LegalCard caseRecord={c} />
          <OutsourcingCard caseRecord={c} />
          <h2>{t('detail.accounts')}</h2>
          {c.accounts.map((a) => (
            <AccountCard key={a.id} account={a} />
          ))}
        </div>
        <div className="col">
          <h2>{t('detail.parties')}</h2>
          <p className="muted small">{t('detail.masked')}</p>
          {c.parties.map((p) => (
            <PartyCard key={p.id} party={p} caseId={c.id} assignment={c.assignment} />
          ))}
          <h2>{t('detail.assignment')}</h2>
          <dl className="kv card">
            <dt>{t('detail.branch')}</dt>
            <dd data-testid="case-branch">
              {c.assignment.branchName} ({c.assignment.branchCode})
            </dd>
            <dt>{t('detail.officer')}</dt>
            <dd>{c.assignment.officerName ?? t('detail.unassigned')}</dd>
            <dt>{t('detail.assignedAt')}</dt>
            <dd>{formatInstant(c.assignment.assignedAt, i18n.language, c.timeZone)}</dd>
          </dl>
        </div>
      </div>
    </section>
  );
}
