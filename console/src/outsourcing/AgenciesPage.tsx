import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/outsourcing/agency';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchAgencies } from './api';
import { AgencyDetail } from './AgencyDetail';
import { AgencyForm } from './AgencyForm';

/** Collection agencies 委外机构: an admin adds and edits them; a supervisor reads those serving their branch. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const agencies = useApi(fetchAgencies, 'agencies');
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const columns = useMemo<ColumnDef<Agency, unknown>[]>(
    () => [
      { accessorKey: 'name', header: t('outsourcing.agency.name') },
      { accessorKey: 'licenceNumber', header: t('outsourcing.agency.licenceNumber') },
      { id: 'contract', header: t('outsourcing.agency.contract'), cell: (c) => `${c.row.original.contractStart} – ${c.row.original.contractEnd}` },
      { id: 'commission', header: t('outsourcing.agency.commissionPercent'), cell: (c) => `${(c.row.original.commissionBps / 100).toFixed(2)}%` },
      { id: 'branches', header: t('outsourcing.agency.branchesColumn'), cell: (c) => c.row.original.branches.join('、') },
      { id: 'fields', header: t('outsourcing.agency.exportFields'), cell: (c) => c.row.original.exportFields.map((f) => t(`outsourcing.fields.${f}`) + (c.row.original.unmasked.includes(f) ? t('outsourcing.unmaskedMark') : '')).join('、') },
      { id: 'status', header: t('outsourcing.agency.status'), cell: (c) => t(`outsourcing.status.${c.row.original.status}`) },
      { accessorKey: 'activeCases', header: t('outsourcing.agency.activeCases') },
      {
        id: 'open',
        header: '',
        cell: (c) => (
          <div className="actions">
            <button type="button" className="secondary" data-testid={`agency-open-${c.row.original.licenceNumber}`} onClick={() => setOpenId(c.row.original.id)}>
              {t('outsourcing.open')}
            </button>
            {me.canChange ? (
              <button type="button" className="secondary" data-testid={`agency-edit-${c.row.original.licenceNumber}`} onClick={() => setEditing(c.row.original)}>
                {t('outsourcing.edit')}
              </button>
            ) : null}
          </div>
        ),
      },
    ],
    [t, me.canChange],
  );
  const open = agencies.data?.find((a) => a.id === openId) ?? null;

  return (
    <section>
      <h1>{t('outsourcing.title')}</h1>
      <p className="note">{me.canChange ? t('outsourcing.intro') : t('outsourcing.readOnly')}</p>
      {me.canChange && editing === null ? (
        <div className="toolbar">
          <button type="button" data-testid="agency-new" onClick={() => setEditing('new')}>
            {t('outsourcing.create')}
          </button>
        </div>
      ) : null}
      {editing !== null ? (
        <AgencyForm
          key={editing === 'new' ? 'new' : editing.id}
          agency={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(a) => {
            setEditing(null);
            setOpenId(a.id);
            agencies.reload();
          }}
        />
      ) : null}
      <ErrorNote error={agencies.error} onRetry={agencies.reload} />
      {agencies.data ? <DataTable rows={agencies.data} columns={columns} label={t('outsourcing.title')} testId="agencies-table" rowTestId={(a) => `agency-row-${a.licenceNumber}`} /> : <p className="loading">{t('common.loading')}</p>}
      {open ? <AgencyDetail key={open.id} agency={open} onChanged={agencies.reload} /> : null}
    </section>
  );
}
