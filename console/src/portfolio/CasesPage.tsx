import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUCKETS } from '../../../shared/domain/buckets';
import { CASE_STATUSES } from '../../../shared/domain/case';
import type { CaseFilterInput, CaseRowView } from '../../../shared/portfolio/cases';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchCases, fetchDirectory, filterQuery } from './api';
import { AssignPanel } from './AssignPanel';
import { formatYuan } from './format';

const PAGE_SIZE = 50;
const EMPTY: CaseFilterInput = { status: 'open' };

/** #/cases: the bank's cases (a supervisor's branch, read-only), filtered and paged by head office, to assign. */
export function CasesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [draft, setDraft] = useState<CaseFilterInput>(EMPTY);
  const [filter, setFilter] = useState<CaseFilterInput>(EMPTY);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [round, setRound] = useState(0);
  const list = useApi(() => fetchCases(filter, page, PAGE_SIZE), `${filterQuery(filter)}|${page}|${round}`);
  const directory = useApi(fetchDirectory, 'directory');
  const rows = list.data?.cases ?? [];
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  const set = (k: keyof CaseFilterInput) => (v: string) => setDraft((d) => ({ ...d, [k]: v === '' ? undefined : v }));

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns = useMemo<ColumnDef<CaseRowView, unknown>[]>(
    () => [
      ...(me.canChange
        ? [
            {
              id: 'select',
              header: () => (
                <input
                  type="checkbox"
                  aria-label={t('cases.selectPage')}
                  checked={rows.length > 0 && rows.every((r) => selected.has(r.id))}
                  onChange={(e) => setSelected((s) => new Set(e.target.checked ? [...s, ...rows.map((r) => r.id)] : [...s].filter((id) => !rows.some((r) => r.id === id))))}
                />
              ),
              cell: ({ row }) => <input type="checkbox" aria-label={t('cases.select', { number: row.original.caseNumber })} checked={selected.has(row.original.id)} onChange={() => toggle(row.original.id)} data-testid={`case-select-${row.original.id}`} />,
            } satisfies ColumnDef<CaseRowView, unknown>,
          ]
        : []),
      { accessorKey: 'caseNumber', header: t('cases.caseNumber') },
      { accessorKey: 'borrowerName', header: t('cases.borrower') },
      { accessorKey: 'branchCode', header: t('cases.branch'), cell: (c) => `${c.row.original.branchCode} ${c.row.original.branchName}` },
      { accessorKey: 'officerName', header: t('cases.officer'), cell: (c) => <span data-testid={`case-officer-${c.row.original.id}`}>{c.row.original.officerName ?? t('cases.unassignedName')}</span> },
      { accessorKey: 'dpd', header: t('cases.dpd'), cell: (c) => `${c.row.original.dpd}（${c.row.original.bucket}）` },
      { accessorKey: 'totalFen', header: t('cases.total'), cell: (c) => formatYuan(c.row.original.totalFen) },
      { accessorKey: 'status', header: t('cases.statusColumn'), cell: (c) => t(`cases.statuses.${c.row.original.status}`) },
    ],
    [t, me.canChange, rows, selected],
  );

  const branches = directory.data?.branches ?? [];
  const officers = (directory.data?.officers ?? []).filter((o) => !draft.branch || o.branchCode === draft.branch);
  return (
    <section>
      <h1>{t('cases.title')}</h1>
      {!me.canChange ? <p className="note">{t('cases.readOnly')}</p> : null}
      <form
        className="card toolbar"
        aria-label={t('cases.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(draft);
          setPage(1);
        }}
      >
        {me.scopeBranchCode === null ? (
          <label>
            {t('cases.branch')}
            <select value={draft.branch ?? ''} onChange={(e) => set('branch')(e.target.value)} data-testid="cases-branch">
              <option value="">{t('cases.allBranches')}</option>
              {branches.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.code} {b.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('cases.officer')}
          <select value={draft.officer ?? ''} disabled={draft.unassigned === 'true'} onChange={(e) => set('officer')(e.target.value)} data-testid="cases-officer">
            <option value="">{t('cases.anyOfficer')}</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}（{o.id}）
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={draft.unassigned === 'true'} onChange={(e) => setDraft((d) => ({ ...d, unassigned: e.target.checked ? 'true' : undefined, officer: undefined }))} data-testid="cases-unassigned" />
          {t('cases.unassigned')}
        </label>
        <label>
          {t('cases.bucket')}
          <select value={draft.bucket ?? ''} onChange={(e) => set('bucket')(e.target.value)}>
            <option value="">{t('cases.anyBucket')}</option>
            {BUCKETS.map((b) => (
              <option key={b}>{b}</option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.dpdMin')}
          <input type="number" min={0} className="short" value={String(draft.dpdMin ?? '')} onChange={(e) => set('dpdMin')(e.target.value)} />
        </label>
        <label>
          {t('cases.dpdMax')}
          <input type="number" min={0} className="short" value={String(draft.dpdMax ?? '')} onChange={(e) => set('dpdMax')(e.target.value)} />
        </label>
        <label>
          {t('cases.status')}
          <select value={draft.status ?? ''} onChange={(e) => set('status')(e.target.value)}>
            <option value="">{t('cases.anyStatus')}</option>
            <option value="open">{t('cases.open')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`cases.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.search')}
          <input value={draft.q ?? ''} maxLength={60} onChange={(e) => set('q')(e.target.value)} data-testid="cases-search" />
        </label>
        <button type="submit" data-testid="cases-apply">
          {t('cases.apply')}
        </button>
      </form>
      <ErrorNote error={list.error ?? directory.error} onRetry={list.reload} />
      <div className={me.canChange ? 'split' : undefined}>
        <div>
          <div className="pager">
            <span data-testid="cases-matched">{t('cases.matched', { total: list.data?.total ?? 0, page, pages })}</span>
            <button type="button" className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('cases.previous')}
            </button>
            <button type="button" className="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t('cases.next')}
            </button>
            {me.canChange && selected.size > 0 ? <span>{t('cases.selected', { count: selected.size })}</span> : null}
          </div>
          <DataTable rows={rows} columns={columns} label={t('cases.title')} testId="cases-table" rowTestId={(r) => `case-row-${r.id}`} />
        </div>
        {me.canChange && directory.data ? (
          <AssignPanel
            selected={[...selected]}
            filter={filter}
            matched={list.data?.total ?? 0}
            directory={directory.data}
            onDone={() => {
              setSelected(new Set());
              setRound((n) => n + 1);
              directory.reload();
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
