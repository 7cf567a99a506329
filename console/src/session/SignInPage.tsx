import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { useSession } from './session';

export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSession((s) => s.signIn);
  const endedBecause = useSession((s) => s.endedBecause);
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    const outcome = await signIn(userId.trim(), password);
    setBusy(false);
    if (!outcome.ok) {
      const until = outcome.lockedUntil ? new Date(outcome.lockedUntil).toLocaleString() : '';
      setRefusal(t(`errors.${outcome.code}`, { defaultValue: t('errors.unknown', { code: outcome.code, message: String(outcome.status) }), until }));
    }
  }

  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        {endedBecause === 'expired' ? <p className="note">{t('signIn.expired')}</p> : null}
        <label>
          {t('signIn.userId')}
          <input data-testid="console-user" autoComplete="username" value={userId} onChange={(e) => setUserId(e.target.value)} required maxLength={128} />
        </label>
        <label>
          {t('signIn.password')}
          <input data-testid="console-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required maxLength={256} />
        </label>
        {refusal ? (
          <p role="alert" className="error-note">
            {refusal}
          </p>
        ) : null}
        <button data-testid="console-sign-in" type="submit" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
        <button type="button" className="link" onClick={() => void switchLanguage()}>
          {t('app.language')}
        </button>
      </form>
    </main>
  );
}
