import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * Shown instead of every page while head office says the password must change (a new user, or a reset):
 * head office refuses every other route with password_change_required until it is done.
 */
export function ForcedPasswordChange({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const signOut = useSession((s) => s.signOut);
  return (
    <main className="sign-in">
      <div className="forced-change" data-testid="forced-password-change">
        <h1>{t('people.password.forcedTitle')}</h1>
        <p>{t('people.password.forcedNote')}</p>
        <ChangePasswordForm onChanged={onChanged} />
        <button type="button" className="secondary" onClick={() => void signOut()}>
          {t('app.signOut')}
        </button>
      </div>
    </main>
  );
}
