import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/outsourcing/agency';
import type { AgencyCase, ExportLog } from '../../../shared/outsourcing/api';
import { useApi } from '../api/useApi';
import { errorText } from '../i18n';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { assignCases, downloadExport, fetchAgencyCases, fetchExports, recallCase } from './api';
import { ResultsCard } from './ResultsCard';
import { HandoverCard } from './HandoverCard';
import { RecoveryCard } from './RecoveryCard';
import type { HandoverReady } from '../../../shared/outsourcing/api';

/** One agency: the cases it holds (give, recall), exports of them (logged) and its results files. */
export function AgencyDetail({ agency, onChanged }: { agency: Agency; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const cases = useApi(() => fetchAgencyCases(agency.id), `cases-${agency.id}`);
  const exports = useApi(() => fetchExports(agency.id), `exports-${agency.id}`);
  const [caseIds, setCaseIds] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [version, setVersion] = useState(0);
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '');

  const act = async (work: () => Promise<string>) => {
    setNote(null);
    try {
      setNote({ ok: true, text: await work() });
      cases.reload();
      exports.reload();
      setVersion((v) => v + 1);
      onChanged();
    } catch (error) {
      setNote({ ok: false, text: errorText(t, error) });
    }
  };
  const assign = () =>
    act(async () => {
      const ids = caseIds.split(/[\s,，]+/).filter((x) => x !== '');
      const done = await assignCases(agency.id, ids, reason);
      setCaseIds('');
      return t('outsourcing.assigned', { count: done.assigned.length });
    });
  const handOver = (h: HandoverReady) =>
    act(async () => {
      await assignCases(agency.id, [h.caseId], h.reason);
      return t('handover.given', { caseNumber: h.caseNumber });
    });
  const recall = (c: AgencyCase) =>
    act(async () => {
      const why = window.prompt(t('outsourcing.recallReason'));
      if (why === null) return t('outsourcing.recallCancelled');
      await recallCase(c.caseId, why);
      return t('outsourcing.recalled', { caseNumber: c.caseNumber });
    });
  const exportAs = (format: 'csv' | 'xlsx') => act(async () => (await downloadExport(agency, format), t('outsourcing.exported')));

  const caseColumns: ColumnDef<AgencyCase, unknown>[] = [
    { accessorKey: 'caseNumber', header: t('outsourcing.cases.caseNumber') },
    { accessorKey: 'branchCode', header: t('outsourcing.cases.branch') },
    { accessorKey: 'debtorName', header: t('outsourcing.cases.debtor') },
    { id: 'assigned', header: t('outsourcing.cases.assigned'), cell: (c) => `${when(c.row.original.assignedAt)} · ${c.row.original.assignedBy} · ${c.row.original.reason}` },
    {
      id: 'recalled',
      header: t('outsourcing.cases.recalled'),
      cell: (c) =>
        c.row.original.recalledAt ? (
          `${when(c.row.original.recalledAt)} · ${c.row.original.recalledBy ?? ''} · ${c.row.original.recallReason ?? ''}`
        ) : me.canChange ? (
          <button type="button" className="secondary" data-testid={`agency-recall-${c.row.original.caseNumber}`} onClick={() => void recall(c.row.original)}>
            {t('outsourcing.recall')}
          </button>
        ) : (
          t('outsourcing.cases.withAgency')
        ),
    },
  ];
  const exportColumns: ColumnDef<ExportLog, unknown>[] = [
    { id: 'at', header: t('outsourcing.exports.at'), cell: (c) => when(c.row.original.exportedAt) },
    { accessorKey: 'exportedBy', header: t('outsourcing.exports.by') },
    { accessorKey: 'format', header: t('outsourcing.exports.format') },
    { id: 'cases', header: t('outsourcing.exports.cases'), cell: (c) => c.row.original.caseIds.length },
    { id: 'fields', header: t('outsourcing.exports.fields'), cell: (c) => c.row.original.fields.map((f) => t(`outsourcing.fields.${f}`) + (c.row.original.masked.includes(f) ? t('outsourcing.maskedMark') : '')).join('、') },
    { id: 'sha', header: 'SHA-256', cell: (c) => <code>{c.row.original.sha256.slice(0, 16)}…</code> },
  ];

  return (
    <section className="card" data-testid="agency-detail" aria-labelledby="agency-detail-title">
      <h2 id="agency-detail-title">{agency.name}</h2>
      <p className="note">{t('outsourcing.verifyLine', { verify: agency.verifyContact, until: agency.contractEnd })}</p>
      {note ? (
        <p role={note.ok ? 'status' : 'alert'} className={note.ok ? 'ok-note' : 'error-note'}>
          {note.text}
        </p>
      ) : null}
      {me.canChange ? (
        <div className="toolbar">
          <label>
            {t('outsourcing.caseIds')}
            <textarea data-testid="agency-case-ids" rows={2} value={caseIds} onChange={(e) => setCaseIds(e.target.value)} />
          </label>
          <label>
            {t('outsourcing.reason')}
            <input data-testid="agency-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          </label>
          <button type="button" data-testid="agency-assign" disabled={caseIds.trim() === '' || reason.trim().length < 2} onClick={() => void assign()}>
            {t('outsourcing.assign')}
          </button>
          <button type="button" className="secondary" data-testid="agency-export-csv" onClick={() => void exportAs('csv')}>
            {t('outsourcing.exportCsv')}
          </button>
          <button type="button" className="secondary" data-testid="agency-export-xlsx" onClick={() => void exportAs('xlsx')}>
            {t('outsourcing.exportXlsx')}
          </button>
        </div>
      ) : null}
      <HandoverCard agency={agency} version={version} give={(h) => void handOver(h)} />
      <h3>{t('outsourcing.cases.title')}</h3>
      <ErrorNote error={cases.error} onRetry={cases.reload} />
      {cases.data ? <DataTable rows={cases.data} columns={caseColumns} label={t('outsourcing.cases.title')} testId="agency-cases" rowTestId={(c) => `agency-case-${c.caseNumber}`} /> : null}
      <h3>{t('outsourcing.exports.title')}</h3>
      <ErrorNote error={exports.error} onRetry={exports.reload} />
      {exports.data ? <DataTable rows={exports.data} columns={exportColumns} label={t('outsourcing.exports.title')} testId="agency-exports" /> : null}
      <ResultsCard
        agency={agency}
        onUploaded={() => {
          cases.reload();
          setVersion((v) => v + 1);
        }}
      />
      <RecoveryCard key={version} agency={agency} />
    </section>
  );
}
