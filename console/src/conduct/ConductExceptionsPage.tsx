import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectorExceptions, ConductException } from '../../../shared/conduct/exceptions';
import { useApi } from '../api/useApi';
import { formatTime } from '../audit/api';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { explain, fetchExceptions, NO_FILTERS, type ExceptionFilters } from './api';
import './conduct.css';

/**
 * Conduct exceptions (issue 17 §6): pushed contacts, visits and letters that broke a rule when head office judged
 * them again, with the clock that broke it, and how many per collector. Read-only for everyone.
 */
export function ConductExceptionsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [draft, setDraft] = useState<ExceptionFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<ExceptionFilters>(NO_FILTERS);
  const answer = useApi(() => fetchExceptions(filters), JSON.stringify(filters));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const field = (name: keyof ExceptionFilters, type = 'text') => (
    <label>
      {t(`conduct.filter.${name}`)}
      <input type={type} value={draft[name]} data-testid={`conduct-filter-${name}`} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </label>
  );

  const columns = useMemo<ColumnDef<ConductException, unknown>[]>(
    () => [
      { accessorKey: 'foundAt', header: t('conduct.col.foundAt'), cell: ({ row }) => formatTime(row.original.foundAt, i18n.language) },
      { id: 'case', accessorFn: (r) => r.caseNumber ?? r.caseId, header: t('conduct.col.case') },
      { accessorKey: 'userId', header: t('conduct.col.user') },
      { accessorKey: 'branchCode', header: t('conduct.col.branch') },
      { accessorKey: 'recordKind', header: t('conduct.col.record'), cell: ({ row }) => t(`conduct.kind.${row.original.recordKind}`) },
      {
        accessorKey: 'ruleId',
        header: t('conduct.col.rule'),
        cell: ({ row }) => (
          <div>
            <code>{row.original.ruleId}</code>
            <div>{explain(row.original, i18n.language)}</div>
          </div>
        ),
      },
      {
        accessorKey: 'clock',
        header: t('conduct.col.clock'),
        cell: ({ row }) => {
          const x = row.original;
          return (
            <div>
              <strong className={x.clock === 'device' ? undefined : 'warn'}>{t(`conduct.clock.${x.clock}`)}</strong>
              <div className="note">{t('conduct.times', { claimed: formatTime(x.claimedAt, i18n.language), received: formatTime(x.receivedAt, i18n.language) })}</div>
              {Math.abs(x.skewMinutes) > 0 ? <div className="note">{t('conduct.skew', { minutes: x.skewMinutes })}</div> : null}
            </div>
          );
        },
      },
      { id: 'override', accessorFn: (r) => r.overriddenBy ?? '', header: t('conduct.col.override'), cell: ({ row }) => (row.original.overriddenBy ? t('conduct.overridden') : '') },
      {
        // The supervisor's review from their device (reviewConductException): it stays counted, it happened.
        id: 'review',
        accessorFn: (r) => r.reviewedAt ?? '',
        header: t('conduct.col.review'),
        cell: ({ row }) => {
          const x = row.original;
          if (x.reviewedBy === null) return x.overriddenBy ? '' : <span className="warn">{t('conduct.open')}</span>;
          return <span data-testid="conduct-reviewed">{t('conduct.reviewed', { who: x.reviewedBy, when: x.reviewedAt ? formatTime(x.reviewedAt, i18n.language) : '', note: x.reviewNote ?? '' })}</span>;
        },
      },
    ],
    [t, i18n.language],
  );
  const perCollector = useMemo<ColumnDef<CollectorExceptions, unknown>[]>(
    () => [
      { accessorKey: 'userId', header: t('conduct.col.user') },
      { accessorKey: 'count', header: t('conduct.col.count') },
      { id: 'rules', header: t('conduct.col.rules'), enableSorting: false, cell: ({ row }) => Object.entries(row.original.byRule).map(([rule, n]) => `${rule} × ${n}`).join('，') },
    ],
    [t],
  );

  return (
    <section>
      <h1>{t('conduct.title')}</h1>
      <p className="note">{t('conduct.intro')}</p>
      <form className="card toolbar" onSubmit={submit} data-testid="conduct-filters">
        {me.scopeBranchCode === null ? field('branchCode') : null}
        {field('userId')}
        {field('ruleId')}
        {field('from', 'date')}
        {field('to', 'date')}
        <button type="submit" className="filter-apply" data-testid="conduct-apply">
          {t('conduct.apply')}
        </button>
      </form>
      <ErrorNote error={answer.error} onRetry={answer.reload} />
      {answer.loading && !answer.data ? <p className="loading">{t('common.loading')}</p> : null}
      {answer.data && answer.data.exceptions.length === 0 ? <p className="ok-note">{t('conduct.none')}</p> : null}
      {answer.data && answer.data.exceptions.length > 0 ? (
        <>
          <div className="card">
            <h2>{t('conduct.perCollector')}</h2>
            <DataTable rows={answer.data.perCollector} columns={perCollector} label={t('conduct.perCollector')} testId="conduct-per-collector" rowTestId={(r) => `conduct-collector-${r.userId}`} />
          </div>
          <div className="card">
            <h2>{t('conduct.list', { n: answer.data.exceptions.length })}</h2>
            <DataTable rows={answer.data.exceptions} columns={columns} label={t('conduct.title')} testId="conduct-exceptions" rowTestId={(r) => `conduct-exception-${r.id}`} />
          </div>
        </>
      ) : null}
    </section>
  );
}
