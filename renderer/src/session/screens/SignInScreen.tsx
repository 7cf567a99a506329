import { useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useAppStore } from '../../state/appStore';
import { LanguageSwitch } from '../../settings/screens/LanguageSwitch';
import { DemoLoader } from '../../demo/screens/DemoLoader';
import { checkHeadOfficeUrl } from '../headOfficeUrl';
import { refusalMessage } from '../refusalMessage';
import { FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';
import './session.css';

type Translate = ReturnType<typeof useTranslation>['t'];

// The head office address is optional (offline sign-in); when given it must be one the app will talk to.
const signInSchema = (t: Translate) =>
  z
    .object({
      userId: z.string().trim().min(1, t('session.form.userIdRequired')).max(128, t('session.form.userIdTooLong')),
      password: z.string().min(1, t('session.form.passwordRequired')).max(1024, t('session.form.passwordTooLong')),
      url: z.string(),
    })
    .superRefine((v, ctx) => {
      if (!v.url.trim()) return;
      const checked = checkHeadOfficeUrl(v.url);
      if (!checked.ok) ctx.addIssue({ code: 'custom', path: ['url'], message: t(`session.url.${checked.problem}`) });
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
  const schema = useMemo(() => signInSchema(t), [t]);
  const form = useZodForm(schema, { userId: notice?.kind === 'sign_in_again' ? (notice.userId ?? '') : '', password: '', url: headOfficeUrl() ?? '' });
  const [error, setError] = useState<string | null>(null);
  const [userId, url] = form.watch(['userId', 'url']);

  // The platform's default address arrives with appInfo, after the first render (the field keeps what was typed).
  useEffect(() => {
    if (!form.getValues('url')) form.setValue('url', headOfficeUrl() ?? '');
  }, [appInfo, urlSetting]);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    if (v.url.trim()) {
      const checked = checkHeadOfficeUrl(v.url);
      if (checked.ok && checked.url !== headOfficeUrl()) setHeadOfficeUrl(checked.url);
    }
    const outcome = await signIn(v.userId, v.password);
    if (!outcome.ok) {
      const m = refusalMessage(outcome.refusal, i18n.language);
      setError(t(m.key, m.params));
      form.setValue('password', '');
    }
  });

  return (
    <div className="session-screen" data-testid="sign-in-screen">
      <FormProvider {...form}>
      <form className="session-card card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('session.signIn.title')}>
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
        <FormFields>
          <TextField name="userId" label={t('session.signIn.userId')} autoComplete="username" autoFocus={!userId} testId="sign-in-user" />
          <TextField name="password" type="password" label={t('session.signIn.password')} autoComplete="current-password" autoFocus={!!userId} testId="sign-in-password" />
          <TextField name="url" label={t('session.signIn.headOffice')} placeholder="https://" inputMode="url" testId="sign-in-url" />
        </FormFields>
        {!url.trim() && <p className="muted small">{t('session.signIn.noUrl')}</p>}
        {error && (
          <p className="gate gate-block" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        <FormButtons>
          <button className="primary" type="submit" disabled={form.formState.isSubmitting} data-testid="sign-in-submit">
            {form.formState.isSubmitting ? t('session.signIn.busy') : t('session.signIn.submit')}
          </button>
        </FormButtons>
        <p className="muted small">{t('session.signIn.offlineHint')}</p>
      </form>
      </FormProvider>
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
