import { useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EVIDENCE_KEEP_DAYS_MAX, EVIDENCE_KEEP_DAYS_MIN } from '../../../../shared/evidence/retention';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Whole days within the bounds retention allows, typed as text (an empty box is not zero). */
export const evidenceKeepSchema = (t: Translate) =>
  z.object({
    days: z
      .string()
      .trim()
      .refine((d) => /^\d+$/.test(d) && Number(d) >= EVIDENCE_KEEP_DAYS_MIN && Number(d) <= EVIDENCE_KEEP_DAYS_MAX, t('evidenceSync.keepDaysInvalid', { min: EVIDENCE_KEEP_DAYS_MIN, max: EVIDENCE_KEEP_DAYS_MAX }))
      .transform(Number),
  });

/** How many days this device keeps photos and letters head office confirmed it holds (shared/evidence/retention.ts). */
export function EvidenceKeepSetting() {
  const { t } = useTranslation();
  const reads = useAppStore(selectReads);
  const form = useZodForm(useMemo(() => evidenceKeepSchema(t), [t]), { days: '' });
  const [saved, setSaved] = useState<number | null>(null);
  useEffect(() => {
    if (!reads) return;
    let live = true;
    void reads.evidenceKeepDays.get().then((d) => live && form.reset({ days: String(d) }));
    return () => {
      live = false;
    };
  }, [reads, form]);
  if (!reads) return null;
  const save = form.handleSubmit(async (v) => {
    setSaved(null);
    await reads.evidenceKeepDays.set(v.days);
    setSaved(v.days);
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => void save(e)} noValidate aria-label={t('evidenceSync.keepDays')}>
        <FormFields>
          <TextField name="days" label={t('evidenceSync.keepDays')} inputMode="numeric" maxLength={4} testId="evidence-keep-days" />
        </FormFields>
        <FormButtons>
          <button type="submit" disabled={form.formState.isSubmitting} data-testid="evidence-keep-days-save">
            {t('common.save')}
          </button>
          {saved !== null && (
            <span className="muted small" role="status">
              {t('evidenceSync.keepDaysSaved', { days: saved })}
            </span>
          )}
        </FormButtons>
      </form>
    </FormProvider>
  );
}
