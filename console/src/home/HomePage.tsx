import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { formatFen, formatFenLarge, formatInstant } from '../ui/format';
import { fetchOverview, type BranchOverview } from './overview';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const overview = useApi(fetchOverview, 'overview');
  const columns = useMemo<ColumnDef<BranchOverview, unknown>[]>(
    () => [
      { accessorKey: 'code', header: t('home.col.code') },
      { accessorKey: 'name', header: t('home.col.name') },
      { accessorKey: 'openCases', header: t('home.col.openCases') },
      { accessorKey: 'openBalanceFen', header: t('home.col.openBalance'), cell: ({ row }) => formatFen(row.original.openBalanceFen) },
      { accessorKey: 'unassignedCases', header: t('home.col.unassigned') },
      { accessorKey: 'collectors', header: t('home.col.collectors') },
      { accessorKey: 'devices', header: t('home.col.devices') },
      {
        accessorKey: 'staleDevices',
        header: t('home.col.stale', { days: overview.data?.staleDeviceDays ?? 3 }),
        cell: ({ row }) => (row.original.staleDevices > 0 ? <strong className="warn">{row.original.staleDevices}</strong> : row.original.staleDevices),
      },
    ],
    [t, overview.data?.staleDeviceDays],
  );
  const totals = overview.data?.branches.reduce((s, b) => ({ cases: s.cases + b.openCases, fen: s.fen + b.openBalanceFen }), { cases: 0, fen: 0 });
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p data-testid="console-welcome">{t('home.welcome', { name: me.name })}</p>
      <p className="note">{me.scopeBranchCode === null ? t('home.scopeAll') : t('home.scopeBranch', { branch: me.scopeBranchCode })}</p>
      <ErrorNote error={overview.error} onRetry={overview.reload} />
      {overview.data ? (
        <>
          <p>
            {t('home.totals', { cases: totals?.cases ?? 0, amount: formatFenLarge(totals?.fen ?? 0, i18n.language), asOf: formatInstant(overview.data.asOf, i18n.language) })}
          </p>
          <DataTable rows={overview.data.branches} columns={columns} label={t('home.tableLabel')} testId="console-overview" rowTestId={(b) => `console-overview-${b.code}`} />
        </>
      ) : overview.loading ? (
        <p className="loading">{t('common.loading')}</p>
      ) : null}
    </section>
  );
}
