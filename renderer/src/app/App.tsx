import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore';
import type { ErrorReport, Platform } from '../platform/Platform';
import { reportGlobalErrors } from '../platform/globalErrors';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { StoreErrorScreen } from './StoreErrorScreen';
import { SignInScreen } from '../session/screens/SignInScreen';
import { LockScreen } from '../session/screens/LockScreen';
import { ForcedPasswordScreen } from '../session/screens/ForcedPasswordScreen';
import { WipedScreen } from '../session/screens/WipedScreen';
import { useAutoLock } from '../session/screens/useAutoLock';

/**
 * The real store shows nothing until someone signs in, and nothing while locked: the workspace is not
 * rendered at all then, so no case data is on screen or in the DOM. The demo store needs no sign-in.
 */
export function App({ platform }: { platform: Platform }) {
  const report = useCallback((r: ErrorReport) => void platform.reportError(r), [platform]);
  useEffect(() => reportGlobalErrors(window, report), [report]);
  return (
    <ErrorBoundary scope="app" where="app" report={report}>
      <AppContent platform={platform} />
    </ErrorBoundary>
  );
}

function AppContent({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const storeStatus = useAppStore((s) => s.storeStatus);
  const source = useAppStore((s) => s.source);
  const session = useAppStore((s) => s.session);
  const locked = useAppStore((s) => s.locked);
  const sessionNotice = useAppStore((s) => s.sessionNotice);
  const autoLockMinutes = useAppStore((s) => s.autoLockMinutes);
  const attachPlatform = useAppStore((s) => s.attachPlatform);
  const openDataSource = useAppStore((s) => s.openDataSource);
  const lock = useAppStore((s) => s.lock);
  const onLock = useCallback(() => lock(), [lock]);

  useEffect(() => {
    void attachPlatform(platform);
    void openDataSource(useAppStore.getState().source);
  }, [platform, attachPlatform, openDataSource]);

  // The demo store's operator is the one picked for it; the real store's is the signed-in user.
  useEffect(() => {
    if (source === 'demo') useAppStore.getState().useDemoOperator();
    else if (session) useAppStore.setState({ operator: session.user });
  }, [source, session]);

  useAutoLock(source === 'live' && session !== null && !locked, autoLockMinutes, onLock);

  if (storeStatus === 'failed') return <StoreErrorScreen />;
  if (source === 'live') {
    if (storeStatus !== 'ready') return <p className="muted pad">{t('common.loading')}</p>;
    if (!session) return sessionNotice?.kind === 'wiped_by_head_office' ? <WipedScreen complete={sessionNotice.complete} /> : <SignInScreen />;
    if (locked) return <LockScreen />;
    if (session.mustChangePassword) return <ForcedPasswordScreen />;
  }
  return <Shell />;
}
