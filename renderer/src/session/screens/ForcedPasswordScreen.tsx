import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { sessionRuntime } from '../../sync/sessionRuntime';
import { PasswordChangeForm } from './PasswordChangeForm';
import './session.css';

/**
 * After an online sign-in where head office says the password must change (a new user, or an admin's reset):
 * nothing else until it is changed (head office refuses sync meanwhile); then the sync starts.
 */
export function ForcedPasswordScreen() {
  const { t } = useTranslation();
  const signOut = useAppStore((s) => s.signOut);
  const done = () => {
    useAppStore.setState((s) => (s.session ? { session: { ...s.session, mustChangePassword: false } } : {}));
    sessionRuntime()?.sync.start();
  };
  return (
    <div className="session-screen" data-testid="forced-password-screen">
      <div className="session-card card">
        <h1>{t('people.password.forcedTitle')}</h1>
        <p>{t('people.password.forcedNote')}</p>
        <PasswordChangeForm onChanged={done} />
        <button type="button" className="secondary" onClick={() => void signOut()}>
          {t('people.password.signOut')}
        </button>
      </div>
    </div>
  );
}
