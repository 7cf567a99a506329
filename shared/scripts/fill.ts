import type { Case, Fen } from '../domain/case';
import { formatFen, totalOfAmounts } from '../domain/money';
import { maskField } from '../compliance/personalData';
import type { Pack } from '../compliance/packSchema';
import { PLACEHOLDER_PATTERN, isPlaceholder, type Placeholder, type ScriptLanguage } from './library';

/**
 * Filling a script from the case: the facts a collector would otherwise read off the screen and say, the
 * personal ones masked as the pack's display masks say (a name 张* where the pack masks names on screen, an
 * account number 622848******1234), so a script never shows more than the case screen does.
 */
export interface ScriptFacts {
  debtorName: string;
  /** What the overdue accounts owe in all (principal, interest, penalty, compound interest, fees). */
  overdueFen: Fen;
  /** What every account of the case owes. */
  totalFen: Fen;
  dpd: number;
  /** The earliest date an account fell overdue; null when none has. */
  overdueSince: string | null;
  /** The promise still to be kept (due today or later), the latest made; null when there is none. */
  promise: { amountFen: Fen; dueDate: string } | null;
  /** The account the call is mostly about: the largest overdue one. */
  accountNumber: string;
  branchName: string;
  collectorName: string | null;
}

/** The facts of a case for its scripts; `promises` are the case's, `today` the debtor's local date. */
export function factsOfCase(c: Case, promises: readonly { amountFen: Fen; dueDate: string; createdAt: string }[], today: string, collectorName: string | null): ScriptFacts {
  const borrower = c.parties.find((p) => p.role === 'borrower') ?? c.parties[0]!;
  const overdue = c.accounts.filter((a) => a.dpd > 0);
  const owing = (overdue.length > 0 ? overdue : c.accounts).slice().sort((a, b) => totalOfAmounts(b.amounts) - totalOfAmounts(a.amounts));
  const since = overdue.map((a) => a.overdueSince).filter((d): d is string => d !== null).sort();
  const open = promises.filter((p) => p.dueDate >= today).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return {
    debtorName: borrower.name,
    overdueFen: overdue.reduce((s, a) => s + totalOfAmounts(a.amounts), 0),
    totalFen: c.accounts.reduce((s, a) => s + totalOfAmounts(a.amounts), 0),
    dpd: Math.max(...c.accounts.map((a) => a.dpd)),
    overdueSince: since[0] ?? null,
    promise: open ? { amountFen: open.amountFen, dueDate: open.dueDate } : null,
    accountNumber: owing[0]!.accountNumber,
    branchName: c.assignment.branchName,
    collectorName: collectorName ?? c.assignment.officerName,
  };
}

/** '2027-03-05' as it is said: 2027年3月5日 / 5 March 2027. */
function spokenDate(date: string, language: ScriptLanguage): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (language === 'zh-CN') return `${y}年${m}月${d}日`;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}

/** What each placeholder becomes for this case; null where the case has nothing to say (no promise yet). */
export function placeholderValues(facts: ScriptFacts, pack: Pack, language: ScriptLanguage): Record<Placeholder, string | null> {
  return {
    debtorName: maskField(pack, 'name', 'display', facts.debtorName),
    overdueAmount: formatFen(facts.overdueFen),
    totalAmount: formatFen(facts.totalFen),
    dpd: String(facts.dpd),
    overdueSince: facts.overdueSince === null ? null : spokenDate(facts.overdueSince, language),
    promiseAmount: facts.promise === null ? null : formatFen(facts.promise.amountFen),
    promiseDueDate: facts.promise === null ? null : spokenDate(facts.promise.dueDate, language),
    accountNumber: maskField(pack, 'card', 'display', facts.accountNumber),
    branchName: facts.branchName,
    collectorName: facts.collectorName,
  };
}

/** A filled script in pieces: the screen marks what came from the case, and what the case lacks. */
export type ScriptPart = { kind: 'text'; text: string } | { kind: 'value'; name: Placeholder; value: string | null };

/** The script's text with its placeholders filled; an unknown one stays as written (the schema refuses those). */
export function fillScript(text: string, values: Record<Placeholder, string | null>): ScriptPart[] {
  const parts: ScriptPart[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = m[1] ?? '';
    if (!isPlaceholder(name)) continue;
    if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
    parts.push({ kind: 'value', name, value: values[name] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The filled script as plain text; a missing value reads as 【…】 so nobody says a blank. */
export const filledText = (parts: readonly ScriptPart[], missing: (name: Placeholder) => string): string =>
  parts.map((p) => (p.kind === 'text' ? p.text : (p.value ?? `【${missing(p.name)}】`))).join('');
