import { z } from 'zod';
import { SEGMENT_IDS } from '../segments/ids';

/**
 * The call script library (话术库, docs/domain.md "Call scripts"): what a collector says at each stage of a call,
 * per customer segment, and answers to the excuses debtors give. Head office publishes it as configuration
 * (kind `scriptLibrary`, the whole bank); every text a collector says must pass the rule pack's wording check
 * before it is published (shared/scripts/wordingGate.ts).
 */

/** The stages of a collection call, in the order a call goes through them. */
export const SCRIPT_STAGES = ['opening', 'verification', 'reason_finding', 'negotiation', 'promise_confirmation', 'closing'] as const;
export type ScriptStage = (typeof SCRIPT_STAGES)[number];

/** The excuses the library answers: 没钱, 忘记了, 我不认识他, 等发工资, 要投诉你们, 已经还了, 不是我借的. */
export const EXCUSES = ['no_money', 'forgot', 'wrong_person', 'waiting_for_payday', 'will_complain', 'already_paid', 'not_my_debt'] as const;
export type Excuse = (typeof EXCUSES)[number];

/** A script for every segment, or for one of them: 'general' is what a case without a known segment gets. */
export const ScriptAudienceSchema = z.union([z.literal('general'), z.enum(SEGMENT_IDS)]);
export type ScriptAudience = z.output<typeof ScriptAudienceSchema>;

/**
 * What a script may fill in from the case ({{overdueAmount}}…): amounts and dates, and personal data masked as
 * the pack's display masks say (shared/scripts/fill.ts).
 */
export const PLACEHOLDERS = ['debtorName', 'overdueAmount', 'totalAmount', 'dpd', 'overdueSince', 'promiseAmount', 'promiseDueDate', 'accountNumber', 'branchName', 'collectorName'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** {{name}}, spaces inside the braces allowed; the name is group 1. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a text names, in order (unknown names included: the schema refuses them). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? '');
}

export const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

const Said = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .superRefine((text, ctx) => {
    for (const name of placeholdersIn(text)) if (!isPlaceholder(name)) ctx.addIssue({ code: 'custom', message: `unknown placeholder {{${name}}} (known: ${PLACEHOLDERS.join(', ')})` });
  });

/** Every text in both languages: zh-CN is what is said; English for staff who work in it. */
export const BilingualSchema = z.strictObject({ 'zh-CN': Said, en: Said });
export type Bilingual = z.output<typeof BilingualSchema>;
export type ScriptLanguage = keyof Bilingual;

const ItemId = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,59}$/, 'an id of lower-case letters, digits, _ . -');

export const ScriptSchema = z.strictObject({ id: ItemId, segment: ScriptAudienceSchema, stage: z.enum(SCRIPT_STAGES), text: BilingualSchema });
export type Script = z.output<typeof ScriptSchema>;

/** `heard`: the excuse as debtors put it (shown, not said); `answer`: what the collector says back. */
export const ExcuseAnswerSchema = z.strictObject({ id: ItemId, excuse: z.enum(EXCUSES), segment: ScriptAudienceSchema, heard: BilingualSchema, answer: BilingualSchema });
export type ExcuseAnswer = z.output<typeof ExcuseAnswerSchema>;

export const ScriptLibrarySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(60),
    scripts: z.array(ScriptSchema).min(1).max(500),
    answers: z.array(ExcuseAnswerSchema).max(500),
  })
  .superRefine((lib, ctx) => {
    const ids = new Set<string>();
    [...lib.scripts, ...lib.answers].forEach((item, i) => {
      const at = i < lib.scripts.length ? ['scripts', i, 'id'] : ['answers', i - lib.scripts.length, 'id'];
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: at, message: `the id ${item.id} is used twice` });
      ids.add(item.id);
    });
    // A case whose segment is unknown (or has no script of its own) falls back to the general scripts: each stage needs one.
    for (const stage of SCRIPT_STAGES) {
      if (!lib.scripts.some((s) => s.segment === 'general' && s.stage === stage)) ctx.addIssue({ code: 'custom', path: ['scripts'], message: `no general script for the stage ${stage}` });
    }
  });
export type ScriptLibrary = z.output<typeof ScriptLibrarySchema>;
