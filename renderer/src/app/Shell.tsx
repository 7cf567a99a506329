import { Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore';
import type { Screen } from '../state/navigationSlice';
import { CaseListScreen } from '../cases/screens/CaseListScreen';
import { ApprovalsScreen, CaseDetailScreen, LettersScreen, MyDayScreen, PerformanceScreen, TeamScreen, prefetchScreensWhenIdle } from './lazyScreens';
import { SyncScreen } from '../sync/screens/SyncScreen';
import { SettingsScreen } from '../settings/screens/SettingsScreen';
import { ScreenLoading } from './ScreenLoading';
import { roleMay, type Action } from '../../../shared/domain/permissions';
import { StatusBar } from './StatusBar';
import { ErrorBoundary } from './ErrorBoundary';
import type { ErrorReport } from '../platform/Platform';
import { LanguageSwitch } from '../settings/screens/LanguageSwitch';
import '../session/screens/session.css';

/** `needs`: shown only to a role that may take that action (the team and the inbox are the supervisor's). */
const NAV: { screen: Exclude<Screen, 'caseDetail'>; label: string; icon: string; needs?: Action }[] = [
  { screen: 'myDay', label: 'nav.myDay', icon: '☀' },
  { screen: 'cases', label: 'nav.cases', icon: '☰' },
  { screen: 'team', label: 'nav.team', icon: '👥', needs: 'assign_cases' },
  { screen: 'approvals', label: 'nav.approvals', icon: '✔', needs: 'approve_plan' },
  { screen: 'performance', label: 'kpi.title', icon: '↗' },
  { screen: 'letters', label: 'nav.letters', icon: '✉' },
  { screen: 'sync', label: 'nav.sync', icon: '⇅' },
  { screen: 'settings', label: 'nav.settings', icon: '⚙' },
];

export function Shell() {
  const { t } = useTranslation();
  const screen = useAppStore((s) => s.screen);
  const source = useAppStore((s) => s.source);
  const navigate = useAppStore((s) => s.navigate);
  const operator = useAppStore((s) => s.operator);
  const session = useAppStore((s) => s.session);
  const syncPhase = useAppStore((s) => s.sync.phase);
  const lock = useAppStore((s) => s.lock);
  const signOut = useAppStore((s) => s.signOut);
  const current = screen === 'caseDetail' ? 'cases' : screen;
  const platform = useAppStore((s) => s.platform);
  const report = useCallback((r: ErrorReport) => void platform?.reportError(r), [platform]);
  const rowsLoaded = useAppStore((s) => s.rowsLoaded);
  useEffect(() => (rowsLoaded ? prefetchScreensWhenIdle() : undefined), [rowsLoaded]);

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span className="muted">{t('app.tagline')}</span>
        </div>
        <div className="row gap">
          <span className="operator" data-testid="operator">
            {operator.name} · {t(`staffRole.${operator.role}`)}
            {source === 'demo' && ` · ${t('session.demoOperator')}`}
          </span>
          {source === 'live' && session && (
            <>
              {session.mode === 'offline' && (
                <span className="session-mode" data-testid="offline-session" title={t('session.offlineModeHint')}>
                  {t('session.offlineMode')}
                </span>
              )}
              <button onClick={() => lock()} data-testid="lock-now">
                {t('session.lock.now')}
              </button>
              <button onClick={() => void signOut()} data-testid="sign-out">
                {t('session.signOut')}
              </button>
            </>
          )}
          <LanguageSwitch />
        </div>
      </header>
      {source === 'demo' && (
        <div className="demo-banner" role="status" data-testid="demo-banner">
          {t('demo.banner')}
        </div>
      )}
      {source === 'live' && syncPhase === 'sign_in_again' && (
        <div className="gate gate-warn session-banner" role="alert" data-testid="sign-in-again">
          {t(session?.mode === 'offline' ? 'session.notice.reconnect' : 'session.notice.signInAgain')}{' '}
          <button onClick={() => void signOut({ kind: 'sign_in_again', userId: session?.user.id, afterOffline: session?.mode === 'offline' })}>
            {t('session.signInAgainButton')}
          </button>
        </div>
      )}
      <nav className="sidenav" aria-label={t('app.name')}>
        {NAV.filter((item) => !item.needs || roleMay(operator.role, item.needs)).map((item) => (
          <button
            key={item.screen}
            className={item.screen === current ? 'nav-item active' : 'nav-item'}
            aria-current={item.screen === current ? 'page' : undefined}
            onClick={() => navigate(item.screen)}
          >
            <span aria-hidden="true">{item.icon}</span> {t(item.label)}
          </button>
        ))}
      </nav>
      <main className="content">
        {/* Keyed by screen: a screen that failed is drawn afresh when the user goes to another and back. */}
        <ErrorBoundary key={screen} scope="screen" where={`screen:${screen}`} report={report}>
          <Suspense fallback={<ScreenLoading />}>
            {screen === 'cases' && <CaseListScreen />}
            {screen === 'caseDetail' && <CaseDetailScreen />}
            {screen === 'myDay' && <MyDayScreen />}
            {screen === 'team' && <TeamScreen />}
            {screen === 'approvals' && <ApprovalsScreen />}
            {screen === 'performance' && <PerformanceScreen />}
            {screen === 'letters' && <LettersScreen />}
            {screen === 'sync' && <SyncScreen />}
            {screen === 'settings' && <SettingsScreen />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <StatusBar />
    </div>
  );
}
