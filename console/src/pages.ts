import type { ComponentType } from 'react';
import { HomePage } from './home/HomePage';
import { LetterheadPage } from './config/LetterheadPage';
import { CalendarPage } from './config/CalendarPage';
import { LimitsPage } from './config/LimitsPage';
import { RulePackPage } from './config/RulePackPage';
import { LetterTemplatePage } from './config/LetterTemplatePage';

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
  { path: 'letterheads', navKey: 'nav.letterheads', component: LetterheadPage },
  { path: 'calendar', navKey: 'nav.calendar', component: CalendarPage },
  { path: 'limits', navKey: 'nav.limits', component: LimitsPage },
  { path: 'rule-pack', navKey: 'nav.rulePack', component: RulePackPage },
  { path: 'templates', navKey: 'nav.templates', component: LetterTemplatePage },
];
