import type { Case } from '../domain/case';
import { profileOf, type CustomerProfile } from '../customer/profile';
import { lostContact, type LostContactActivity } from '../fieldwork/lostContact';
import { evaluatePromises } from '../fieldwork/promises';
import type { Payment, PromiseToPay } from '../fieldwork/records';
import type { CustomerFacts } from '../records/customerFacts';
import { segmentFactsOf } from './facts';
import { evaluateSegment, type SegmentDecision, type SegmentFacts, type SegmentTable } from './table';

export interface CaseSegmentInput {
  caseRecord: Pick<Case, 'accounts' | 'parties' | 'risk' | 'timeZone'>;
  facts: readonly CustomerFacts[];
  promises: readonly PromiseToPay[];
  payments: readonly Payment[];
  activities: readonly LostContactActivity[];
  today: string;
  graceDays: number;
}

export interface CaseSegment {
  profile: CustomerProfile;
  facts: SegmentFacts;
  decision: SegmentDecision;
}

/** One case's segment from its records, the table in force and today (the pieces in shared/segments and shared/customer). */
export function segmentCase(table: SegmentTable, input: CaseSegmentInput): CaseSegment {
  const c = input.caseRecord;
  const profile = profileOf(input.facts);
  const borrower = c.parties.find((p) => p.role === 'borrower');
  const promises = evaluatePromises(input.promises, input.payments, input.today, { graceDays: input.graceDays, timeZone: c.timeZone });
  const facts = segmentFactsOf(
    { dpd: Math.max(...c.accounts.map((a) => a.dpd)), lostContact: borrower ? lostContact(borrower, input.activities).lost : true, riskGrade: c.risk ?? null },
    profile,
    promises,
    input.today,
  );
  return { profile, facts, decision: evaluateSegment(table, facts) };
}
