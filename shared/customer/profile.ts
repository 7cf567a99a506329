import { EMPTY_FACTS, type CustomerFacts, type CustomerFactsFields } from '../records/customerFacts';

/** One fact as the case shows it: its value and when it was learned (and on which record). */
export interface LearnedFact<T> {
  value: T;
  learnedAt: string;
  recordId: string;
}

export type CustomerProfile = { [K in keyof CustomerFactsFields]: LearnedFact<NonNullable<CustomerFactsFields[K]>> | null };

export const EMPTY_PROFILE: CustomerProfile = Object.fromEntries(Object.keys(EMPTY_FACTS).map((k) => [k, null])) as CustomerProfile;

/**
 * What the case knows about the customer now: for each fact, the latest record that stated it (by the time it was
 * learned, then by id so two devices agree), with its date. An older record never overwrites a newer one, whatever
 * order the records arrived in (they are insert-only, docs/records.md).
 */
export function profileOf(records: readonly CustomerFacts[]): CustomerProfile {
  const sorted = [...records].sort((a, b) => Date.parse(a.learnedAt) - Date.parse(b.learnedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const profile: Record<string, LearnedFact<unknown> | null> = { ...EMPTY_PROFILE };
  for (const r of sorted) {
    for (const [key, value] of Object.entries(r.facts)) if (value !== null) profile[key] = { value, learnedAt: r.learnedAt, recordId: r.id };
  }
  return profile as CustomerProfile;
}
