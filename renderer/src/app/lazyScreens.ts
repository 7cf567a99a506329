import { lazy } from 'react';

/**
 * Screens other than the case list, each in its own chunk (issue 18 §4): the first paint downloads and parses
 * only sign-in, the shell and the case list; charts (echarts), letters, the legal bundle and the rest come when
 * someone opens them. A chunk that fails to load rejects into the screen's ErrorBoundary like any other error.
 */
export const CaseDetailScreen = lazy(() => import('../cases/screens/CaseDetailScreen').then((m) => ({ default: m.CaseDetailScreen })));
export const MyDayScreen = lazy(() => import('../myDay/screens/MyDayScreen').then((m) => ({ default: m.MyDayScreen })));
export const TeamScreen = lazy(() => import('../team/screens/TeamScreen').then((m) => ({ default: m.TeamScreen })));
export const ApprovalsScreen = lazy(() => import('../approvals/screens/ApprovalsScreen').then((m) => ({ default: m.ApprovalsScreen })));
export const PerformanceScreen = lazy(() => import('../kpi/screens/PerformanceScreen').then((m) => ({ default: m.PerformanceScreen })));
export const LettersScreen = lazy(() => import('../letters/screens/LettersScreen').then((m) => ({ default: m.LettersScreen })));
export const SyncScreen = lazy(() => import('../sync/screens/SyncScreen').then((m) => ({ default: m.SyncScreen })));
export const SettingsScreen = lazy(() => import('../settings/screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
