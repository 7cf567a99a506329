import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore';
import { SyncStatusLine } from '../sync/screens/SyncStatusLine';
import { DataAtRestNotice } from '../encryption/screens/DataAtRestNotice';

export function StatusBar() {
  const { t } = useTranslation();
  const source = useAppStore((s) => s.source);
  const count = useAppStore((s) => s.rows.length);
  const persisted = useAppStore((s) => s.storagePersisted);
  const info = useAppStore((s) => s.appInfo);
  return (
    <footer className="statusbar">
      <span className={source === 'demo' ? 'pill demo' : 'pill'}>{t(`status.store.${source}`)}</span>
      <span>
        {t('nav.cases')}: {count.toLocaleString()}
      </span>
      <SyncStatusLine />
      {persisted !== null && <span className="muted">{persisted ? t('status.persisted') : t('status.notPersisted')}</span>}
      <span className="spacer" />
      {source === 'live' && <DataAtRestNotice variant="status" />}
      {info && <span className="muted">{t('settings.version', { version: info.version, kind: info.kind })}</span>}
    </footer>
  );
}
