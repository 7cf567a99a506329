import { z } from 'zod';
import { BUCKETS } from '../domain/buckets';
import { PRODUCTS } from '../domain/case';
import type { KpiFigures } from './figures';
import type { RollMatrix } from './rolls';

/**
 * Head office's performance page (业绩, issue 15 §5; docs/server.md "Performance"): the query and the answer,
 * used by the route and the console. Rates travel as exact fractions, formatted only on screen.
 */

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
export const TREND_UNITS = ['month', 'week'] as const;
/** How far back the trend reaches: 12 months or 13 weeks, the period's end included. */
export const TREND_POINTS = { month: 12, week: 13 } as const;
/** A period of at most a year: longer ones say nothing a trend does not say better. */
export const MAX_PERIOD_DAYS = 366;

export const PerformanceQuerySchema = z
  .strictObject({
    from: DateSchema,
    to: DateSchema,
    trend: z.enum(TREND_UNITS).default('month'),
    branch: z.string().min(1).max(40).optional(),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends on or after it starts' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= (MAX_PERIOD_DAYS - 1) * 86_400_000, { path: ['to'], message: `a period of at most ${MAX_PERIOD_DAYS} days` });
export type PerformanceQuery = z.output<typeof PerformanceQuerySchema>;

const FractionSchema = z.object({ num: z.number(), den: z.number() });
const CellSchema = z.object({ cases: z.number().int(), fen: z.number().int() });
const BucketEnum = z.enum(BUCKETS);
export const RollMatrixSchema = z.record(BucketEnum, z.record(BucketEnum, CellSchema));

export const FiguresSchema = z.object({
  cases: z.number().int(),
  openingOverdueFen: z.number().int(),
  closingOverdueFen: z.number().int(),
  recoveredFen: z.number().int(),
  recoveryRate: FractionSchema,
  cured: FractionSchema,
  promisesKept: FractionSchema,
  promisesKeptFen: FractionSchema,
  attempts: z.number().int(),
  contactRate: FractionSchema,
  rightPartyRate: FractionSchema,
  contactsPerCase: FractionSchema,
  complaints: z.number().int(),
  complaintsPer1000: FractionSchema,
  overrides: z.number().int(),
  lettersIssued: z.number().int(),
  lettersDelivered: z.number().int(),
  averageDpd: FractionSchema,
});
export type FiguresDto = z.output<typeof FiguresSchema>;

const TargetSchema = z.object({ month: z.string(), recoveredFen: z.number().int(), curedAccounts: z.number().int(), successRateBps: z.number().int() });

export const PerformanceAnswerSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), asOf: z.string(), timeZone: z.string() }),
  branches: z.array(z.object({ code: z.string(), name: z.string(), figures: FiguresSchema, rolls: RollMatrixSchema, target: TargetSchema.nullable() })),
  total: FiguresSchema,
  totalRolls: RollMatrixSchema,
  products: z.array(z.object({ product: z.enum(PRODUCTS), cases: z.number().int(), rolls: RollMatrixSchema })),
  trend: z.object({
    unit: z.enum(TREND_UNITS),
    /**
     * Per period: the money recovered (counted once) and the overdue balance at its start, for the bank and per
     * branch (`branches`, `openings`): the recovery rate is `recoveryRateOf(recovered, opening)` (shared/kpi).
     */
    points: z.array(z.object({
      from: z.string(), to: z.string(), recoveredFen: z.number().int(), branches: z.record(z.string(), z.number().int()),
      openingOverdueFen: z.number().int(), openings: z.record(z.string(), z.number().int()),
    })),
  }),
});
export type PerformanceAnswer = z.output<typeof PerformanceAnswerSchema>;

/** The figures without their roll matrix (sent beside them, per branch and per product). */
export function figuresDto(k: KpiFigures): FiguresDto {
  const { rolls: _rolls, ...rest } = k;
  return rest;
}

export type { RollMatrix };

/** GET /admin/kpi/report: the bank's monthly report (上报) as a file, for a month up to the current one. */
export const REPORT_FORMATS = ['xlsx', 'pdf'] as const;
export const ReportQuerySchema = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM'),
  format: z.enum(REPORT_FORMATS),
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
  branch: z.string().min(1).max(40).optional(),
});
export type ReportQuery = z.output<typeof ReportQuerySchema>;
