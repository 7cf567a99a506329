import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE } from '../../../shared/calendar';
import type { REPORT_FORMATS } from '../../../shared/kpi/consoleApi';
import { reportMonths, reportToday } from '../../../shared/kpi/reportMonth';
import { apiBlob } from '../api/client';
import { ErrorNote } from '../ui/ErrorNote';

type Format = (typeof REPORT_FORMATS)[number];

/**
 * 月报下载: the bank's monthly report (上报) for this month or one of the eleven before it, as head office makes
 * it (GET /admin/kpi/report, docs/kpi.md "At head office"), in the console's language. A supervisor's file
 * holds their branch only: the server decides.
 */
export function ReportDownload() {
  const { t, i18n } = useTranslation();
  const months = reportMonths(reportToday(new Date(), DEFAULT_TIME_ZONE));
  const [month, setMonth] = useState(months[0]!);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';

  const download = async (format: Format) => {
    setBusy(true);
    setError(null);
    try {
      const blob = await apiBlob(`/admin/kpi/report?month=${month}&format=${format}&lang=${lang}`);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${t('kpi.report.label')}-${month}.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="toolbar" data-testid="kpi-report">
      <strong>{t('kpi.report.label')}</strong>
      <label>
        {t('kpi.report.month')}{' '}
        <select value={month} onChange={(e) => setMonth(e.target.value)} data-testid="kpi-report-month">
          {months.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </label>
      <button type="button" disabled={busy} onClick={() => void download('xlsx')} data-testid="kpi-report-xlsx">{t('kpi.report.xlsx')}</button>
      <button type="button" disabled={busy} onClick={() => void download('pdf')} data-testid="kpi-report-pdf">{t('kpi.report.pdf')}</button>
      {busy && <span className="note" role="status">{t('kpi.report.busy')}</span>}
      {error ? <ErrorNote error={error} /> : null}
    </div>
  );
}
