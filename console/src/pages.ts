import type { ComponentType } from 'react';
import { HomePage } from './home/HomePage';
import { EvidenceLookupPage } from './evidence/EvidenceLookupPage';
import { CasesPage } from './portfolio/CasesPage';
import { ImportsPage } from './portfolio/ImportsPage';
import { ReconciliationPage } from './reconciliation/ReconciliationPage';
import { BranchesPage } from './people/BranchesPage';
import { ChangePasswordPage } from './people/ChangePasswordPage';
import { DevicesPage } from './people/DevicesPage';
import { UsersPage } from './people/UsersPage';
import { LetterheadPage } from './config/LetterheadPage';
import { CalendarPage } from './config/CalendarPage';
import { LimitsPage } from './config/LimitsPage';
import { RulePackPage } from './config/RulePackPage';
import { LetterTemplatePage } from './config/LetterTemplatePage';
import { AuditChainsPage } from './audit/AuditChainsPage';
import { ConductExceptionsPage } from './conduct/ConductExceptionsPage';
import { ScriptLibraryPage } from './scripts/ScriptLibraryPage';
import { SegmentTablePage } from './segments/SegmentTablePage';
import { ContactStrategyPage } from './segments/ContactStrategyPage';
import { AgenciesPage } from './outsourcing/AgenciesPage';
import { PaymentImportsPage } from './payments/PaymentImportsPage';
import { ReferralsPage } from './legal/ReferralsPage';
import { PerformancePage } from './kpi/PerformancePage';
import { TargetPage } from './kpi/TargetPage';
import { LegalCasesPage } from './legal/LegalCasesPage';

/**
 * The console's pages, in navigation order. Each capability adds one entry: its path (the first segment after
 * #/), the i18n key of its navigation label, and its component. `adminOnly` pages are hidden from a branch
 * supervisor (their console is read-only); head office refuses them anyway.
 */
export interface ConsolePage {
  path: string;
  navKey: string;
  component: ComponentType;
  adminOnly?: boolean;
}

export const PAGES: readonly ConsolePage[] = [
  { path: 'home', navKey: 'nav.home', component: HomePage },
  { path: 'imports', navKey: 'nav.imports', component: ImportsPage, adminOnly: true },
  { path: 'cases', navKey: 'nav.cases', component: CasesPage },
  { path: 'branches', navKey: 'nav.branches', component: BranchesPage },
  { path: 'users', navKey: 'nav.users', component: UsersPage },
  { path: 'devices', navKey: 'nav.devices', component: DevicesPage },
  { path: 'letterheads', navKey: 'nav.letterheads', component: LetterheadPage },
  { path: 'calendar', navKey: 'nav.calendar', component: CalendarPage },
  { path: 'limits', navKey: 'nav.limits', component: LimitsPage },
  { path: 'rule-pack', navKey: 'nav.rulePack', component: RulePackPage },
  { path: 'templates', navKey: 'nav.templates', component: LetterTemplatePage },
  { path: 'evidence', navKey: 'nav.evidence', component: EvidenceLookupPage },
  { path: 'reconciliation', navKey: 'nav.reconciliation', component: ReconciliationPage },
  { path: 'audit', navKey: 'nav.audit', component: AuditChainsPage },
  { path: 'password', navKey: 'nav.password', component: ChangePasswordPage },
  { path: 'conduct', navKey: 'nav.conduct', component: ConductExceptionsPage },
  { path: 'scripts', navKey: 'nav.scripts', component: ScriptLibraryPage },
  { path: 'segment-table', navKey: 'nav.segmentTable', component: SegmentTablePage },
  { path: 'contact-strategy', navKey: 'nav.contactStrategy', component: ContactStrategyPage },
  { path: 'outsourcing', navKey: 'nav.outsourcing', component: AgenciesPage },
  { path: 'payment-imports', navKey: 'nav.paymentImports', component: PaymentImportsPage, adminOnly: true },
  { path: 'legal', navKey: 'nav.legal', component: ReferralsPage },
  { path: 'kpi', navKey: 'nav.kpi', component: PerformancePage },
  { path: 'kpi-targets', navKey: 'nav.kpiTargets', component: TargetPage },
  { path: 'legal-cases', navKey: 'nav.legalCases', component: LegalCasesPage },
];
