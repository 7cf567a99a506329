import type { ComponentType } from 'react';
import { HomePage } from './home/HomePage';
import { AuditChainsPage } from './audit/AuditChainsPage';

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
  { path: 'audit', navKey: 'nav.audit', component: AuditChainsPage },
];
