import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutoLockMinutesSchema } from '../../../../shared/session/autoLock';
import { useAppStore } from '../../state/appStore';
import { checkHeadOfficeUrl } from '../../session/headOfficeUrl';
import { headOfficeApi } from '../../session/headOfficeApi';

type Probe = { state: 'idle' } | { state: 'busy' } | { state: 'ok'; version: string } | { state: 'failed'; reason: string };

/** The head-office address (checked, with "test connection" on GET /health) and the auto-lock minutes. */
export function HeadOfficeSettings() {
  const { t } = useTranslation();
  const headOfficeUrl = useAppStore((s) => s.headOfficeUrl);
  const setHeadOfficeUrl = useAppStore((s) => s.setHeadOfficeUrl);
  const autoLockMinutes = useAppStore((s) => s.autoLockMinutes);
  const setAutoLockMinutes = useAppStore((s) => s.setAutoLockMinutes);
  const [url, setUrl] = useState(headOfficeUrl() ?? '');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [probe, setProbe] = useState<Probe>({ state: 'idle' });
  const [minutes, setMinutes] = useState(String(autoLockMinutes));
  const [minutesError, setMinutesError] = useState<string | null>(null);

  const checked = () => {
    const c = checkHeadOfficeUrl(url);
    setUrlError(c.ok ? null : t(`session.url.${c.problem}`));
    return c.ok ? c.url : null;
  };

  const save = () => {
    setSaved(false);
    const u = checked();
    if (!u) return;
    setHeadOfficeUrl(u);
    setUrl(u);
    setSaved(true);
  };

  const test = async () => {
    const u = checked();
    if (!u) return;
    setProbe({ state: 'busy' });
    const res = await headOfficeApi(u).health();
    if (res.ok && res.value.ok) setProbe({ state: 'ok', version: res.value.version ?? '?' });
    else if (res.ok) setProbe({ state: 'failed', reason: t('settings.headOffice.unhealthy') });
    else setProbe({ state: 'failed', reason: res.failure.kind === 'unreachable' ? t('session.error.unreachable') : t('settings.headOffice.notHeadOffice') });
  };

  const saveMinutes = (text: string) => {
    setMinutes(text);
    const parsed = AutoLockMinutesSchema.safeParse(Number(text));
    if (!text.trim() || !parsed.success) {
      setMinutesError(t('settings.autoLock.invalid'));
      return;
    }
    setMinutesError(null);
    setAutoLockMinutes(parsed.data);
  };

  return (
    <>
      <h2>{t('settings.headOffice.title')}</h2>
      <div className="row gap">
        <input
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setSaved(false);
            setProbe({ state: 'idle' });
          }}
          placeholder="https://"
          size={40}
          aria-label={t('settings.headOffice.title')}
          data-testid="settings-url"
        />
        <button onClick={save} data-testid="settings-url-save">
          {t('common.save')}
        </button>
        <button onClick={() => void test()} disabled={probe.state === 'busy'} data-testid="settings-url-test">
          {t('settings.headOffice.test')}
        </button>
      </div>
      {urlError && (
        <p className="error" role="alert">
          {urlError}
        </p>
      )}
      {saved && <p className="muted small">{t('settings.headOffice.saved')}</p>}
      {url.trim().startsWith('http:') && !urlError && <p className="muted small">{t('settings.headOffice.plainHttp')}</p>}
      <p className="small" data-testid="settings-url-probe" role="status">
        {probe.state === 'busy' && t('settings.headOffice.testing')}
        {probe.state === 'ok' && t('settings.headOffice.ok', { version: probe.version })}
        {probe.state === 'failed' && <span className="error">{probe.reason}</span>}
      </p>
      <h2>{t('settings.autoLock.title')}</h2>
      <label>
        {t('settings.autoLock.label')}{' '}
        <input type="number" min={1} max={60} value={minutes} onChange={(e) => saveMinutes(e.target.value)} style={{ width: 64 }} data-testid="settings-autolock" />
      </label>
      {minutesError && (
        <p className="error" role="alert">
          {minutesError}
        </p>
      )}
    </>
  );
}
