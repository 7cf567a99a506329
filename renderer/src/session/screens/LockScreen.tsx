import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useAppStore } from '../../state/appStore';
import { refusalMessage } from '../refusalMessage';
import { FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';

/**
 * Shown instead of the workspace (which is unmounted, so no case data stays on screen or in the DOM).
 * Unlocking checks the password against this device's verifier: no network needed.
 */
export function LockScreen() {
  const { t, i18n } = useTranslation();
  const session = useAppStore((s) => s.session);
  const unlock = useAppStore((s) => s.unlock);
  const signOut = useAppStore((s) => s.signOut);
  const schema = useMemo(() => z.object({ password: z.string().min(1, t('session.form.passwordRequired')) }), [t]);
  const form = useZodForm(schema, { password: '' });
  const [error, setError] = useState<string | null>(null);
  if (!session) return null;

  const submit = form.handleSubmit(async ({ password }) => {
    setError(null);
    const res = await unlock(password);
    if (!res.ok) {
      const m = refusalMessage(res.refusal, i18n.language);
      setError(t(m.key, m.params));
      form.setValue('password', '');
    }
  });

  return (
    <div className="session-screen" data-testid="lock-screen">
      <FormProvider {...form}>
        <form className="session-card card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('session.lock.title')}>
          <h1>{t('session.lock.title')}</h1>
          <p>{t('session.lock.who', { name: session.user.name, id: session.user.id })}</p>
          <p className="muted small">{t('session.lock.why')}</p>
          <FormFields>
            <TextField name="password" type="password" label={t('session.signIn.password')} autoFocus autoComplete="current-password" testId="unlock-password" />
          </FormFields>
          {error && (
            <p className="gate gate-block" role="alert" data-testid="unlock-error">
              {error}
            </p>
          )}
          <FormButtons>
            <button className="primary" type="submit" disabled={form.formState.isSubmitting} data-testid="unlock-submit">
              {t('session.lock.unlock')}
            </button>
            <button type="button" onClick={() => void signOut()} data-testid="lock-sign-out">
              {t('session.signOut')}
            </button>
          </FormButtons>
          <p className="muted small">{t('session.signOutKeeps')}</p>
        </form>
      </FormProvider>
    </div>
  );
}
