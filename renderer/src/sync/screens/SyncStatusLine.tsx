import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { formatInstant } from '../../ui/format';
import { ageParts } from '../age';

/**
 * The status bar's sync part (architecture.md: the user always sees pending changes, the oldest one's age,
 * the last successful sync, and whether it is syncing or failed and why).
 */
export function SyncStatusLine() {
  const { t, i18n } = useTranslation();
  const source = useAppStore((s) => s.source);
  const session = useAppStore((s) => s.session);
  const outbox = useAppStore((s) => s.outbox);
  const sync = useAppStore((s) => s.sync);
  const syncNow = useAppStore((s) => s.syncNow);
  const pending = outbox?.pending ?? 0;
  const age = outbox?.oldestAt ? ageParts(outbox.oldestAt, clock.now()) : null;
  return (
    <>
      {outbox && (
        <span data-testid="outbox-status">
          {pending === 0 ? t('fieldwork.outbox.none') : `${t('fieldwork.outbox.pending', { count: pending })} · ${t('fieldwork.outbox.oldest', { age: outbox.oldestAt ? formatInstant(outbox.oldestAt, i18n.language) : '' })}`}
          {age && pending > 0 && ` (${t(`syncUi.age.${age.unit}`, { count: age.count })})`}
        </span>
      )}
      {source === 'live' && session && (
        <>
          <span data-testid="sync-last-success" className="muted">
            {t('syncUi.lastSuccess')}: {sync.lastSuccessAt ? formatInstant(sync.lastSuccessAt, i18n.language) : t('syncUi.never')}
          </span>
          <span data-testid="sync-state" className={`sync-state-${sync.phase}`} title={sync.lastError?.message}>
            {t(`syncUi.phase.${sync.phase}`)}
            {sync.phase === 'failed' && sync.lastError && `: ${t(`syncUi.failure.${sync.lastError.code}`)}`}
          </span>
          <button className="small" onClick={() => void syncNow()} disabled={sync.phase === 'syncing'} data-testid="status-sync-now">
            {t('syncUi.syncNow')}
          </button>
        </>
      )}
    </>
  );
}
