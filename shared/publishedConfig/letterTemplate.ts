import { z } from 'zod';
import { LETTER_LANGUAGES, LETTER_TYPES } from '../letters/types';
import { PREVIOUS_TEMPLATES, STATEMENT_KEYS, TEMPLATES, type LetterTemplate } from '../letters/templates';

/**
 * A letter template version head office publishes (the shape of shared/letters/templates/types.ts): the whole
 * bank, keyed by type and language. Its own `version` string is what letters print and their verification code
 * covers; it must differ from the built-in template's, so a letter never names a version that means two texts.
 * What is lawful is still decided by checkLetter against the pack, whatever the text says.
 */
const Paragraph = z.strictObject({
  statements: z.array(z.enum(STATEMENT_KEYS)),
  text: z.string().max(2000),
  emphasis: z.boolean().optional(),
  when: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a placeholder name').optional(),
});

export const LetterTemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]+\.[a-z_]+(\.[a-z]{2})?$/, 'a template id like cn.demand_notice (cn.demand_notice.en for English)'),
    version: z.string().trim().min(1).max(40),
    type: z.enum(LETTER_TYPES),
    language: z.enum(LETTER_LANGUAGES),
    title: z.string().trim().min(1).max(60),
    salutation: z.string().max(200),
    paragraphs: z.array(Paragraph).max(20),
    closing: z.array(Paragraph).max(20),
    requiredStatements: z.array(z.enum(STATEMENT_KEYS)),
    hasAmounts: z.boolean(),
    hasDeadline: z.boolean(),
    acknowledgement: z.boolean(),
    sealArea: z.boolean(),
  })
  .refine((t) => ![...TEMPLATES, ...PREVIOUS_TEMPLATES].some((b) => b.id === t.id && b.version === t.version), { path: ['version'], message: 'the built-in template already has this version: give the new text a new version' });

/** Where a template version belongs: its type and language. */
export const templateKey = (t: Pick<LetterTemplate, 'type' | 'language'>): string => `${t.type}.${t.language}`;
