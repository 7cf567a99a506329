import { z } from 'zod';
import { AddRelatedPartyArgsSchema, RELATED_PARTY_KINDS } from '../../../../shared/records/customerFacts';
import { charCount, RETIRE_REASON_MIN_LENGTH } from '../../../../shared/records/limits';
import { requiredText } from '../../ui/form';

type Translate = (key: string, params?: Record<string, unknown>) => string;
const { name: NameRule, relation: RelationRule, phone: PhoneRule } = AddRelatedPartyArgsSchema.shape;

// The record's own rules for each field, with a message naming the field; relation and phone may stay empty.
export const partySchema = (t: Translate) => {
  const valid = (rule: z.ZodType, label: string, optional: boolean) =>
    z.string().refine((v) => (optional && v.trim() === '') || rule.safeParse(v).success, t('formRule.invalid', { field: t(label) }));
  return z.object({
    kind: z.enum(RELATED_PARTY_KINDS),
    name: z.string().trim().min(1, t('formRule.required')).pipe(valid(NameRule, 'customer.partyName', false)),
    relation: valid(RelationRule, 'customer.partyRelation', true),
    phone: valid(PhoneRule, 'customer.partyPhone', true),
  });
};

/** The most a retired person's reason keeps (the case's own field). */
export const RETIRE_REASON_MAX = 200;

/**
 * Correcting a person (`replace`: the fields become the replacement, checked as a new person is) or retiring
 * them only (the fields are not used); either way a reason the audit can read.
 */
export const correctionSchema = (t: Translate) => {
  const party = partySchema(t);
  return z
    .object({
      replace: z.boolean(),
      kind: z.enum(RELATED_PARTY_KINDS),
      name: z.string(),
      relation: z.string(),
      phone: z.string(),
      reason: requiredText(t, RETIRE_REASON_MAX).refine((r) => charCount(r) >= RETIRE_REASON_MIN_LENGTH, t('formRule.tooShort', { min: RETIRE_REASON_MIN_LENGTH })),
    })
    .superRefine((v, ctx) => {
      if (!v.replace) return;
      const checked = party.safeParse(v);
      if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    });
};
