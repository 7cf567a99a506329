import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { hrefOf } from '../layout/route';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchEntriesAround, formatTime } from './api';

const short = (hash: string) => `${hash.slice(0, 10)}…`;

/**
 * A device's entries around a seq as head office holds them: what each did and to which record, its hash and
 * the hash it links to, whether its content matched its hash. The row at `around` is marked; a link that does
 * not match the row above it shows where the chain was cut.
 */
export function AuditEntriesView({ deviceId, around, atBreak }: { deviceId: string; around: number; atBreak: boolean }) {
  const { t, i18n } = useTranslation();
  const entries = useApi(() => fetchEntriesAround(deviceId, around), `${deviceId}:${around}`);
  const rows = entries.data?.entries ?? [];
  const title = t('audit.entriesTitle', { device: entries.data ? `${entries.data.deviceCode}（${entries.data.userId}）` : deviceId, around });
  return (
    <section>
      <p>
        <a href={hrefOf('audit')}>{t('audit.back')}</a>
      </p>
      <h1>{title}</h1>
      <p className="note">{t('audit.entriesNote')}</p>
      <ErrorNote error={entries.error} onRetry={entries.reload} />
      {entries.loading && !entries.data ? <p className="loading">{t('common.loading')}</p> : null}
      {entries.data ? (
        <table className="data-table audit-entries" aria-label={title} data-testid="audit-entries">
          <thead>
            <tr>
              {(['seq', 'at', 'user', 'action', 'record', 'case', 'prevHash', 'hash', 'check'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`audit.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={9} className="empty">
                  {t('common.none')}
                </td>
              </tr>
            ) : null}
            {rows.map((e, i) => {
              const above = rows[i - 1];
              const linkBroken = above !== undefined && above.seq === e.seq - 1 && above.hash !== e.prevHash;
              const marked = atBreak && e.seq === around;
              return (
                <tr key={`${e.seq}-${e.hash}-${i}`} className={marked ? 'audit-break-row' : undefined} data-testid={`audit-entry-${e.seq}`}>
                  <td className="nowrap">
                    {e.seq}
                    {marked ? <strong className="audit-broken"> ← {t('audit.breakHere')}</strong> : null}
                  </td>
                  <td className="nowrap">{formatTime(e.at, i18n.language)}</td>
                  <td>{e.userId}</td>
                  <td>{e.action}</td>
                  <td>
                    {e.entityKind} {e.entityId}
                  </td>
                  <td className="nowrap">{e.caseId ?? '—'}</td>
                  <td className={linkBroken ? 'audit-broken' : undefined}>
                    <code>{short(e.prevHash)}</code>
                  </td>
                  <td>
                    <code>{short(e.hash)}</code>
                  </td>
                  <td className={`nowrap ${e.hashOk ? 'audit-ok' : 'audit-broken'}`}>
                    {e.hashOk ? t('audit.hashOk') : t('audit.hashBad')}
                    {e.inChain ? null : ` ${t('audit.outOfChain')}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
