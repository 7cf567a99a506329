import { lazy, type ComponentType } from 'react';

/**
 * Screens other than the case list, Sync and Settings, each in its own chunk (issue 18 §4): the first paint
 * downloads and parses only sign-in, the shell and the case list; charts (echarts), letters, the legal bundle and
 * the rest come later. Sync and Settings stay in the first chunk: they are small and are what a user opens when
 * the network is gone. A chunk that fails to load rejects into the screen's ErrorBoundary like any other error.
 */

type ScreenModule = Promise<{ default: ComponentType }>;

/** Each chunk imported once, shared by its screen and the prefetch; forgotten on failure so a later open retries. */
function chunk(load: () => ScreenModule): { Screen: ComponentType; prefetch: () => Promise<unknown> } {
  let loading: ScreenModule | null = null;
  const get = () => (loading ??= load().catch((e: unknown) => ((loading = null), Promise.reject(e))));
  return { Screen: lazy(get), prefetch: () => get().catch(() => undefined) };
}

const caseDetail = chunk(() => import('../cases/screens/CaseDetailScreen').then((m) => ({ default: m.CaseDetailScreen })));
const myDay = chunk(() => import('../myDay/screens/MyDayScreen').then((m) => ({ default: m.MyDayScreen })));
const team = chunk(() => import('../team/screens/TeamScreen').then((m) => ({ default: m.TeamScreen })));
const approvals = chunk(() => import('../approvals/screens/ApprovalsScreen').then((m) => ({ default: m.ApprovalsScreen })));
const performance = chunk(() => import('../kpi/screens/PerformanceScreen').then((m) => ({ default: m.PerformanceScreen })));
const letters = chunk(() => import('../letters/screens/LettersScreen').then((m) => ({ default: m.LettersScreen })));

export const CaseDetailScreen = caseDetail.Screen;
export const MyDayScreen = myDay.Screen;
export const TeamScreen = team.Screen;
export const ApprovalsScreen = approvals.Screen;
export const PerformanceScreen = performance.Screen;
export const LettersScreen = letters.Screen;

/**
 * Once the list is drawn and the page idle, every screen's chunk loads in the background, the case detail first
 * (the list's next step), one after another so the list stays responsive: the app then works on when the network
 * goes (field work is offline), where a chunk could no longer be fetched. A failure here is left to the real open
 * to report. Returns the cancel for an effect's cleanup.
 */
export function prefetchScreensWhenIdle(): () => void {
  let cancelled = false;
  const start = async () => {
    for (const c of [caseDetail, myDay, letters, performance, approvals, team]) {
      if (cancelled) return;
      await c.prefetch();
    }
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => void start(), { timeout: 3_000 });
    return () => ((cancelled = true), cancelIdleCallback(id));
  }
  const id = setTimeout(() => void start(), 1_000);
  return () => ((cancelled = true), clearTimeout(id));
}
