import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditChainRow, AuditChainStatus, AuditFindingRow } from '../../../shared/audit/chainReport';
import { useApi } from '../api/useApi';
import { hrefOf, useRoute } from '../layout/route';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { AuditEntriesView } from './AuditEntriesView';
import './audit.css';
import { entriesPath, fetchChains, fetchFindings, formatTime } from './api';

/**
 * The devices' audit chains at head office: per device how much arrived, how far it is verified and whether
 * it is intact; the breaks found; the entries around one (#/audit/<deviceId>?around=<seq>).
 */
export function AuditChainsPage() {
  const route = useRoute();
  const deviceId = route.rest[0];
  const around = Number(route.params.get('around'));
  if (deviceId && Number.isSafeInteger(around) && around > 0) return <AuditEntriesView deviceId={deviceId} around={around} atBreak={route.params.get('break') === '1'} />;
  return <AuditLists />;
}

function StatusText({ status }: { status: AuditChainStatus }) {
  const { t } = useTranslation();
  if (status.state !== 'broken') return <span className={status.state === 'intact' ? 'audit-ok' : 'note'}>{t(`audit.status.${status.state}`)}</span>;
  return (
    <strong className="audit-broken" title={t(`audit.kindHelp.${status.kind}`)}>
      {t('audit.status.broken', { seq: status.seq, kind: t(`audit.kind.${status.kind}`) })}
    </strong>
  );
}

function AuditLists() {
  const { t, i18n } = useTranslation();
  const chains = useApi(fetchChains, 'chains');
  const findings = useApi(fetchFindings, 'findings');

  const chainColumns = useMemo<ColumnDef<AuditChainRow, unknown>[]>(
    () => [
      { accessorKey: 'deviceCode', header: t('audit.col.device') },
      { id: 'user', accessorFn: (r) => r.userName, header: t('audit.col.user'), cell: ({ row }) => `${row.original.userName}（${row.original.userId}）` },
      { accessorKey: 'branchCode', header: t('audit.col.branch') },
      { accessorKey: 'entriesHeld', header: t('audit.col.held') },
      { accessorKey: 'lastSeq', header: t('audit.col.lastSeq') },
      { accessorKey: 'verifiedUpTo', header: t('audit.col.verifiedUpTo') },
      {
        id: 'status',
        accessorFn: (r) => (r.status.state === 'broken' ? 0 : r.status.state === 'intact' ? 1 : 2),
        header: t('audit.col.status'),
        cell: ({ row }) => <StatusText status={row.original.status} />,
      },
      { accessorKey: 'findings', header: t('audit.col.findings') },
      { accessorKey: 'lastReceivedAt', header: t('audit.col.lastReceived'), cell: ({ row }) => formatTime(row.original.lastReceivedAt, i18n.language) },
      {
        id: 'view',
        header: '',
        enableSorting: false,
        cell: ({ row }) => {
          const r = row.original;
          if (r.entriesHeld === 0) return null;
          return <a href={hrefOf(r.status.state === 'broken' ? entriesPath(r.deviceId, r.status.seq, true) : entriesPath(r.deviceId, r.lastSeq, false))}>{t('audit.view')}</a>;
        },
      },
    ],
    [t, i18n.language],
  );

  const findingColumns = useMemo<ColumnDef<AuditFindingRow, unknown>[]>(
    () => [
      { accessorKey: 'detectedAt', header: t('audit.col.detectedAt'), cell: ({ row }) => formatTime(row.original.detectedAt, i18n.language) },
      { accessorKey: 'deviceCode', header: t('audit.col.device') },
      { accessorKey: 'userId', header: t('audit.col.user') },
      { accessorKey: 'branchCode', header: t('audit.col.branch') },
      { accessorKey: 'seq', header: t('audit.col.place') },
      { accessorKey: 'kind', header: t('audit.col.kind'), cell: ({ row }) => <span title={t(`audit.kindHelp.${row.original.kind}`)}>{t(`audit.kind.${row.original.kind}`)}</span> },
      { accessorKey: 'entrySeq', header: t('audit.col.entrySeq') },
      { id: 'view', header: '', enableSorting: false, cell: ({ row }) => <a href={hrefOf(entriesPath(row.original.deviceId, row.original.seq, true))}>{t('audit.view')}</a> },
    ],
    [t, i18n.language],
  );

  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <p className="note">{t('audit.intro')}</p>
      <div className="card">
        <h2>{t('audit.devices')}</h2>
        <ErrorNote error={chains.error} onRetry={chains.reload} />
        {chains.loading && !chains.data ? <p className="loading">{t('common.loading')}</p> : null}
        {chains.data ? <DataTable rows={chains.data} columns={chainColumns} label={t('audit.devices')} testId="audit-chains" rowTestId={(r) => `audit-chain-${r.deviceId}`} /> : null}
      </div>
      <div className="card">
        <h2>{t('audit.findings')}</h2>
        <ErrorNote error={findings.error} onRetry={findings.reload} />
        {findings.data && findings.data.length === 0 ? <p className="ok-note">{t('audit.noFindings')}</p> : null}
        {findings.data && findings.data.length > 0 ? (
          <DataTable rows={findings.data} columns={findingColumns} label={t('audit.findings')} testId="audit-findings" rowTestId={(r) => `audit-finding-${r.deviceId}-${r.seq}`} />
        ) : null}
      </div>
    </section>
  );
}
