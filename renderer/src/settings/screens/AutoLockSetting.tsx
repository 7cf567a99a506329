import { useEffect, useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AutoLockMinutesSchema } from '../../../../shared/session/autoLock';
import { useAppStore } from '../../state/appStore';
import { FormFields, TextField, useZodForm } from '../../ui/form';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Whole minutes the app's auto-lock accepts, typed as text (an empty box is not zero). */
export const autoLockFormSchema = (t: Translate) =>
  z.object({
    minutes: z
      .string()
      .trim()
      .refine((text) => /^\d+$/.test(text) && AutoLockMinutesSchema.safeParse(Number(text)).success, t('settings.autoLock.invalid'))
      .transform(Number),
  });

/** The auto-lock minutes, saved as soon as what is typed is valid (there is no button to forget). */
export function AutoLockSetting() {
  const { t } = useTranslation();
  const autoLockMinutes = useAppStore((s) => s.autoLockMinutes);
  const setAutoLockMinutes = useAppStore((s) => s.setAutoLockMinutes);
  const form = useZodForm(useMemo(() => autoLockFormSchema(t), [t]), { minutes: String(autoLockMinutes) });

  useEffect(() => {
    const sub = form.watch(() => void form.handleSubmit((v) => setAutoLockMinutes(v.minutes))());
    return () => sub.unsubscribe();
  }, [form, setAutoLockMinutes]);

  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => e.preventDefault()} noValidate aria-label={t('settings.autoLock.title')}>
        <FormFields>
          <TextField name="minutes" type="number" inputMode="numeric" min={1} max={60} step={1} label={t('settings.autoLock.label')} testId="settings-autolock" />
        </FormFields>
      </form>
    </FormProvider>
  );
}
