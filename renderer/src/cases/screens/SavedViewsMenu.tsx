import { useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useAppStore } from '../../state/appStore';
import { FormFields, TextField, useZodForm } from '../../ui/form';

type Translate = ReturnType<typeof useTranslation>['t'];
const viewSchema = (t: Translate) => z.object({ name: z.string().trim().min(1, t('views.nameRequired')).max(40) });

export function SavedViewsMenu() {
  const { t } = useTranslation();
  const views = useAppStore((s) => s.savedViews);
  const saveView = useAppStore((s) => s.saveView);
  const applyView = useAppStore((s) => s.applyView);
  const deleteView = useAppStore((s) => s.deleteView);
  const form = useZodForm(useMemo(() => viewSchema(t), [t]), { name: '' });
  const onSave = form.handleSubmit(async ({ name }) => {
    await saveView(name);
    form.reset({ name: '' });
  });

  return (
    <details className="popover">
      <summary data-testid="saved-views">{t('views.title')}</summary>
      <div className="menu wide">
        {views.length === 0 && <p className="muted">{t('views.none')}</p>}
        {views.map((v) => (
          <div key={v.id} className="menu-row">
            <button className="link" onClick={() => applyView(v.id)}>
              {v.name}
            </button>
            <button className="small" onClick={() => void deleteView(v.id)} aria-label={`${t('views.delete')} ${v.name}`}>
              ✕
            </button>
          </div>
        ))}
        <FormProvider {...form}>
          <form className="menu-form" onSubmit={onSave} noValidate aria-label={t('views.save')}>
            <FormFields compact>
              <TextField name="name" label={t('views.name')} maxLength={40} testId="view-name" />
            </FormFields>
            <button type="submit">{t('views.save')}</button>
          </form>
        </FormProvider>
      </div>
    </details>
  );
}
