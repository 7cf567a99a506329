import type { WorkingCalendar } from '../../../shared/calendar';
import type { KpiInput } from '../../../shared/kpi';
import type { MonthlyReport, ReportTarget } from '../../../shared/kpi/report';
import type { ReportLanguage } from '../../../shared/kpi/reportLabels';

/** Messages between the UI and the monthly report's worker (issue 15 §6). Everything is plain data. */
export interface KpiReportRequest {
  kind: 'monthly';
  jobId: number;
  input: KpiInput;
  month: string;
  asOf: string;
  timeZone: string;
  graceDays: number;
  calendar: WorkingCalendar;
  targets: ReportTarget[];
  names: Record<string, string>;
  language: ReportLanguage;
  /** When the report was asked for (printed in the footer), an ISO instant. */
  generatedAt: string;
}

export const REPORT_STAGES = ['compute', 'charts', 'xlsx', 'fonts', 'pdf'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export type KpiReportResponse =
  | { kind: 'progress'; jobId: number; stage: ReportStage; done: number; total: number }
  | { kind: 'report'; jobId: number; report: MonthlyReport; xlsx: ArrayBuffer; pdf: ArrayBuffer }
  | { kind: 'failed'; jobId: number; message: string };
