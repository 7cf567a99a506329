import { useTranslation } from 'react-i18next';
import { OverrideRequests } from './OverrideRequests';

/** The supervisor's approvals inbox (待办审批); being built (issue 13 §3). */
export function ApprovalsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('nav.approvals')}</h1>
      <OverrideRequests />
    </>
  );
}
