import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore';
import { formatInstant } from '../ui/format';

export function StatusBar() {
  const { t, i18n } = useTranslation();
  const source = useAppStore((s) => s.source);
  const count = useAppStore((s) => s.rows.length);
  const persisted = useAppStore((s) => s.storagePersisted);
  const info = useAppStore((s) => s.appInfo);
  const outbox = useAppStore((s) => s.outbox);
  return (
    <footer className="statusbar">
      <span className={source === 'demo' ? 'pill demo' : 'pill'}>{t(`status.store.${source}`)}</span>
      <span>
        {t('nav.cases')}: {count.toLocaleString()}
      </span>
      {outbox && (
        <span data-testid="outbox-status">
          {outbox.pending === 0 ? t('fieldwork.outbox.none') : `${t('fieldwork.outbox.pending', { count: outbox.pending })} · ${t('fieldwork.outbox.oldest', { age: outbox.oldestAt ? formatInstant(outbox.oldestAt, i18n.language) : '' })}`}
        </span>
      )}
      {persisted !== null && <span className="muted">{persisted ? t('status.persisted') : t('status.notPersisted')}</span>}
      <span className="spacer" />
      {info && <span className="muted">{t('settings.version', { version: info.version, kind: info.kind })}</span>}
    </footer>
  );
}
