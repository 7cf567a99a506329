import { z } from 'zod';
import { CHANNELS } from '../fieldwork/outcomes';

/**
 * The words the rule packs and the engine share. Kept apart from the pack schema so that the contact request
 * types and the packs can both import them without a cycle.
 */

/** How a collector reaches someone; `legal` is court service, a lawyer's letter, enforcement (诉讼 / 执行). */
// One list of channels, field work's: an activity's channel is what the rules judge.
export { CHANNELS };
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

/** Who is being contacted. The first four are parties to the loan (Party.role); the rest are third parties. */
export const CONTACT_ROLES = [
  'borrower',
  'co_borrower',
  'guarantor',
  'mortgagor',
  'spouse',
  'emergency_contact',
  'unrelated',
] as const;
export const ContactRoleSchema = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof ContactRoleSchema>;

/** Everyone but the borrower is judged by a pack's third-party rules. */
export const THIRD_PARTY_CLASSES = ['co_borrower', 'guarantor', 'mortgagor', 'spouse', 'emergency_contact', 'unrelated'] as const;
export const ThirdPartyClassSchema = z.enum(THIRD_PARTY_CLASSES);
export type ThirdPartyClass = z.infer<typeof ThirdPartyClassSchema>;

/** What a rule does when it fires: refuse, warn, or allow only with a supervisor's override and a reason. */
export const RULE_ACTIONS = ['block', 'warn', 'override'] as const;
export const RuleActionSchema = z.enum(RULE_ACTIONS);
export type RuleAction = z.infer<typeof RuleActionSchema>;

export const BINDINGS = ['law', 'regulation', 'self_regulation', 'national_standard', 'bank_policy'] as const;
export const BindingSchema = z.enum(BINDINGS);
export type Binding = z.infer<typeof BindingSchema>;

/** `other` is required in every pack: it also covers hold kinds the pack has no rule of its own for. */
export const HOLD_KINDS = [
  'dispute',
  'complaint',
  'hardship',
  'deceased',
  'incapacity',
  'litigation',
  'breathing_space',
  'mental_health_crisis',
  'other',
] as const;
export const HoldKindSchema = z.enum(HOLD_KINDS);
export type HoldKind = z.infer<typeof HoldKindSchema>;

/** The outcome of an earlier attempt, as far as the caps and the reachability of the debtor care. */
export const ATTEMPT_OUTCOMES = ['connected', 'unanswered', 'number_invalid', 'third_party', 'other'] as const;
export const AttemptOutcomeSchema = z.enum(ATTEMPT_OUTCOMES);
export type AttemptOutcome = z.infer<typeof AttemptOutcomeSchema>;

/** Things an outgoing message or letter must carry; the caller says which ones it carries. */
export const CONTACT_REQUIREMENTS = ['opt_out_notice', 'private_and_confidential', 'plain_envelope'] as const;
export const ContactRequirementSchema = z.enum(CONTACT_REQUIREMENTS);
export type ContactRequirement = z.infer<typeof ContactRequirementSchema>;

export const WORDING_CATEGORIES = [
  'impersonation',
  'threat_insult',
  'fake_blacklist',
  'legal_consequences',
  'extra_fees',
  'borrow_to_repay',
  'disclosure_to_others',
  'public_posting',
  'statute_barred_court_threat',
] as const;
export const WordingCategorySchema = z.enum(WORDING_CATEGORIES);
export type WordingCategory = z.infer<typeof WordingCategorySchema>;
