import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n';

/** A refusal or failure, in words, with a retry when the caller has one. Never silent. */
export function ErrorNote({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="error-note">
      <span>{errorText(t, error)}</span>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
