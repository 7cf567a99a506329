import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { LanguageSwitch } from './LanguageSwitch';
import { DemoLoader } from '../../demo/screens/DemoLoader';
import { DataAtRestNotice } from '../../encryption/screens/DataAtRestNotice';
import { OperatorPicker } from './OperatorPicker';
import { HeadOfficeSettings } from './HeadOfficeSettings';
import { PasswordChangeForm } from '../../session/screens/PasswordChangeForm';
import { PublishedConfigPanel } from '../../config/screens/PublishedConfigPanel';

export function SettingsScreen() {
  const { t } = useTranslation();
  const source = useAppStore((s) => s.source);
  const provenance = useAppStore((s) => s.provenance);
  const count = useAppStore((s) => s.rows.length);
  const persisted = useAppStore((s) => s.storagePersisted);
  const info = useAppStore((s) => s.appInfo);
  const openDataSource = useAppStore((s) => s.openDataSource);
  const clearDemo = useAppStore((s) => s.clearDemo);
  const session = useAppStore((s) => s.session);
  const signOut = useAppStore((s) => s.signOut);
  // The session belongs to the real store: leaving it for the demo signs out (local data and outbox kept).
  const openDemo = async () => {
    if (session) await signOut();
    await openDataSource('demo');
  };
  return (
    <section className="settings pad">
      <h1>{t('settings.title')}</h1>
      <h2>{t('settings.language')}</h2>
      <LanguageSwitch />
      <HeadOfficeSettings />
      {session ? (
        <>
          <h2>{t('people.password.title')}</h2>
          <PasswordChangeForm />
        </>
      ) : null}
      <OperatorPicker />
      <h2>{t('settings.data')}</h2>
      <p>
        {t('settings.dataSource')}: <strong>{t(`status.store.${source}`)}</strong> · {count.toLocaleString()}{' '}
        {provenance?.loadedAt && <span className="muted">({provenance.loadedAt.slice(0, 16).replace('T', ' ')})</span>}
      </p>
      <div className="row gap">
        {source === 'demo' ? (
          <>
            <button onClick={() => void openDataSource('live')}>{t('demo.switchToLive')}</button>
            <button onClick={() => void clearDemo()}>{t('demo.reset')}</button>
          </>
        ) : (
          <button onClick={() => void openDemo()}>{t('demo.switchToDemo')}</button>
        )}
      </div>
      {source === 'demo' && <DemoLoader />}
      <PublishedConfigPanel />
      <h2>{t('settings.storage')}</h2>
      <p className="muted">{persisted ? t('status.persisted') : t('status.notPersisted')}</p>
      <DataAtRestNotice variant="settings" />
      <h2>{t('settings.about')}</h2>
      {info && <p className="muted">{t('settings.version', { version: info.version, kind: info.kind })}</p>}
    </section>
  );
}
