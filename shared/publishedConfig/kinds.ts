import { z } from 'zod';
import { InstantSchema } from '../sync/primitives';
import type { LetterTemplate } from '../letters/templates';
import { CalendarYearSchema } from './calendar';
import { LetterheadSchema } from './letterhead';
import { LimitsSchema } from './limits';
import { RulePackParamsSchema } from './rulePackParams';
import { LetterTemplateSchema, templateKey } from './letterTemplate';
import { ScriptLibrarySchema } from '../scripts/library';
import { SegmentTableSchema } from '../segments/table';
import { ContactStrategySchema } from '../strategy/schema';
import { AgencyListSchema } from '../outsourcing/published';

/**
 * Published configuration (docs/server.md, "Published configuration"): data head office publishes, versioned,
 * and devices pull through the change log. Each publication has a kind, a scope (the bank or one branch), a
 * key within them (the year of a calendar), a version counted per slot (kind + scope + key) from 1, who
 * published it and when, and a payload checked by the kind's schema. A version is never edited: a correction is
 * the next version.
 *
 */
export const CONFIG_KINDS = ['letterhead', 'calendar', 'limits', 'rulePackParams', 'letterTemplate', 'scriptLibrary', 'segmentTable', 'contactStrategy', 'agencyList'] as const;
export type ConfigKind = (typeof CONFIG_KINDS)[number];

/** 'bank' or a 6-digit branch code. */
export const ConfigScopeSchema = z.union([z.literal('bank'), z.string().regex(/^\d{6}$/, 'a branch code is 6 digits')]);
export type ConfigScope = z.output<typeof ConfigScopeSchema>;

export const PAYLOAD_SCHEMAS = {
  letterhead: LetterheadSchema,
  calendar: CalendarYearSchema,
  limits: LimitsSchema,
  rulePackParams: RulePackParamsSchema,
  letterTemplate: LetterTemplateSchema,
  scriptLibrary: ScriptLibrarySchema,
  segmentTable: SegmentTableSchema,
  contactStrategy: ContactStrategySchema,
  agencyList: AgencyListSchema,
} as const;
export type ConfigPayload<K extends ConfigKind> = z.output<(typeof PAYLOAD_SCHEMAS)[K]>;

/** Which scopes a kind is published for. */
export const SCOPES_OF: Record<ConfigKind, 'bank' | 'branch' | 'either'> = {
  letterhead: 'branch',
  calendar: 'bank',
  limits: 'either',
  rulePackParams: 'branch',
  letterTemplate: 'bank',
  scriptLibrary: 'bank',
  segmentTable: 'either',
  contactStrategy: 'either',
  // Published by head office itself from its agencies (server/console/outsourcing/publish.ts), per branch served.
  agencyList: 'branch',
};

/** The slot a version belongs to: what a newer version replaces. */
export const slotOf = (kind: ConfigKind, scope: string, key: string): string => `${kind}:${scope}:${key}`;

/** The key of a payload within its kind and scope: the calendar's year, a template's type.language; '' for the others. */
export function keyOf(kind: ConfigKind, payload: unknown): string {
  if (kind === 'calendar') return String((payload as { year: number }).year);
  if (kind === 'letterTemplate') return templateKey(payload as { type: LetterTemplate['type']; language: LetterTemplate['language'] });
  return '';
}

const Envelope = {
  scope: ConfigScopeSchema,
  key: z.string().max(20),
  version: z.number().int().positive(),
  publishedBy: z.string().min(1).max(128),
  publishedAt: InstantSchema,
};

/** One published version, as head office stores it and sends it to devices. */
export const PublishedConfigSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('letterhead'), ...Envelope, payload: LetterheadSchema }),
    z.object({ kind: z.literal('calendar'), ...Envelope, payload: CalendarYearSchema }),
    z.object({ kind: z.literal('limits'), ...Envelope, payload: LimitsSchema }),
    z.object({ kind: z.literal('rulePackParams'), ...Envelope, payload: RulePackParamsSchema }),
    z.object({ kind: z.literal('letterTemplate'), ...Envelope, payload: LetterTemplateSchema }),
    z.object({ kind: z.literal('scriptLibrary'), ...Envelope, payload: ScriptLibrarySchema }),
    z.object({ kind: z.literal('segmentTable'), ...Envelope, payload: SegmentTableSchema }),
    z.object({ kind: z.literal('contactStrategy'), ...Envelope, payload: ContactStrategySchema }),
    z.object({ kind: z.literal('agencyList'), ...Envelope, payload: AgencyListSchema }),
  ])
  .superRefine((c, ctx) => {
    const allowed = SCOPES_OF[c.kind];
    if (allowed === 'bank' && c.scope !== 'bank') ctx.addIssue({ code: 'custom', path: ['scope'], message: `${c.kind} is published for the whole bank` });
    if (allowed === 'branch' && c.scope === 'bank') ctx.addIssue({ code: 'custom', path: ['scope'], message: `${c.kind} is published for one branch` });
    if (c.key !== keyOf(c.kind, c.payload)) ctx.addIssue({ code: 'custom', path: ['key'], message: 'the key does not match the payload' });
  });
export type PublishedConfig = z.output<typeof PublishedConfigSchema>;

/** Where a published version is printed or shown: '信头 v3 (310115)'. */
export const versionLabel = (c: Pick<PublishedConfig, 'kind' | 'version' | 'scope' | 'key'>): string => `${c.kind}${c.key ? ` ${c.key}` : ''} v${c.version} (${c.scope})`;
