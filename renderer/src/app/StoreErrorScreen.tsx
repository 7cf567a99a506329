import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore';

/** The store would not open: say why, what to do, and that nothing was deleted. */
export function StoreErrorScreen() {
  const { t } = useTranslation();
  const failure = useAppStore((s) => s.storeFailure);
  const source = useAppStore((s) => s.source);
  const openDataSource = useAppStore((s) => s.openDataSource);
  if (!failure) return null;
  return (
    <main className="store-error" role="alert">
      <h1>{t('storeError.title')}</h1>
      <p>{t(`storeError.${failure.failure}`)}</p>
      <p className="muted">{t('storeError.nothingDeleted')}</p>
      <div className="row gap">
        <button className="primary" onClick={() => void openDataSource(source)}>
          {t('storeError.retry')}
        </button>
        {source !== 'demo' && <button onClick={() => void openDataSource('demo')}>{t('storeError.useDemo')}</button>}
      </div>
      <details>
        <summary>{t('storeError.detail')}</summary>
        <code>{failure.detail}</code>
      </details>
    </main>
  );
}
