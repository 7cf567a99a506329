import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { useAppStore } from '../../state/appStore';
import { ContactLogForm } from './ContactLogForm';
import { Timeline } from './Timeline';
import { PromisesPanel } from './PromisesPanel';
import { PlanPanel } from './PlanPanel';
import { ReceiptsPanel } from './ReceiptsPanel';
import { VisitsPanel } from './VisitsPanel';
import { StatusPanel } from './StatusPanel';
import { AuditTrail } from './AuditTrail';
import { CaseLettersPanel } from '../../letters/screens/CaseLettersPanel';
import { Permitted } from '../../access/screens/Permitted';
import { CallScriptPanel } from '../../customer/screens/CallScriptPanel';

const TABS = ['log', 'promises', 'plans', 'receipts', 'visits', 'letters', 'status', 'audit'] as const;
type Tab = (typeof TABS)[number];

/** The collector's work on one case, a tab per kind of work; the contact log is where a call starts. */
export function WorkArea({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('log');
  const loadCaseWork = useAppStore((s) => s.loadCaseWork);
  const work = useAppStore((s) => s.caseWork);
  useEffect(() => {
    void loadCaseWork(caseRecord.id);
  }, [caseRecord.id, loadCaseWork]);
  if (!work || work.caseId !== caseRecord.id) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="work-area">
      <div className="tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)} data-testid={`tab-${id}`}>
            {t(`fieldwork.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'log' && (
          <>
            <CallScriptPanel caseRecord={caseRecord} />
            <Permitted action="log_contact" target={caseRecord.assignment}>
              <ContactLogForm caseRecord={caseRecord} />
            </Permitted>
            <Timeline timeZone={caseRecord.timeZone} />
          </>
        )}
        {tab === 'promises' && <PromisesPanel caseRecord={caseRecord} />}
        {tab === 'plans' && <PlanPanel caseRecord={caseRecord} />}
        {tab === 'receipts' && <ReceiptsPanel caseRecord={caseRecord} />}
        {tab === 'visits' && <VisitsPanel caseRecord={caseRecord} />}
        {tab === 'letters' && <CaseLettersPanel caseRecord={caseRecord} />}
        {tab === 'status' && <StatusPanel caseRecord={caseRecord} />}
        {tab === 'audit' && <AuditTrail timeZone={caseRecord.timeZone} />}
      </div>
    </section>
  );
}
