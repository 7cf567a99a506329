import { z } from 'zod';
import type { Pack, Source } from './packSchema';
import type { RuleAction, WordingCategory } from './vocabulary';

/** Values a message template interpolates ({{start}}, {{count}}...). */
export type MessageParams = Record<string, string | number>;

/** Why a rule fired: the rule, what it does, an i18n key with its values, and where the rule comes from. */
export interface Finding {
  ruleId: string;
  action: RuleAction;
  messageKey: string;
  params: MessageParams;
  sources: Source[];
}

export const VERDICTS = ['allow', 'warn', 'override_required', 'block'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ContactDecision {
  verdict: Verdict;
  findings: Finding[];
}

export interface WordingFinding {
  ruleId: string;
  category: WordingCategory;
  /** The matched text, exactly as it stands in the input. */
  phrase: string;
  /** Offset of the phrase in the input, in UTF-16 code units (what String.prototype.slice uses). */
  index: number;
  action: RuleAction;
  messageKey: string;
  sources: Source[];
}

const VERDICT_OF_ACTION: Record<RuleAction, Verdict> = { warn: 'warn', override: 'override_required', block: 'block' };

/** The strongest finding wins: block > override_required > warn > allow. */
export function verdictOf(findings: readonly { action: RuleAction }[]): Verdict {
  let strongest = 0;
  for (const f of findings) strongest = Math.max(strongest, VERDICTS.indexOf(VERDICT_OF_ACTION[f.action]));
  return VERDICTS[strongest] as Verdict;
}

/** Resolves a rule's source ids to the pack's sources (the schema guarantees they exist). */
export function sourcesOf(pack: Pack, sourceIds: readonly string[]): Source[] {
  return sourceIds.map((id) => {
    const source = pack.meta.sources.find((s) => s.id === id);
    if (!source) throw new Error(`pack ${pack.meta.id} has no source ${id}`);
    return source;
  });
}

export function findingOf(
  pack: Pack,
  rule: { id: string; sourceIds: string[]; action: RuleAction },
  messageKey: string,
  params: MessageParams,
  action: RuleAction = rule.action,
): Finding {
  return { ruleId: rule.id, action, messageKey, params, sources: sourcesOf(pack, rule.sourceIds) };
}

/**
 * True when a supervisor's override can let the contact go ahead: the verdict is override_required. A block
 * cannot be overridden, and allow or warn need no override.
 */
export function allowsOverride(decision: ContactDecision): boolean {
  return decision.verdict === 'override_required';
}

/** At least 10 characters (code points, so 10 汉字 count as 10), ignoring surrounding white space. */
const ReasonSchema = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => Array.from(s).length >= 10, 'an override reason needs at least 10 characters');

/** A supervisor's override, as the app audits it. */
export const OverrideRequestSchema = z.object({
  ruleIds: z.array(z.string().min(1)).min(1),
  supervisorId: z.string().min(1),
  reason: ReasonSchema,
});
export type OverrideRequest = z.infer<typeof OverrideRequestSchema>;

/** Whether the override names every rule that asked for one, on a decision that can be overridden. */
export function overrideCovers(decision: ContactDecision, override: OverrideRequest): boolean {
  if (!allowsOverride(decision)) return false;
  return decision.findings.filter((f) => f.action === 'override').every((f) => override.ruleIds.includes(f.ruleId));
}
