import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../../shared/domain/money';
import { formatPercent, type KpiInput } from '../../../../shared/kpi';
import type { MonthlyReport, ReportTarget } from '../../../../shared/kpi/report';
import { reportMonths, reportPeriod } from '../../../../shared/kpi/reportMonth';
import type { ReportLanguage } from '../../../../shared/kpi/reportLabels';
import { useAccessLog } from '../../access/screens/useAccessLog';
import { usePermission } from '../../access/screens/usePermission';
import { currentCalendar } from '../../config/configInForce';
import { graceDays } from '../../fieldwork/graceDays';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { outputOrProblem } from '../../ui/fileOutput';
import { generateMonthlyReport, type ReportProgress } from './reportClient';

interface Generated {
  report: MonthlyReport;
  xlsx: Uint8Array;
  pdf: Uint8Array;
  name: string;
}

/**
 * 业绩月报 (issue 15 §6): a month's report for the head of department (this month by default, or any of the last
 * twelve: a past month's figures as of its last day, shared/kpi/reportMonth.ts), built in a worker from the same
 * records as the team board with that month's target, saved as XLSX and PDF through the app's save path. Saving
 * is an export: it is logged first.
 */
export function ReportPanel({ input, today, timeZone, targetOf, names }: {
  input: KpiInput;
  /** Today in the branch's zone: the current month and its "as of". */
  today: string;
  timeZone: string;
  /** The branch's target in force for a month (the device's targets table). */
  targetOf: (month: string) => Promise<ReportTarget | null>;
  names: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const platform = useAppStore((s) => s.platform);
  const permission = usePermission('export');
  const log = useAccessLog();
  const [language, setLanguage] = useState<ReportLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Generated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const months = reportMonths(today);
  const [month, setMonth] = useState(months[0]!);

  const generate = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const period = reportPeriod(month, today, timeZone);
      const target = await targetOf(month);
      const r = await generateMonthlyReport(
        { input, month, asOf: period.asOf, timeZone, graceDays: graceDays(), calendar: currentCalendar(), targets: target ? [target] : [], names, language, generatedAt: clock.now().toISOString() },
        setProgress,
      );
      const branches = r.report.branches.map((b) => b.branchCode).join('-');
      setDone({ report: r.report, xlsx: new Uint8Array(r.xlsx), pdf: new Uint8Array(r.pdf), name: `${t('kpiReport.fileName')}_${branches}_${month}` });
    } catch (e) {
      setError(t('kpiReport.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const save = async (what: 'xlsx' | 'pdf') => {
    if (!done) return;
    const file = `${done.name}.${what}`;
    const logged = await log({ kind: 'export', detail: `monthly report ${what.toUpperCase()} ${file}` });
    if (!logged.ok) return setError(t('exportAudit.failed', { message: logged.message }));
    const problem = await outputOrProblem(() => (what === 'xlsx' ? platform?.saveXlsx(file, done.xlsx) : platform?.savePdf(file, done.pdf)));
    setError(problem ? t('kpiReport.saveFailed', { message: problem }) : null);
  };

  if (!permission.ok) return null;
  const first = done?.report.branches[0];
  return (
    <section className="card kpi-report" data-testid="kpi-report">
      <h3>{t('kpiReport.title')} · {month}</h3>
      <p className="muted small">{t('kpiReport.how')}</p>
      <div className="row gap">
        <label>
          {t('kpiReport.month')}{' '}
          <select data-testid="kpi-report-month" value={month} disabled={busy} onChange={(e) => (setMonth(e.target.value), setDone(null), setError(null))}>
            {months.map((m, i) => (
              <option key={m} value={m}>{i === 0 ? t('kpiReport.thisMonth', { month: m }) : m}</option>
            ))}
          </select>
        </label>
        <label>
          {t('kpiReport.language')}{' '}
          <select data-testid="kpi-report-language" value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'zh-CN')}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <button data-testid="kpi-report-generate" disabled={busy} onClick={() => void generate()}>
          {busy ? t('kpiReport.generating') : t('kpiReport.generate')}
        </button>
      </div>
      {progress && (
        <p className="muted small" role="status" data-testid="kpi-report-progress">
          {t(`kpiReport.stage.${progress.stage}`)} <progress max={Math.max(progress.total, 1)} value={progress.done} />
        </p>
      )}
      {done && first && (
        <>
          <p className="ok-note" role="status" data-testid="kpi-report-ready">
            {t('kpiReport.ready', { branches: done.report.branches.length, recovered: formatFen(first.total.recoveredFen), rate: formatPercent(first.total.recoveryRate) })}{' '}
            {t('kpiReport.asOf', { month: done.report.month, date: done.report.asOf })}
          </p>
          <div className="row gap">
            <button data-testid="kpi-report-save-xlsx" onClick={() => void save('xlsx')}>{t('kpiReport.saveXlsx')}</button>
            <button data-testid="kpi-report-save-pdf" onClick={() => void save('pdf')}>{t('kpiReport.savePdf')}</button>
          </div>
        </>
      )}
      {error && <p className="gate gate-block" role="alert">{error}</p>}
    </section>
  );
}
