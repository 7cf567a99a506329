import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/outsourcing/agency';
import type { HandoverReady } from '../../../shared/outsourcing/api';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchHandovers } from './api';

/**
 * The branch's approved proposals for this agency not yet handed over (made in the app), each with its notice
 * letter: an admin hands a case over (the proposal's reason goes with it) once the letter is registered.
 */
export function HandoverCard({ agency, version, give }: { agency: Agency; version: number; give: (h: HandoverReady) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const ready = useApi(() => fetchHandovers(agency.id), `handover-${agency.id}-${version}`);
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const columns: ColumnDef<HandoverReady, unknown>[] = [
    { accessorKey: 'caseNumber', header: t('handover.caseNumber') },
    { accessorKey: 'reason', header: t('handover.reason') },
    { id: 'proposed', header: t('handover.proposed'), cell: (c) => `${c.row.original.proposedBy} · ${when(c.row.original.proposedAt)}` },
    { id: 'approved', header: t('handover.approved'), cell: (c) => `${c.row.original.approvedBy} · ${when(c.row.original.approvedAt)}` },
    { id: 'letter', header: t('handover.letter'), cell: (c) => (c.row.original.noticeLetter ? `${c.row.original.noticeLetter.number} · ${when(c.row.original.noticeLetter.issuedAt)}` : t('handover.noLetter')) },
    {
      id: 'give',
      header: '',
      cell: (c) =>
        me.canChange ? (
          <button type="button" disabled={c.row.original.noticeLetter === null} data-testid={`handover-give-${c.row.original.caseNumber}`} onClick={() => give(c.row.original)}>
            {t('handover.give')}
          </button>
        ) : null,
    },
  ];
  return (
    <>
      <h3>{t('handover.title')}</h3>
      <p className="note">{t('handover.note')}</p>
      <ErrorNote error={ready.error} onRetry={ready.reload} />
      {ready.data && ready.data.length === 0 ? <p className="muted">{t('handover.none')}</p> : null}
      {ready.data && ready.data.length > 0 ? (
        <DataTable rows={ready.data} columns={columns} label={t('handover.title')} testId="agency-handovers" rowTestId={(h) => `handover-${h.caseNumber}`} />
      ) : null}
    </>
  );
}
