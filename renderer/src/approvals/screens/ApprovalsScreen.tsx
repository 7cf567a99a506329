import { useTranslation } from 'react-i18next';
import { DisputeInbox } from './DisputeInbox';

/** The supervisor's approvals inbox (待办审批); being built (issue 13 §3). */
export function ApprovalsScreen() {
  const { t } = useTranslation();
  return (
    <section className="pad">
      <h1>{t('nav.approvals')}</h1>
      <DisputeInbox />
    </section>
  );
}
