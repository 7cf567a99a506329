import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { refusalMessage } from '../refusalMessage';

/**
 * Shown instead of the workspace (which is unmounted, so no case data stays on screen or in the DOM).
 * Unlocking checks the password against this device's verifier: no network needed.
 */
export function LockScreen() {
  const { t, i18n } = useTranslation();
  const session = useAppStore((s) => s.session);
  const unlock = useAppStore((s) => s.unlock);
  const signOut = useAppStore((s) => s.signOut);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!session) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setError(t('session.form.passwordRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await unlock(password);
      if (!res.ok) {
        const m = refusalMessage(res.refusal, i18n.language);
        setError(t(m.key, m.params));
        setPassword('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="session-screen" data-testid="lock-screen">
      <form className="session-card card" onSubmit={(e) => void submit(e)} noValidate>
        <h1>{t('session.lock.title')}</h1>
        <p>{t('session.lock.who', { name: session.user.name, id: session.user.id })}</p>
        <p className="muted small">{t('session.lock.why')}</p>
        <label className="field">
          <span>{t('session.signIn.password')}</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus autoComplete="current-password" data-testid="unlock-password" />
        </label>
        {error && (
          <p className="gate gate-block" role="alert" data-testid="unlock-error">
            {error}
          </p>
        )}
        <div className="row gap">
          <button className="primary" type="submit" disabled={busy} data-testid="unlock-submit">
            {t('session.lock.unlock')}
          </button>
          <button type="button" onClick={() => void signOut()} data-testid="lock-sign-out">
            {t('session.signOut')}
          </button>
        </div>
        <p className="muted small">{t('session.signOutKeeps')}</p>
      </form>
    </div>
  );
}
