import { CN_MAINLAND_CALENDAR, type WorkingCalendar } from '../../../shared/calendar';
// The templates alone, not shared/letters' index (glyph tables, PDF building): issue 18 §4.
import { builtInTemplate } from '../../../shared/letters/templates';
import type { LetterBranch, LetterLanguage, LetterTemplate, LetterType } from '../../../shared/letters';
import { configInForce, letterBranchOf, newestOfEachSlot, type ConfigInForce, type Limits, type PublishedConfig } from '../../../shared/publishedConfig';
import { DEMO_SCRIPT_LIBRARY } from '../../../shared/scripts/demoLibrary';
import type { ScriptLibrary } from '../../../shared/scripts';
import { branchInfo } from '../letters/branchInfo';
import type { RecoveryDeskDb } from '../store/database';
import { readPublishedConfigs } from './repository/publishedConfigs';

/**
 * The configuration this device works with (docs/architecture.md, "Published configuration"): what head office
 * published and the device pulled, held in memory once read from the store (on open, after each sync), so the
 * counting and printing code asks for it synchronously, as it asks for the rule pack (fieldwork/compliancePack).
 */

export interface ConfigContext {
  source: 'demo' | 'live';
  /** The signed-in user's branch; null before sign-in. */
  branchCode: string | null;
}

// Bound by the session slice (as the rule pack's context is). Unbound (a test without the store): the demo store.
let context: () => ConfigContext = () => ({ source: 'demo', branchCode: null });
let held: readonly PublishedConfig[] = [];
let cached: { held: readonly PublishedConfig[]; branchCode: string | null; value: ConfigInForce } | null = null;
const listeners = new Set<() => void>();

export function bindConfigContext(read: () => ConfigContext): void {
  context = read;
}

/** Replaces what the device holds (tests; loadPublishedConfig) and tells the screens. */
export function setHeldConfig(list: readonly PublishedConfig[]): void {
  held = list;
  cached = null;
  for (const l of listeners) l();
}

/** Reads what the store holds into memory: on opening the store and after every sync. */
export async function loadPublishedConfig(db: RecoveryDeskDb): Promise<void> {
  setHeldConfig(await readPublishedConfigs(db));
}

/** For useSyncExternalStore: screens showing the configuration re-render when it changes. */
export function subscribeConfig(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function configNow(): ConfigInForce {
  const { branchCode } = context();
  if (cached && cached.held === held && cached.branchCode === branchCode) return cached.value;
  const value = configInForce(held, branchCode, CN_MAINLAND_CALENDAR);
  cached = { held, branchCode, value };
  return value;
}

/** The working calendar: built in, with the years head office published in place of its own. */
export const currentCalendar = (): WorkingCalendar => configNow().calendar;
export const currentLimits = (): Limits => configNow().limits;

const missing = (code: string, name: string, version?: number): LetterBranch => ({
  code,
  name,
  address: '',
  postcode: '',
  phone: '',
  disputePhone: '',
  repayChannels: [],
  letterheadMissing: version === undefined ? {} : { version },
});

/**
 * The branch as a letter prints it: the published letterhead of the case's branch (`version`: the one a reprint's
 * letter was issued under). On the demo store, which has no head office, the made-up demo letterhead. On the
 * real store without one, a branch marked letterheadMissing, which the letter check refuses, naming the branch.
 */
export function letterheadFor(code: string, name: string, language: LetterLanguage, version?: number): LetterBranch {
  const current = configNow().letterheads.get(code);
  if (version === undefined && current) return letterBranchOf(current, language);
  if (version !== undefined) {
    const old = held.find((c): c is Extract<PublishedConfig, { kind: 'letterhead' }> => c.kind === 'letterhead' && c.scope === code && c.version === version);
    if (old) return letterBranchOf(old, language);
  }
  if (context().source === 'demo') return branchInfo(code, name, language);
  return missing(code, name, version);
}

/**
 * The letter template head office published for this type and language (undefined: the built-in one). A reprint
 * asks for the version its letter printed: a published version this device holds, else the built-in one.
 */
export function templateFor(type: LetterType, language: LetterLanguage, version?: string): LetterTemplate | undefined {
  if (version === undefined) return configNow().templates.get(`${type}.${language}`)?.payload;
  const old = held.find((c): c is Extract<PublishedConfig, { kind: 'letterTemplate' }> => c.kind === 'letterTemplate' && c.payload.type === type && c.payload.language === language && c.payload.version === version);
  // A built-in version (in force or an earlier one) prints as it did.
  return old?.payload ?? builtInTemplate(type, language, version);
}

/**
 * The call script library in force (shared/scripts): the newest version head office published for the bank, else
 * the one the app was built with. `version` null: the built-in one.
 */
export function currentScriptLibrary(): { library: ScriptLibrary; version: number | null } {
  const published = newestOfEachSlot(held).find((c): c is Extract<PublishedConfig, { kind: 'scriptLibrary' }> => c.kind === 'scriptLibrary' && c.scope === 'bank');
  return published ? { library: published.payload, version: published.version } : { library: DEMO_SCRIPT_LIBRARY, version: null };
}
