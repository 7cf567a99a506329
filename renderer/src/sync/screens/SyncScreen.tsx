import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import type { SyncStatus } from '../repository/syncStatus';
import { formatInstant } from '../../ui/format';
import { EvidenceSyncPanel } from './EvidenceSyncPanel';

/**
 * What is waiting to reach head office and what came back: the outbox oldest first, rejections with their
 * reasons, cases evicted from this device, the last successful sync and the last error, with "Sync now".
 * The demo store never syncs: it says so.
 */
export function SyncScreen() {
  const { t, i18n } = useTranslation();
  const reads = useAppStore(selectReads);
  const outbox = useAppStore((s) => s.outbox);
  const source = useAppStore((s) => s.source);
  const session = useAppStore((s) => s.session);
  const sync = useAppStore((s) => s.sync);
  const syncNow = useAppStore((s) => s.syncNow);
  const headOfficeUrl = useAppStore((s) => s.headOfficeUrl);
  const [status, setStatus] = useState<SyncStatus | null>(null);

  useEffect(() => {
    if (!reads) return;
    let live = true;
    void reads.syncStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [reads, outbox, sync.phase, sync.lastSuccessAt]);

  if (!status) return <p className="muted pad">{t('common.loading')}</p>;
  return (
    <section className="pad" data-testid="sync-screen">
      <h1>{t('nav.sync')}</h1>
      {source === 'demo' || !session ? (
        <p className="gate gate-warn" data-testid="sync-demo">
          {t('syncUi.demoNotSynced')}
        </p>
      ) : (
        <div className="card sync-connection" data-testid="sync-connection">
          <p>
            {t('syncUi.connectedTo', { url: headOfficeUrl() ?? '—', user: session.user.name })}
            {session.mode === 'offline' && ` · ${t('session.offlineMode')}`}
          </p>
          <p className={`sync-state-${sync.phase}`} data-testid="sync-screen-state">
            {t(`syncUi.phase.${sync.phase}`)}
          </p>
          {sync.lastError && (
            <p className="gate gate-block" data-testid="sync-last-error">
              {t('syncUi.lastError', { at: formatInstant(sync.lastError.at, i18n.language), reason: t(`syncUi.failure.${sync.lastError.code}`) })}
              <br />
              <span className="muted small mono">{sync.lastError.message}</span>
            </p>
          )}
          <button className="primary" onClick={() => void syncNow()} disabled={sync.phase === 'syncing' || !headOfficeUrl()} data-testid="sync-now">
            {sync.phase === 'syncing' ? t('syncUi.phase.syncing') : t('syncUi.syncNow')}
          </button>
        </div>
      )}
      <dl className="kv card">
        <dt>{t('syncUi.pending')}</dt>
        <dd data-testid="sync-pending">{status.pendingCount}</dd>
        <dt>{t('syncUi.oldest')}</dt>
        <dd>{status.pending[0] ? formatInstant(status.pending[0].createdAt, i18n.language) : '—'}</dd>
        <dt>{t('syncUi.lastSuccess')}</dt>
        <dd>{status.lastSuccessAt ? formatInstant(status.lastSuccessAt, i18n.language) : t('syncUi.never')}</dd>
      </dl>
      <h2>{t('syncUi.pendingList')}</h2>
      {status.pending.length === 0 && <p className="muted">{t('fieldwork.outbox.none')}</p>}
      <table className="grid small">
        <tbody>
          {status.pending.map((m) => (
            <tr key={m.mutationId}>
              <td className="mono">#{m.mutationId}</td>
              <td>
                {t(`records.mutation.${m.name}`, { defaultValue: m.name })}
              </td>
              <td>{m.caseId ?? '—'}</td>
              <td>{formatInstant(m.createdAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.pendingCount > status.pending.length && <p className="muted small">{t('syncUi.more', { n: status.pendingCount - status.pending.length })}</p>}
      <h2>{t('syncUi.rejections')}</h2>
      {status.rejections.length === 0 ? (
        <p className="muted" data-testid="sync-no-rejections">
          {t('syncUi.none')}
        </p>
      ) : (
        <table className="grid small">
          <tbody>
            {status.rejections.map((r) => (
              <tr key={r.mutationId}>
                <td className="mono">#{r.mutationId}</td>
                <td>
                  {t(`records.mutation.${r.name}`, { defaultValue: r.name })}
                </td>
                <td>{r.caseId ?? '—'}</td>
                <td data-testid="sync-rejection-reason">
                  {t([`syncUi.rejectionOf.${r.name}.${r.reason.code}`, `syncUi.rejection.${r.reason.code}`], { defaultValue: t('syncUi.rejection.other') })}
                  <span className="muted">
                    {' '}
                    ({r.reason.code}: {r.reason.message})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EvidenceSyncPanel refreshKey={`${sync.phase}|${sync.lastSuccessAt ?? ''}`} />
      <h2>{t('syncUi.evicted')}</h2>
      {status.evicted.length === 0 ? (
        <p className="muted">{t('syncUi.none')}</p>
      ) : (
        <ul>
          {status.evicted.map((e) => (
            <li key={`${e.caseId}-${e.at}`}>
              {e.caseNumber ?? e.caseId} · {e.reason} · {formatInstant(e.at, i18n.language)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
