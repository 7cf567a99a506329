import { useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useAppStore } from '../../state/appStore';
import { checkHeadOfficeUrl } from '../../session/headOfficeUrl';
import { headOfficeApi } from '../../session/headOfficeApi';
import { FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';
import { AutoLockSetting } from './AutoLockSetting';

type Probe = { state: 'idle' } | { state: 'busy' } | { state: 'ok'; version: string } | { state: 'failed'; reason: string };
type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The address must be one the app will talk to (https, or http on this computer); the problem said in words. */
export const headOfficeUrlFormSchema = (t: Translate) =>
  z.object({ url: z.string() }).transform((v, ctx) => {
    const checked = checkHeadOfficeUrl(v.url);
    if (checked.ok) return { url: checked.url };
    ctx.addIssue({ code: 'custom', path: ['url'], message: t(`session.url.${checked.problem}`) });
    return z.NEVER;
  });

/** The head-office address (checked, with "test connection" on GET /health) and the auto-lock minutes. */
export function HeadOfficeSettings() {
  const { t } = useTranslation();
  const headOfficeUrl = useAppStore((s) => s.headOfficeUrl);
  const setHeadOfficeUrl = useAppStore((s) => s.setHeadOfficeUrl);
  const form = useZodForm(useMemo(() => headOfficeUrlFormSchema(t), [t]), { url: headOfficeUrl() ?? '' });
  const [saved, setSaved] = useState(false);
  const [probe, setProbe] = useState<Probe>({ state: 'idle' });
  const url = form.watch('url');

  // What was saved or tested was another address once the user types.
  useEffect(() => {
    const sub = form.watch(() => {
      setSaved(false);
      setProbe({ state: 'idle' });
    });
    return () => sub.unsubscribe();
  }, [form]);

  const save = form.handleSubmit((v) => {
    setHeadOfficeUrl(v.url);
    form.reset({ url: v.url });
    setSaved(true);
  });

  const test = form.handleSubmit(async (v) => {
    setProbe({ state: 'busy' });
    const res = await headOfficeApi(v.url).health();
    if (res.ok && res.value.ok) setProbe({ state: 'ok', version: res.value.version ?? '?' });
    else if (res.ok) setProbe({ state: 'failed', reason: t('settings.headOffice.unhealthy') });
    else setProbe({ state: 'failed', reason: res.failure.kind === 'unreachable' ? t('session.error.unreachable') : t('settings.headOffice.notHeadOffice') });
  });

  return (
    <>
      <h2>{t('settings.headOffice.title')}</h2>
      <FormProvider {...form}>
        <form onSubmit={(e) => void save(e)} noValidate aria-label={t('settings.headOffice.title')} data-testid="settings-url-form">
          <FormFields>
            <TextField
              name="url"
              label={t('settings.headOffice.address')}
              placeholder="https://"
              inputMode="url"
              hint={url.trim().startsWith('http:') ? t('settings.headOffice.plainHttp') : undefined}
              testId="settings-url"
            />
          </FormFields>
          <FormButtons>
            <button type="submit" data-testid="settings-url-save">
              {t('common.save')}
            </button>
            <button type="button" onClick={() => void test()} disabled={probe.state === 'busy'} data-testid="settings-url-test">
              {t('settings.headOffice.test')}
            </button>
          </FormButtons>
        </form>
      </FormProvider>
      {saved && <p className="muted small">{t('settings.headOffice.saved')}</p>}
      <p className="small" data-testid="settings-url-probe" role="status">
        {probe.state === 'busy' && t('settings.headOffice.testing')}
        {probe.state === 'ok' && t('settings.headOffice.ok', { version: probe.version })}
        {probe.state === 'failed' && <span className="error">{probe.reason}</span>}
      </p>
      <h2>{t('settings.autoLock.title')}</h2>
      <AutoLockSetting />
    </>
  );
}
