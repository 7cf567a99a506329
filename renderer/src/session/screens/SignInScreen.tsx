import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useAppStore } from '../../state/appStore';
import { LanguageSwitch } from '../../settings/screens/LanguageSwitch';
import { DemoLoader } from '../../demo/screens/DemoLoader';
import { checkHeadOfficeUrl } from '../headOfficeUrl';
import { refusalMessage } from '../refusalMessage';
import './session.css';

const FormSchema = z.object({
  userId: z.string().trim().min(1, 'session.form.userIdRequired').max(128, 'session.form.userIdTooLong'),
  password: z.string().min(1, 'session.form.passwordRequired').max(1024, 'session.form.passwordTooLong'),
});

/**
 * The real store opens only to a signed-in user. Head office checks the password when it answers; when it
 * does not, a user who signed in here before can sign in offline (and is told so). Demo data needs no
 * sign-in and is offered below, clearly apart.
 */
export function SignInScreen() {
  const { t, i18n } = useTranslation();
  const signIn = useAppStore((s) => s.signIn);
  const notice = useAppStore((s) => s.sessionNotice);
  const urlSetting = useAppStore((s) => s.headOfficeUrlSetting);
  const headOfficeUrl = useAppStore((s) => s.headOfficeUrl);
  const appInfo = useAppStore((s) => s.appInfo);
  const setHeadOfficeUrl = useAppStore((s) => s.setHeadOfficeUrl);
  const openDataSource = useAppStore((s) => s.openDataSource);
  // Asked to sign in again during a session: the user id is theirs already.
  const [userId, setUserId] = useState(notice?.kind === 'sign_in_again' ? (notice.userId ?? '') : '');
  const [password, setPassword] = useState('');
  const [url, setUrl] = useState(headOfficeUrl() ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The platform's default address arrives with appInfo, after the first render (the field keeps what was typed).
  useEffect(() => {
    if (!url) setUrl(headOfficeUrl() ?? '');
  }, [appInfo, urlSetting]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const form = FormSchema.safeParse({ userId, password });
    if (!form.success) {
      setError(t(form.error.issues[0]!.message));
      return;
    }
    if (url.trim()) {
      const checked = checkHeadOfficeUrl(url);
      if (!checked.ok) {
        setError(t(`session.url.${checked.problem}`));
        return;
      }
      if (checked.url !== headOfficeUrl()) setHeadOfficeUrl(checked.url);
    }
    setBusy(true);
    try {
      const outcome = await signIn(form.data.userId, form.data.password);
      if (!outcome.ok) {
        const m = refusalMessage(outcome.refusal, i18n.language);
        setError(t(m.key, m.params));
        setPassword('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="session-screen" data-testid="sign-in-screen">
      <form className="session-card card" onSubmit={(e) => void submit(e)} noValidate>
        <div className="row gap session-head">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        <h2>{t('session.signIn.title')}</h2>
        {notice && (
          <p className={notice.kind === 'revoked' ? 'gate gate-block' : 'gate gate-warn'} role="status" data-testid="session-notice">
            {notice.kind === 'revoked' ? t(notice.wiped ? 'session.notice.revoked' : 'session.notice.revokedNotWiped') : t(`session.notice.${notice.kind === 'signed_out' ? 'signedOut' : notice.kind === 'sign_in_again' && notice.afterOffline ? 'reconnect' : 'signInAgain'}`)}
          </p>
        )}
        <label className="field">
          <span>{t('session.signIn.userId')}</span>
          <input value={userId} onChange={(e) => setUserId(e.target.value)} autoComplete="username" autoFocus={!userId} data-testid="sign-in-user" />
        </label>
        <label className="field">
          <span>{t('session.signIn.password')}</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" autoFocus={!!userId} data-testid="sign-in-password" />
        </label>
        <label className="field">
          <span>{t('session.signIn.headOffice')}</span>
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" inputMode="url" data-testid="sign-in-url" />
        </label>
        {!url.trim() && <p className="muted small">{t('session.signIn.noUrl')}</p>}
        {error && (
          <p className="gate gate-block" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        <button className="primary" type="submit" disabled={busy} data-testid="sign-in-submit">
          {busy ? t('session.signIn.busy') : t('session.signIn.submit')}
        </button>
        <p className="muted small">{t('session.signIn.offlineHint')}</p>
      </form>
      <section className="session-card card demo-entry" aria-label={t('session.demo.title')}>
        <h2>{t('session.demo.title')}</h2>
        <p className="muted small">{t('session.demo.note')}</p>
        <DemoLoader />
        <button onClick={() => void openDataSource('demo')} data-testid="open-demo">
          {t('session.demo.open')}
        </button>
      </section>
    </div>
  );
}
