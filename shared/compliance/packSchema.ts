import { z } from 'zod';
import { isTimeOfDay, isValidTimeZone, minutesOf } from '../calendar';
import { LocalDateSchema } from '../domain/case';
import { RoleSchema } from '../domain/staff';
import { SENSES } from './wording/senses';
import {
  BindingSchema,
  ChannelSchema,
  ContactRequirementSchema,
  HoldKindSchema,
  RuleActionSchema,
  ThirdPartyClassSchema,
  WordingCategorySchema,
} from './vocabulary';

/**
 * A rule pack is data: head office publishes it, the app validates it with this schema before using it, and
 * the engine reads it. Every rule has an id, an action and the sources it comes from, so whoever is blocked
 * (and the auditor after them) can see which rule and why. No default values: what a pack says is what it means.
 */

/** 'HH:MM' local wall-clock time; '24:00' is allowed as the end of a day. */
export const LocalTimeSchema = z.string().refine(isTimeOfDay, 'time must be HH:MM');
export const TimeZoneSchema = z.string().min(1).refine(isValidTimeZone, 'unknown IANA time zone');

export const SourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Article, section or paragraph; '' when the source is cited as a whole. */
  article: z.string(),
  binding: BindingSchema,
  /** Known only from news summaries or reposted texts, not the official publication. */
  secondary: z.boolean(),
});
export type Source = z.infer<typeof SourceSchema>;

const RuleIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9_-]+)+$/, 'rule id like cn.cap.unansweredPerNumber');

const ruleBase = {
  id: RuleIdSchema,
  sourceIds: z.array(z.string().min(1)).min(1),
  action: RuleActionSchema,
};

export const ContactWindowRuleSchema = z
  .object({
    ...ruleBase,
    channels: z.array(ChannelSchema).min(1),
    start: LocalTimeSchema,
    /** Exclusive: with end 22:00, 21:59 is allowed and 22:00 is not. */
    end: LocalTimeSchema,
    /** Whether hours the debtor agreed to (request.consentHours) are allowed too. */
    consentOpensOtherHours: z.boolean(),
  })
  // A malformed time is reported by LocalTimeSchema; the order is judged only between real times.
  .refine((r) => !isTimeOfDay(r.start) || !isTimeOfDay(r.end) || minutesOf(r.start) < minutesOf(r.end), { message: 'a contact window starts before it ends', path: ['end'] });
export type ContactWindowRule = z.infer<typeof ContactWindowRuleSchema>;

export const CAP_SCOPES = ['per_number', 'per_debtor', 'per_debt'] as const;
export const CapScopeSchema = z.enum(CAP_SCOPES);
export type CapScope = z.infer<typeof CapScopeSchema>;

export const CAP_COUNTS = ['unanswered', 'connected', 'all_attempts'] as const;
export const CapCountsSchema = z.enum(CAP_COUNTS);
export type CapCounts = z.infer<typeof CapCountsSchema>;

export const CapWindowSchema = z.discriminatedUnion('kind', [
  /** The calendar day of `now` in the debtor's zone: the count restarts at the debtor's midnight. */
  z.object({ kind: z.literal('calendar_day') }),
  /** Today and the `days - 1` calendar days before it, in the debtor's zone. */
  z.object({ kind: z.literal('rolling_days'), days: z.number().int().min(1).max(366) }),
]);
export type CapWindow = z.infer<typeof CapWindowSchema>;

export const FrequencyCapRuleSchema = z.object({
  kind: z.literal('cap'),
  ...ruleBase,
  /** The channels counted, and the channels the cap applies to. */
  channels: z.array(ChannelSchema).min(1),
  scope: CapScopeSchema,
  window: CapWindowSchema,
  counts: CapCountsSchema,
  /** The most attempts allowed in the window, the one being checked included. */
  limit: z.number().int().min(0),
});
export type FrequencyCapRule = z.infer<typeof FrequencyCapRuleSchema>;

export const CoolDownRuleSchema = z.object({
  kind: z.literal('cool_down'),
  ...ruleBase,
  channels: z.array(ChannelSchema).min(1),
  scope: CapScopeSchema,
  /** The conversation's local date is day 1; contact is refused through day `days` (Reg F 1006.14(b)(2)(i)(B)). */
  days: z.number().int().min(1).max(366),
});
export type CoolDownRule = z.infer<typeof CoolDownRuleSchema>;

export const FrequencyRuleSchema = z.discriminatedUnion('kind', [FrequencyCapRuleSchema, CoolDownRuleSchema]);
export type FrequencyRule = z.infer<typeof FrequencyRuleSchema>;

export const ThirdPartyRuleSchema = z
  .object({
    ...ruleBase,
    partyClass: ThirdPartyClassSchema,
    allowed: z.enum(['always', 'never', 'when_debtor_unreachable']),
    /** When the debtor counts as unreachable; required with `when_debtor_unreachable`, null otherwise. */
    unreachable: z
      .object({
        numberInvalid: z.boolean(),
        failedAttemptsInARow: z.number().int().min(1),
      })
      .nullable(),
    mayMentionDebt: z.boolean(),
    stopOnRequest: z.boolean(),
  })
  .refine((r) => (r.allowed === 'when_debtor_unreachable') === (r.unreachable !== null), {
    message: 'unreachable goes with allowed: when_debtor_unreachable, and only with it',
    path: ['unreachable'],
  });
export type ThirdPartyRule = z.infer<typeof ThirdPartyRuleSchema>;

export const HoldRuleSchema = z.object({
  ...ruleBase,
  kind: HoldKindSchema,
  /** Whether the legal channel (court, enforcement) stays open while the hold lasts. */
  appliesTo: z.enum(['all_channels', 'all_except_legal']),
  lasts: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('until_lifted') }),
    /** e.g. a UK breathing space: 60 days from `since`, unless lifted earlier. */
    z.object({ kind: z.literal('days'), days: z.number().int().min(1) }),
  ]),
});
export type HoldRule = z.infer<typeof HoldRuleSchema>;

/**
 * How long a dispute or complaint may take to be handled (from the day it was received to the day the answer is
 * due), in calendar or working days as the source says. A pack states one only where a source does.
 */
export const HandlingRuleSchema = z.object({
  ...ruleBase,
  kind: z.enum(['dispute', 'complaint']),
  within: z.object({ days: z.number().int().min(1).max(366), dayKind: z.enum(['working', 'calendar']) }),
});
export type HandlingRule = z.infer<typeof HandlingRuleSchema>;

export const VisitRuleSchema = z.object({ ...ruleBase, minStaff: z.number().int().min(1) });
export type VisitRule = z.infer<typeof VisitRuleSchema>;

export const RequirementRuleSchema = z.object({
  ...ruleBase,
  channels: z.array(ChannelSchema).min(1),
  requirement: ContactRequirementSchema,
});
export type RequirementRule = z.infer<typeof RequirementRuleSchema>;

const flagsCompile = (p: { source: string; flags: string }): boolean => {
  try {
    new RegExp(p.source, p.flags);
    return true;
  } catch {
    return false;
  }
};

/** A regular expression as data; the engine adds the g flag itself, so g and y are not accepted here. */
export const WordingPatternSchema = z
  .object({ source: z.string().min(1), flags: z.string().regex(/^(?!.*(.).*\1)[imsu]*$/, 'flags: i, m, s, u, each once') })
  .refine(flagsCompile, { message: 'pattern does not compile', path: ['source'] });
export type WordingPattern = z.infer<typeof WordingPatternSchema>;

export const WordingRuleSchema = z
  .object({
    ...ruleBase,
    category: WordingCategorySchema,
    /** `statute_barred`: only for text about a debt that is (or may be) statute-barred. */
    appliesWhen: z.enum(['always', 'statute_barred']),
    /** Exact phrases as regular expressions, judged on the normalised text (shared/compliance/wording/normalise.ts). */
    patterns: z.array(WordingPatternSchema),
    /**
     * Meanings the rule forbids, by sense id (shared/compliance/wording/senses): term groups within a clause,
     * negation handled. Optional, so packs written before senses existed still load.
     */
    senses: z.array(z.string().refine((id) => Object.hasOwn(SENSES, id), 'unknown wording sense')).optional(),
  })
  .refine((r) => r.patterns.length > 0 || (r.senses?.length ?? 0) > 0, { message: 'a wording rule needs a pattern or a sense', path: ['patterns'] });
export type WordingRule = z.infer<typeof WordingRuleSchema>;

export const MASK_KINDS = ['phone_first3_last4', 'id_first6_last4', 'card_first6_last4', 'name_surname_only', 'none'] as const;
export const MaskKindSchema = z.enum(MASK_KINDS);
export type MaskKind = z.infer<typeof MaskKindSchema>;

export const PERSONAL_DATA_FIELDS = ['phone', 'idNumber', 'card', 'name'] as const;
export const PersonalDataFieldSchema = z.enum(PERSONAL_DATA_FIELDS);
export type PersonalDataField = z.infer<typeof PersonalDataFieldSchema>;

/** `action` is what happens when someone outside `unmaskRoles` asks to see the value unmasked. */
export const PersonalDataRuleSchema = z.object({
  ...ruleBase,
  field: PersonalDataFieldSchema,
  sensitivity: z.enum(['personal', 'sensitive']),
  displayMask: MaskKindSchema,
  exportMask: MaskKindSchema,
  unmaskRoles: z.array(RoleSchema),
  /** Unmasking is written to the audit log. */
  logUnmask: z.boolean(),
});
export type PersonalDataRule = z.infer<typeof PersonalDataRuleSchema>;

export const RetentionRuleSchema = z.object({
  ...ruleBase,
  recordClass: z.enum(['call_record', 'contact_attempt', 'letter', 'receipt', 'audit_log']),
  minYears: z.number().int().min(1),
  from: z.enum(['record_created', 'last_collection_activity']),
});
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;

/**
 * Placeholder for the letters work: per letter type, the statements it must carry and the shortest deadline.
 * The statement keys and letter types are free strings until that work fixes them.
 */
export const LetterRuleSchema = z.object({
  ...ruleBase,
  letterType: z.string().min(1),
  requiredStatements: z.array(z.string().min(1)),
  minDeadline: z.object({ days: z.number().int().min(1), dayKind: z.enum(['working', 'calendar']) }).nullable(),
  acknowledgementRequired: z.boolean().nullable(),
});
export type LetterRule = z.infer<typeof LetterRuleSchema>;

export const PackMetaSchema = z.object({
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'pack id like cn-2026'),
  /** ISO 3166-1 alpha-2. */
  jurisdiction: z.string().regex(/^[A-Z]{2}$/),
  version: z.string().min(1),
  effectiveFrom: LocalDateSchema,
  effectiveTo: LocalDateSchema.nullable(),
  /** Used when a case carries no time zone of its own. */
  defaultTimeZone: TimeZoneSchema,
  sources: z.array(SourceSchema).min(1),
});
export type PackMeta = z.infer<typeof PackMetaSchema>;

const PackShapeSchema = z.object({
  meta: PackMetaSchema,
  contactWindows: z.array(ContactWindowRuleSchema),
  frequency: z.array(FrequencyRuleSchema),
  thirdParties: z.array(ThirdPartyRuleSchema),
  holds: z.array(HoldRuleSchema),
  visit: VisitRuleSchema.nullable(),
  requirements: z.array(RequirementRuleSchema),
  wording: z.array(WordingRuleSchema),
  personalData: z.array(PersonalDataRuleSchema),
  retention: z.array(RetentionRuleSchema),
  letters: z.array(LetterRuleSchema),
  // Optional: packs written before handling deadlines existed (and packs head office sent then) have none.
  handling: z.array(HandlingRuleSchema).optional(),
});

type PackShape = z.infer<typeof PackShapeSchema>;
export type AnyRule = { id: string; sourceIds: string[]; action: z.infer<typeof RuleActionSchema> };

/** Every rule of a pack, whatever its section. */
export function allRules(pack: PackShape): AnyRule[] {
  return [
    ...pack.contactWindows,
    ...pack.frequency,
    ...pack.thirdParties,
    ...pack.holds,
    ...(pack.visit ? [pack.visit] : []),
    ...pack.requirements,
    ...pack.wording,
    ...pack.personalData,
    ...pack.retention,
    ...pack.letters,
    ...(pack.handling ?? []),
  ];
}

/** Cross-references a per-field schema cannot see: unique ids, sources that exist, one rule per class or kind. */
export const PackSchema = PackShapeSchema.superRefine((pack, ctx) => {
  const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
  const sourceIds = new Set<string>();
  pack.meta.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) issue(`duplicate source id ${s.id}`, ['meta', 'sources', i, 'id']);
    sourceIds.add(s.id);
  });
  const ruleIds = new Set<string>();
  for (const rule of allRules(pack)) {
    if (ruleIds.has(rule.id)) issue(`duplicate rule id ${rule.id}`, []);
    ruleIds.add(rule.id);
    for (const id of rule.sourceIds) if (!sourceIds.has(id)) issue(`rule ${rule.id} cites unknown source ${id}`, []);
  }
  const once = <T>(items: T[], key: (t: T) => string, what: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(key(item))) issue(`more than one rule for ${what} ${key(item)}`, []);
      seen.add(key(item));
    }
  };
  once(pack.thirdParties, (r) => r.partyClass, 'third-party class');
  once(pack.holds, (r) => r.kind, 'hold kind');
  once(pack.handling ?? [], (r) => r.kind, 'handling of');
  once(pack.personalData, (r) => r.field, 'personal-data field');
  if (!pack.holds.some((h) => h.kind === 'other')) issue('a pack needs a hold rule for kind other (the fallback)', ['holds']);
});
export type Pack = z.infer<typeof PackSchema>;

/** Validates a pack received as data (from head office); throws a ZodError listing every problem. */
export function parsePack(data: unknown): Pack {
  return PackSchema.parse(data);
}
