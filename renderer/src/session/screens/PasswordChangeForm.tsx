import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PASSWORD_RULES, PASSWORD_RULE_MESSAGES, type PasswordRule } from '../../../../shared/people/passwordPolicy';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { sessionRuntime } from '../../sync/sessionRuntime';
import { changeOwnPassword, type PasswordChangeOutcome } from '../changePassword';
import { headOfficeApi } from '../headOfficeApi';
import { FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';

type Translate = ReturnType<typeof useTranslation>['t'];

// Head office judges the policy (it names the rules broken); the form only asks for all three, the new one twice alike.
const passwordSchema = (t: Translate) =>
  z
    .object({
      current: z.string().min(1, t('formRule.required')).max(1024),
      next: z.string().min(1, t('formRule.required')).max(256),
      repeat: z.string().min(1, t('formRule.required')).max(256),
    })
    .refine((v) => v.next === v.repeat, { path: ['repeat'], message: t('people.password.mismatch') });
const BLANK = { current: '', next: '', repeat: '' };

const isRule = (r: string): r is PasswordRule => (PASSWORD_RULES as readonly string[]).includes(r);

/** The current password and a new one twice; head office checks the policy and names the rules broken. */
export function PasswordChangeForm({ onChanged }: { onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useAppStore((s) => s.session);
  const store = useAppStore((s) => s.store);
  const schema = useMemo(() => passwordSchema(t), [t]);
  const form = useZodForm(schema, BLANK);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (!session) return null;
  if (session.mode === 'offline') return <p className="muted" data-testid="password-online-only">{t('people.password.onlineOnly')}</p>;
  if (!store) return null;

  const explain = (o: Exclude<PasswordChangeOutcome, { ok: true }>): string => {
    if (o.reason === 'weak') {
      const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
      return t('people.password.weak', { rules: o.rules.filter(isRule).map((r) => PASSWORD_RULE_MESSAGES[r][lang]).join(lang === 'en' ? '; ' : '；') });
    }
    if (o.reason === 'server') return t('people.password.server', { detail: o.detail });
    return t(`people.password.${o.reason === 'wrong_current' ? 'wrongCurrent' : o.reason}`);
  };

  const submit = form.handleSubmit(async ({ current, next }) => {
    setMessage(null);
    const baseUrl = useAppStore.getState().headOfficeUrl();
    const outcome = await changeOwnPassword(
      { db: store.db, api: baseUrl ? headOfficeApi(baseUrl) : null, access: sessionRuntime()?.access ?? null, user: session.user, rulePack: session.rulePack, now: clock.now },
      current,
      next,
    );
    if (!outcome.ok) {
      setMessage({ ok: false, text: explain(outcome) });
      return;
    }
    form.reset(BLANK);
    setMessage({ ok: true, text: t('people.password.changed') });
    onChanged?.();
  });

  return (
    <FormProvider {...form}>
      <form className="password-change" onSubmit={submit} noValidate data-testid="password-change-form" aria-label={t('people.password.submit')}>
        <p className="muted">{t('people.password.rules')}</p>
        <FormFields>
          <TextField name="current" type="password" autoComplete="current-password" label={t('people.password.current')} maxLength={1024} required testId="password-current" />
          <TextField name="next" type="password" autoComplete="new-password" label={t('people.password.next')} maxLength={256} required testId="password-new" />
          <TextField name="repeat" type="password" autoComplete="new-password" label={t('people.password.repeat')} maxLength={256} required testId="password-repeat" />
        </FormFields>
        {message ? (
          <p className={message.ok ? 'gate gate-ok' : 'gate gate-block'} role={message.ok ? 'status' : 'alert'} data-testid="password-message">
            {message.text}
          </p>
        ) : null}
        <FormButtons>
          <button type="submit" disabled={form.formState.isSubmitting} data-testid="password-submit">
            {form.formState.isSubmitting ? t('people.password.busy') : t('people.password.submit')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
