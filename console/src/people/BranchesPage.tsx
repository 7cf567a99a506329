import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch } from '../../../shared/people/api';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchBranches } from './api';
import { BranchForm } from './BranchForm';

/** Branches: their details, repayment accounts and rule pack; an admin edits or adds one, a supervisor reads theirs. */
export function BranchesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const branches = useApi(fetchBranches, 'branches');
  const [editing, setEditing] = useState<Branch | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const columns = useMemo<ColumnDef<Branch, unknown>[]>(() => {
    const cols: ColumnDef<Branch, unknown>[] = [
      { accessorKey: 'code', header: t('people.branches.code') },
      { accessorKey: 'name', header: t('people.branches.name') },
      { accessorKey: 'address', header: t('people.branches.address'), cell: (c) => c.row.original.address || <span className="note">{t('people.branches.none')}</span> },
      { accessorKey: 'postcode', header: t('people.branches.postcode') },
      { accessorKey: 'phone', header: t('people.branches.phone') },
      { accessorKey: 'rulePack', header: t('people.branches.rulePack') },
      {
        id: 'accounts',
        header: t('people.branches.accounts'),
        cell: (c) =>
          c.row.original.accounts.length === 0 ? (
            <span className="note">{t('people.branches.none')}</span>
          ) : (
            c.row.original.accounts.map((a) => (
              <div key={a.accountNumber}>
                {a.accountName} · {a.accountNumber} · {a.bank}
              </div>
            ))
          ),
      },
      { accessorKey: 'userCount', header: t('people.branches.users') },
    ];
    if (me.canChange) {
      cols.push({
        id: 'edit',
        header: '',
        cell: (c) => (
          <button type="button" className="secondary" data-testid={`branch-edit-${c.row.original.code}`} onClick={() => (setEditing(c.row.original), setSaved(null))}>
            {t('people.branches.edit')}
          </button>
        ),
      });
    }
    return cols;
  }, [t, me.canChange]);

  return (
    <section>
      <h1>{t('people.branches.title')}</h1>
      {me.canChange && editing === null ? (
        <div className="toolbar">
          <button type="button" data-testid="branch-new" onClick={() => (setEditing('new'), setSaved(null))}>
            {t('people.branches.create')}
          </button>
        </div>
      ) : null}
      {editing !== null ? (
        <BranchForm
          key={editing === 'new' ? 'new' : editing.code}
          branch={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(code) => {
            setEditing(null);
            setSaved(code);
            branches.reload();
          }}
        />
      ) : null}
      {saved ? (
        <p role="status" className="ok-note">
          {t('people.branches.saved', { code: saved })}
        </p>
      ) : null}
      <ErrorNote error={branches.error} onRetry={branches.reload} />
      {branches.data ? <DataTable rows={branches.data} columns={columns} label={t('people.branches.title')} testId="branches-table" rowTestId={(b) => `branch-row-${b.code}`} /> : <p className="loading">{t('common.loading')}</p>}
    </section>
  );
}
