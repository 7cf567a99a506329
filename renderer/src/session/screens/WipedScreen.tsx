import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import './session.css';

/** What the user sees after head office's remote wipe erased this device (session/remoteWipe.ts). */
export function WipedScreen({ complete }: { complete: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="session-screen" data-testid="wiped-screen">
      <div className="session-card card">
        <h1>{t('people.wipe.title')}</h1>
        <p className="gate gate-block" role="alert">
          {t('people.wipe.body')}
        </p>
        {complete ? null : (
          <p className="gate gate-block" data-testid="wipe-incomplete">
            {t('people.wipe.incomplete')}
          </p>
        )}
        <p>{t('people.wipe.next')}</p>
        <button type="button" onClick={() => useAppStore.setState({ sessionNotice: null })}>
          {t('people.wipe.continue')}
        </button>
      </div>
    </div>
  );
}
