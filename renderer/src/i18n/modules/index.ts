import { fieldworkMessages } from './fieldwork';
import { panelMessages } from './panels';
import { letterUiMessages } from './letters';
import { encryptionMessages } from './encryption';
import { accessMessages } from './access';
import { sessionMessages } from './session';
import { actionMessages } from './actions';
import { errorBoundaryMessages } from './errorBoundary';
import { recordMessages } from './records';
import { assignmentMessages } from './assignment';
import { teamMessages } from './team';
import { approvalMessages } from './approvals';
import { disputeMessages } from './disputes';
import { overrideMessages } from './overrides';
import { evidenceMessages } from './evidence';
import { peopleMessages } from './people';
import { publishedConfigMessages } from './publishedConfig';
import { formMessages } from './form';
import { formRuleMessages } from './formRules';
import { letterFormMessages } from './letterForms';
import { scriptMessages } from './scripts';
import { legalMessages } from './legal';
import { customerMessages } from './customer';
import { kpiMessages } from './kpi';
import { conductMessages } from './conduct';
import { relatedPartyMessages } from './relatedParties';
import { nextActionMessages } from './nextActions';
import { kpiReportMessages } from './kpiReport';
import { legalBundleMessages } from './legalBundle';
import { outsourcingMessages } from './outsourcing';

/** Message modules, one per feature area, each `{ 'zh-CN': tree, en: tree }` under its own top-level key. */
export const MODULE_MESSAGES: { 'zh-CN': object; en: object }[] = [
  fieldworkMessages,
  ...panelMessages,
  letterUiMessages,
  sessionMessages,
  encryptionMessages,
  accessMessages,
  actionMessages,
  errorBoundaryMessages,
  recordMessages,
  assignmentMessages,
  teamMessages,
  approvalMessages,
  disputeMessages,
  overrideMessages,
  evidenceMessages,
  peopleMessages,
  publishedConfigMessages,
  formMessages,
  formRuleMessages,
  letterFormMessages,
  scriptMessages,
  legalMessages,
  customerMessages,
  kpiMessages,
  conductMessages,
  relatedPartyMessages,
  nextActionMessages,
  kpiReportMessages,
  legalBundleMessages,
  outsourcingMessages,
];
