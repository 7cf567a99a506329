import { z } from 'zod';
import { DEFAULT_PACK_ID, PACKS } from '../compliance/packs';

/**
 * The id of the compliance rule pack head office sets for a branch (branches.rule_pack, docs/server.md). Only
 * a built-in pack's id is accepted: an unknown one would silently apply no country's rules.
 */
export const RulePackIdSchema = z
  .string()
  .refine((id) => Object.hasOwn(PACKS, id), { message: `规则包未知（可选：${Object.keys(PACKS).join('、')}）/ unknown rule pack` });
export type RulePackId = z.output<typeof RulePackIdSchema>;

/** The pack in the sign-in answer's user: an answer from a head office older than the field means the default pack. */
export const SignedInRulePackSchema = RulePackIdSchema.default(DEFAULT_PACK_ID);
