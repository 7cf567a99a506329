import { z } from 'zod';
import { BUCKETS } from '../domain/buckets';
import { LETTER_TYPES } from '../letters/types';
import { SEGMENT_IDS } from '../segments/ids';

/**
 * The contact strategy (docs/domain.md, "Next best action"): published by head office as data (config kind
 * `contactStrategy`, versioned). For a segment and a bucket, the first rule that matches lists the steps in the
 * order they are tried, each with its cadence (at most once every `everyDays` days). Timing hints say when a
 * contact is best made; each cites its source, shown with the suggestion.
 */

export const STEPS = ['call', 'sms', 'letter', 'visit', 'plan_offer', 'legal_review'] as const;
export const StepSchema = z.enum(STEPS);
export type Step = z.infer<typeof StepSchema>;

const Text = z.string().trim().min(1).max(300);
const Bilingual = z.strictObject({ 'zh-CN': Text, en: Text });
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM');

export const StrategyStepSchema = z
  .strictObject({
    step: StepSchema,
    everyDays: z.number().int().min(1).max(365),
    /** The letter a `letter` step sends (and only a letter step names one). */
    letterType: z.enum(LETTER_TYPES).optional(),
  })
  .refine((s) => (s.step === 'letter') === (s.letterType !== undefined), { path: ['letterType'], message: 'a letter step names its letter type, and only a letter step' });
export type StrategyStep = z.output<typeof StrategyStepSchema>;

export const StrategyRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a rule id is 1-40 of a-z 0-9 -'),
  segments: z.array(z.enum(SEGMENT_IDS)).min(1),
  /** Empty: every bucket. */
  buckets: z.array(z.enum(BUCKETS)),
  steps: z.array(StrategyStepSchema).min(1).max(10),
  note: Bilingual,
});
export type StrategyRule = z.output<typeof StrategyRuleSchema>;

export const TimingHintSchema = z.discriminatedUnion('kind', [
  /** The first minutes of the working day: people answer before the day fills up. */
  z.strictObject({ id: z.string().min(1).max(40), kind: z.literal('workday_start'), minutes: z.number().int().min(5).max(120), source: Bilingual }),
  /** A time of day never to call in (lunch). */
  z.strictObject({ id: z.string().min(1).max(40), kind: z.literal('avoid'), from: TimeOfDay, to: TimeOfDay, source: Bilingual }),
  /** Weekdays best first (0 = Sunday … 6 = Saturday): Friday before Tuesday and Thursday. */
  z.strictObject({ id: z.string().min(1).max(40), kind: z.literal('weekday'), order: z.array(z.number().int().min(0).max(6)).min(1).max(7), source: Bilingual }),
  /** So many days before the customer's payday, when they know what they will have. */
  z.strictObject({ id: z.string().min(1).max(40), kind: z.literal('before_payday'), days: z.number().int().min(0).max(15), source: Bilingual }),
]);
export type TimingHint = z.output<typeof TimingHintSchema>;

export const ContactStrategySchema = z
  .strictObject({
    title: Text,
    rules: z.array(StrategyRuleSchema).min(1).max(100),
    timing: z.strictObject({
      /** The debtor's working day, in their zone: the slots a suggestion is chosen from. */
      workdayStart: TimeOfDay,
      workdayEnd: TimeOfDay,
      /** How many days ahead a suggestion may be. */
      horizonDays: z.number().int().min(1).max(31),
      hints: z.array(TimingHintSchema).max(20),
    }),
  })
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.rules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id ${r.id} is used twice` });
      ids.add(r.id);
    });
    if (s.timing.workdayStart >= s.timing.workdayEnd) ctx.addIssue({ code: 'custom', path: ['timing', 'workdayEnd'], message: 'the working day ends after it starts' });
  });
export type ContactStrategy = z.output<typeof ContactStrategySchema>;
