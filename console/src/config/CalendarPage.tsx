import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from '@tanstack/react-table';
import { HolidayNoticeSchema as HolidayNoticeFile } from '../../../shared/calendar';
import { CalendarYearSchema, readDayLines, readDaysCsv, type PublishedConfig } from '../../../shared/publishedConfig';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { publish, readCurrent } from './api';
import { issueList, PublishOutcome } from './PublishBar';

type Year = Extract<PublishedConfig, { kind: 'calendar' }>;

const EMPTY = { year: String(new Date().getFullYear() + 1), title: '', issuedOn: '', documentNumber: '', checkedAgainst: '', holidays: '', workdays: '' };

/** 节假日日历: the years published, and a year to publish, typed or imported from a small JSON or CSV file. */
export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useApi(() => readCurrent('calendar'), 'calendar');
  const [form, setForm] = useState(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState<PublishedConfig | null>(null);
  const years = (current.data?.current ?? []).filter((c): c is Year => c.kind === 'calendar').sort((a, b) => a.payload.year - b.payload.year);
  const columns = useMemo<ColumnDef<Year, unknown>[]>(
    () => [
      { header: t('config.calendar.year'), accessorFn: (c) => c.payload.year },
      { header: t('config.col.version'), accessorKey: 'version' },
      { header: t('config.calendar.docTitle'), accessorFn: (c) => c.payload.title },
      { header: t('config.calendar.counts'), accessorFn: (c) => `${c.payload.holidays.length} / ${c.payload.workdays.length}` },
      { header: t('config.col.by'), accessorKey: 'publishedBy' },
      { header: t('config.col.at'), accessorFn: (c) => c.publishedAt.slice(0, 16).replace('T', ' ') },
    ],
    [t],
  );
  const readOnly = !me.canChange;
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    setProblems([]);
    if (/\.json$/i.test(file.name) || text.trim().startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (err) {
        return setProblems([t('config.calendar.badFile', { message: err instanceof Error ? err.message : String(err) })]);
      }
      const n = HolidayNoticeFile.safeParse(parsed);
      if (!n.success) return setProblems(issueList(n.error.issues, (p) => p));
      const d = n.data;
      setForm({ year: String(d.year), title: d.title, issuedOn: d.issuedOn, documentNumber: d.documentNumber ?? '', checkedAgainst: d.checkedAgainst, holidays: d.holidays.join('\n'), workdays: d.workdays.join('\n') });
      return setNote(t('config.calendar.loaded', { holidays: d.holidays.length, workdays: d.workdays.length }));
    }
    const csv = readDaysCsv(text);
    if (!csv.ok) return setProblems([t('config.calendar.badLine', { line: csv.line, text: csv.text })]);
    setForm({ ...form, holidays: csv.holidays.join('\n'), workdays: csv.workdays.join('\n') });
    setNote(t('config.calendar.loaded', { holidays: csv.holidays.length, workdays: csv.workdays.length }));
  };

  const doPublish = async () => {
    setPublished(null);
    setError(null);
    const holidays = readDayLines(form.holidays);
    const workdays = readDayLines(form.workdays);
    const bad = [holidays, workdays].flatMap((r, i) => (r.ok ? [] : [`${t(i === 0 ? 'config.calendar.holidays' : 'config.calendar.workdays')}：${t('config.calendar.badLine', { line: r.line, text: r.text })}`]));
    if (bad.length > 0 || !holidays.ok || !workdays.ok) return setProblems(bad);
    const payload = {
      year: Number(form.year),
      title: form.title.trim(),
      issuedOn: form.issuedOn.trim(),
      ...(form.documentNumber.trim() ? { documentNumber: form.documentNumber.trim() } : {}),
      checkedAgainst: form.checkedAgainst.trim(),
      holidays: holidays.days,
      workdays: workdays.days,
    };
    const checked = CalendarYearSchema.safeParse(payload);
    const labels: Record<string, string> = { year: 'year', title: 'docTitle', issuedOn: 'issuedOn', checkedAgainst: 'checkedAgainst', holidays: 'holidays', workdays: 'workdays', documentNumber: 'documentNumber' };
    if (!checked.success) return setProblems(issueList(checked.error.issues, (p) => t(`config.calendar.${labels[p.split('.')[0]!] ?? 'year'}`)));
    setProblems([]);
    setBusy(true);
    try {
      setPublished(await publish('calendar', 'bank', checked.data));
      current.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{t('config.calendar.title')}</h1>
      <p className="note">{t('config.calendar.intro')}</p>
      <h2>{t('config.calendar.years')}</h2>
      <ErrorNote error={current.error} onRetry={current.reload} />
      <DataTable rows={years} columns={columns} label={t('config.calendar.years')} testId="calendar-years" />
      {readOnly ? (
        <p className="note">{t('config.readOnly')}</p>
      ) : (
        <>
          <div className="card form-columns">
            <label>
              {t('config.calendar.year')}
              <input value={form.year} onChange={set('year')} inputMode="numeric" data-testid="calendar-year" />
            </label>
            <label>
              {t('config.calendar.docTitle')}
              <input value={form.title} onChange={set('title')} data-testid="calendar-title" />
            </label>
            <label>
              {t('config.calendar.issuedOn')}
              <input type="date" value={form.issuedOn} onChange={set('issuedOn')} data-testid="calendar-issued-on" />
            </label>
            <label>
              {t('config.calendar.documentNumber')}
              <input value={form.documentNumber} onChange={set('documentNumber')} />
            </label>
            <label>
              {t('config.calendar.checkedAgainst')}
              <input value={form.checkedAgainst} onChange={set('checkedAgainst')} data-testid="calendar-checked-against" />
            </label>
            <label>
              {t('config.calendar.upload')}
              <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void importFile(e.target.files?.[0])} data-testid="calendar-file" />
            </label>
            <label>
              {t('config.calendar.holidays')}
              <textarea rows={10} value={form.holidays} onChange={set('holidays')} data-testid="calendar-holidays" />
            </label>
            <label>
              {t('config.calendar.workdays')}
              <textarea rows={10} value={form.workdays} onChange={set('workdays')} data-testid="calendar-workdays" />
            </label>
          </div>
          {note && <p className="note">{note}</p>}
          <div className="toolbar">
            <button type="button" disabled={busy} onClick={() => void doPublish()} data-testid="calendar-publish">
              {busy ? t('config.publishing') : t('config.publish')}
            </button>
          </div>
        </>
      )}
      <PublishOutcome published={published} error={error} problems={problems} />
    </section>
  );
}
