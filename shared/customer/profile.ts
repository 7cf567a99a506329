import { EMPTY_FACTS, type CustomerFacts, type CustomerFactsFields } from '../records/customerFacts';

/** One fact as the case shows it: its value and when it was learned (and on which record). */
export interface LearnedFact<T> {
  value: T;
  learnedAt: string;
  recordId: string;
}

export type CustomerProfile = { [K in keyof CustomerFactsFields]: LearnedFact<NonNullable<CustomerFactsFields[K]>> | null };

const FACT_KEYS = Object.keys(EMPTY_FACTS) as (keyof CustomerFactsFields)[];

export const EMPTY_PROFILE: CustomerProfile = Object.fromEntries(Object.keys(EMPTY_FACTS).map((k) => [k, null])) as CustomerProfile;

/**
 * What the case knows about the customer now: for each fact, the latest record that stated it (by the time it was
 * learned, then by id so two devices agree), with its date. An older record never overwrites a newer one, whatever
 * order the records arrived in (they are insert-only, docs/records.md).
 */
export function profileOf(records: readonly CustomerFacts[]): CustomerProfile {
  const profile: Record<string, LearnedFact<unknown> | null> = { ...EMPTY_PROFILE };
  if (records.length === 0) return profile as CustomerProfile;
  const sorted = records.map((r) => ({ r, ms: Date.parse(r.learnedAt) })).sort((a, b) => a.ms - b.ms || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
  for (const { r } of sorted) {
    for (const key of FACT_KEYS) {
      const value = r.facts[key];
      if (value !== null) profile[key] = { value, learnedAt: r.learnedAt, recordId: r.id };
    }
  }
  return profile as CustomerProfile;
}
