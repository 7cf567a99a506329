import { lazy } from 'react';

/**
 * Screens other than the case list, each in its own chunk (issue 18 §4): the first paint downloads and parses
 * only sign-in, the shell and the case list; charts (echarts), letters, the legal bundle and the rest come when
 * someone opens them. A chunk that fails to load rejects into the screen's ErrorBoundary like any other error.
 */

// The one import of the case detail chunk, shared by the screen and the prefetch below.
let caseDetail: Promise<typeof import('../cases/screens/CaseDetailScreen')> | null = null;
const loadCaseDetail = () => (caseDetail ??= import('../cases/screens/CaseDetailScreen'));

export const CaseDetailScreen = lazy(() => loadCaseDetail().then((m) => ({ default: m.CaseDetailScreen })));
export const MyDayScreen = lazy(() => import('../myDay/screens/MyDayScreen').then((m) => ({ default: m.MyDayScreen })));
export const TeamScreen = lazy(() => import('../team/screens/TeamScreen').then((m) => ({ default: m.TeamScreen })));
export const ApprovalsScreen = lazy(() => import('../approvals/screens/ApprovalsScreen').then((m) => ({ default: m.ApprovalsScreen })));
export const PerformanceScreen = lazy(() => import('../kpi/screens/PerformanceScreen').then((m) => ({ default: m.PerformanceScreen })));
export const LettersScreen = lazy(() => import('../letters/screens/LettersScreen').then((m) => ({ default: m.LettersScreen })));
export const SyncScreen = lazy(() => import('../sync/screens/SyncScreen').then((m) => ({ default: m.SyncScreen })));
export const SettingsScreen = lazy(() => import('../settings/screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

/**
 * Opening a case is the list's next step: once the list is drawn and the page idle, its chunk loads in the
 * background so the first case opens without waiting for it. A failure here is left to the real load to report.
 * Returns the cancel for an effect's cleanup.
 */
export function prefetchCaseDetailWhenIdle(): () => void {
  const start = () => void loadCaseDetail().catch(() => (caseDetail = null));
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(start, { timeout: 3_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(start, 1_000);
  return () => clearTimeout(id);
}
