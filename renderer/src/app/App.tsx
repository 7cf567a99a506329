import { useEffect } from 'react';
import { useAppStore } from '../state/appStore';
import type { Platform } from '../platform/Platform';
import { Shell } from './Shell';
import { StoreErrorScreen } from './StoreErrorScreen';

export function App({ platform }: { platform: Platform }) {
  const storeStatus = useAppStore((s) => s.storeStatus);
  const attachPlatform = useAppStore((s) => s.attachPlatform);
  const openDataSource = useAppStore((s) => s.openDataSource);

  useEffect(() => {
    void attachPlatform(platform);
    void openDataSource(useAppStore.getState().source);
  }, [platform, attachPlatform, openDataSource]);

  if (storeStatus === 'failed') return <StoreErrorScreen />;
  return <Shell />;
}
