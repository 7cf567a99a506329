import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/domain/staff';
import { USER_STATUSES, type User } from '../../../shared/people/api';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { hrefOf, navigate, useRoute } from '../layout/route';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchBranches, fetchUsers } from './api';
import { CreateUserForm } from './CreateUserForm';
import { UserPage } from './UserPage';

/** #/users?branch=&role=&status= : the list with its filters; #/users/<id>: one user. */
export function UsersPage() {
  const route = useRoute();
  const userId = route.rest[0];
  return userId ? <UserPage userId={userId} /> : <UserList params={route.params} />;
}

function UserList({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const me = useMe();
  const filter = { branchCode: params.get('branch') ?? undefined, role: params.get('role') ?? undefined, status: params.get('status') ?? undefined };
  const users = useApi(() => fetchUsers(filter), params.toString());
  const branches = useApi(fetchBranches, 'branches');
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`users?${next}`);
  };
  const columns = useMemo<ColumnDef<User, unknown>[]>(
    () => [
      { accessorKey: 'id', header: t('people.users.id'), cell: (c) => <a href={hrefOf(`users/${encodeURIComponent(c.row.original.id)}`)}>{c.row.original.id}</a> },
      { accessorKey: 'name', header: t('people.users.name') },
      { accessorKey: 'role', header: t('people.users.role'), cell: (c) => t(`roles.${c.row.original.role}`) },
      { accessorKey: 'branchCode', header: t('people.users.branch') },
      {
        accessorKey: 'status',
        header: t('people.users.status'),
        cell: (c) => (
          <span className={`status-${c.row.original.status}`}>
            {t(`people.status.${c.row.original.status}`)}
            {c.row.original.mustChangePassword ? ` · ${t('people.users.mustChange')}` : ''}
          </span>
        ),
      },
      { accessorKey: 'deviceCount', header: t('people.users.devices') },
    ],
    [t],
  );
  const select = (key: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <label>
      {label}
      <select data-testid={`users-filter-${key}`} value={value ?? ''} onChange={(e) => setFilter(key, e.target.value)}>
        <option value="">{t('people.users.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section>
      <h1>{t('people.users.title')}</h1>
      <div className="toolbar">
        {me.scopeBranchCode === null ? select('branch', t('people.users.branch'), filter.branchCode, (branches.data ?? []).map((b) => ({ value: b.code, label: `${b.code} ${b.name}` }))) : null}
        {select('role', t('people.users.role'), filter.role, ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })))}
        {select('status', t('people.users.status'), filter.status, USER_STATUSES.map((s) => ({ value: s, label: t(`people.status.${s}`) })))}
      </div>
      {me.canChange && branches.data ? <CreateUserForm branches={branches.data} onCreated={users.reload} /> : null}
      <ErrorNote error={users.error} onRetry={users.reload} />
      {users.data ? <DataTable rows={users.data} columns={columns} label={t('people.users.title')} testId="users-table" rowTestId={(u) => `user-row-${u.id}`} /> : <p className="loading">{t('common.loading')}</p>}
    </section>
  );
}
