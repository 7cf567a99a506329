import type { WorkingCalendar } from '../calendar';
import type { LetterBranch, LetterLanguage } from '../letters';
import { calendarWith } from './calendar';
import type { PublishedConfig } from './kinds';
import { imageDataUrl } from './letterhead';
import { BUILT_IN_LIMITS, type Limits } from './limits';
import type { RulePackParams } from './rulePackParams';

type Of<K extends PublishedConfig['kind']> = Extract<PublishedConfig, { kind: K }>;

/** What a device works with, from the versions it holds: the newest of each slot. */
export interface ConfigInForce {
  /** The built-in calendar with the published years in place of its own. */
  calendar: WorkingCalendar;
  calendarYears: { year: number; version: number; title: string }[];
  limits: Limits;
  /** null: the built-in limits (nothing published for the bank or the branch). */
  limitsFrom: { scope: string; version: number } | null;
  /** By branch code. */
  letterheads: ReadonlyMap<string, Of<'letterhead'>>;
  /** The user's branch's rule-pack parameters (shared/publishedConfig/rulePackParams.ts); null: the pack as built. */
  rulePackParams: { version: number; params: RulePackParams } | null;
  /** Published letter templates by type.language (the newest version of each). */
  templates: ReadonlyMap<string, Of<'letterTemplate'>>;
  /** The segment decision table and contact strategy in force (the branch's over the bank's); null: none published. */
  segmentTable: Of<'segmentTable'> | null;
  contactStrategy: Of<'contactStrategy'> | null;
  /** The agencies serving the user's branch (shared/outsourcing/published.ts); null: none published. */
  agencyList: Of<'agencyList'> | null;
}

const branchOverBank = <C extends PublishedConfig>(list: readonly C[], branchCode: string | null): C | null => list.find((c) => c.scope === branchCode) ?? list.find((c) => c.scope === 'bank') ?? null;

/** The newest version of each slot among `held` (a device may hold older ones, for reprints). */
export function newestOfEachSlot(held: readonly PublishedConfig[]): PublishedConfig[] {
  const best = new Map<string, PublishedConfig>();
  for (const c of held) {
    const slot = `${c.kind}:${c.scope}:${c.key}`;
    const prev = best.get(slot);
    if (!prev || prev.version < c.version) best.set(slot, c);
  }
  return [...best.values()];
}

/**
 * The configuration in force for a user of `branchCode` (null: head office, no branch of its own): limits
 * published for the branch win over the bank's, which win over the built-in ones.
 */
export function configInForce(held: readonly PublishedConfig[], branchCode: string | null, base: WorkingCalendar): ConfigInForce {
  const current = newestOfEachSlot(held);
  const years = current.filter((c): c is Of<'calendar'> => c.kind === 'calendar');
  const limits = current.filter((c): c is Of<'limits'> => c.kind === 'limits');
  const chosen = limits.find((l) => l.scope === branchCode) ?? limits.find((l) => l.scope === 'bank') ?? null;
  return {
    calendar: calendarWith(base, years.map((y) => ({ version: y.version, notice: y.payload }))),
    calendarYears: years.map((y) => ({ year: y.payload.year, version: y.version, title: y.payload.title })).sort((a, b) => a.year - b.year),
    limits: chosen ? chosen.payload : BUILT_IN_LIMITS,
    limitsFrom: chosen ? { scope: chosen.scope, version: chosen.version } : null,
    letterheads: new Map(current.filter((c): c is Of<'letterhead'> => c.kind === 'letterhead').map((c) => [c.scope, c])),
    templates: new Map(current.filter((c): c is Of<'letterTemplate'> => c.kind === 'letterTemplate').map((c) => [c.key, c])),
    segmentTable: branchOverBank(current.filter((c): c is Of<'segmentTable'> => c.kind === 'segmentTable'), branchCode),
    contactStrategy: branchOverBank(current.filter((c): c is Of<'contactStrategy'> => c.kind === 'contactStrategy'), branchCode),
    agencyList: current.find((c): c is Of<'agencyList'> => c.kind === 'agencyList' && c.scope === branchCode) ?? null,
    rulePackParams: ((p) => (p ? { version: p.version, params: p.payload } : null))(current.find((c): c is Of<'rulePackParams'> => c.kind === 'rulePackParams' && c.scope === branchCode)),
  };
}

/**
 * The issuing branch as a letter prints it, from a published letterhead: the repayment account is printed among
 * the repayment channels, the seal image in the seal box, and the version goes into the letter's record.
 */
export function letterBranchOf(published: Of<'letterhead'>, language: LetterLanguage): LetterBranch {
  const h = published.payload;
  const a = h.repayAccount;
  const account = language === 'en' ? `transfer to account ${a.number} (${a.name}, ${a.bank})` : `转账至还款账户（户名：${a.name}；账号：${a.number}；开户行：${a.bank}）`;
  return {
    code: published.scope,
    name: h.branchName.startsWith(h.bankName) ? h.branchName : `${h.bankName}${h.branchName}`,
    address: h.address,
    postcode: h.postcode,
    phone: h.phone,
    disputePhone: h.disputePhone,
    repayChannels: [...h.repayChannels, account],
    ...(h.seal ? { seal: imageDataUrl(h.seal) } : {}),
    letterheadVersion: published.version,
  };
}
