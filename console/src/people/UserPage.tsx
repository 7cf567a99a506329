import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserChange } from '../../../shared/people/api';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { hrefOf } from '../layout/route';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchBranches, fetchUser } from './api';
import { DeviceTable } from './DeviceTable';
import { UserActions } from './UserActions';

const when = (iso: string) => new Date(iso).toLocaleString();

/** One user: who they are, what head office changed about them (who, when, what), their devices. */
export function UserPage({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const detail = useApi(() => fetchUser(userId), userId);
  const branches = useApi(fetchBranches, 'branches');
  const columns = useMemo<ColumnDef<UserChange, unknown>[]>(
    () => [
      { accessorKey: 'at', header: t('people.user.when'), cell: (c) => when(c.row.original.at) },
      { accessorKey: 'actorId', header: t('people.user.who') },
      { accessorKey: 'kind', header: t('people.user.what'), cell: (c) => t(`people.kinds.${c.row.original.kind}`) },
      {
        id: 'detail',
        header: t('people.user.detail'),
        cell: (c) => {
          const d = c.row.original.detail;
          const value = (k: string, v: string) => (k === 'role' || (c.row.original.kind === 'role_changed' && (k === 'from' || k === 'to')) ? t(`roles.${v}`, { defaultValue: v }) : v);
          if (d.from !== undefined && d.to !== undefined) return `${value('from', d.from)} → ${value('to', d.to)}`;
          return Object.entries(d)
            .map(([k, v]) => `${t(`people.detailKeys.${k}`, { defaultValue: k })}：${value(k, v)}`)
            .join('；');
        },
      },
    ],
    [t],
  );
  const reload = () => detail.reload();
  const user = detail.data?.user;
  return (
    <section>
      <p>
        <a href={hrefOf('users')}>← {t('people.user.back')}</a>
      </p>
      <ErrorNote error={detail.error} onRetry={detail.reload} />
      {user ? (
        <>
          <h1 data-testid="user-title">
            {user.name}（{user.id}）
          </h1>
          <p>
            {t(`roles.${user.role}`)} · {user.branchCode} ·{' '}
            <span className={`status-${user.status}`} data-testid="user-status">
              {t(`people.status.${user.status}`)}
            </span>
            {user.mustChangePassword ? ` · ${t('people.users.mustChange')}` : ''}
          </p>
          {me.canChange && branches.data ? <UserActions key={`${user.role}-${user.branchCode}-${user.status}`} user={user} branches={branches.data} onDone={reload} /> : <p className="note">{t('people.user.readOnly')}</p>}
          <h2>{t('people.user.changes')}</h2>
          <DataTable rows={detail.data!.changes} columns={columns} label={t('people.user.changes')} testId="user-changes" />
          <h2>{t('people.user.devices')}</h2>
          <DeviceTable devices={detail.data!.devices} onChanged={reload} />
        </>
      ) : (
        !detail.error && <p className="loading">{t('common.loading')}</p>
      )}
    </section>
  );
}
