import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import type { Platform } from '../../platform/Platform';

/**
 * What protects the local data, said plainly: Settings shows the paragraph (`variant="settings"`), the
 * status bar the short note. The browser preview keeps its key in the same profile as the data, so it
 * cannot protect data at rest from someone with access to this computer's profile.
 */
export function DataAtRestNotice({ variant }: { variant: 'settings' | 'status' }) {
  const protection = useAppStore((s) => s.platform?.dataKeyProtection ?? null);
  return protection === null ? null : <AtRestNoticeView variant={variant} protection={protection} />;
}

export function AtRestNoticeView({ variant, protection }: { variant: 'settings' | 'status'; protection: Platform['dataKeyProtection'] }) {
  const { t } = useTranslation();
  const browser = protection === 'browser_profile';
  if (variant === 'status') {
    return (
      <span className={browser ? 'warn small' : 'muted small'} data-testid="at-rest-status" title={t(browser ? 'encryption.browserPreview' : 'encryption.osKeyStore')}>
        {t(browser ? 'encryption.statusBrowser' : 'encryption.statusOs')}
      </span>
    );
  }
  return (
    <section data-testid="at-rest-settings">
      <h2>{t('encryption.title')}</h2>
      <p className={browser ? 'notice' : 'muted'} role={browser ? 'note' : undefined}>
        {t(browser ? 'encryption.browserPreview' : 'encryption.osKeyStore')}
      </p>
    </section>
  );
}
