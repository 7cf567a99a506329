import { useTranslation } from 'react-i18next';

/** What a screen shows while its chunk loads: a few milliseconds from disk, but announced, not blank. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted pad" role="status" data-testid="screen-loading">
      {t('common.loading')}
    </p>
  );
}
