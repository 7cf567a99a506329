import { expect } from 'vitest';
import type { ContactAttempt, ContactRequest } from '../../../shared/compliance/contact';
import type { ContactDecision, Finding } from '../../../shared/compliance/decision';
import { COMPLIANCE_LANGUAGES, renderMessage } from '../../../shared/compliance/messages';

export const BORROWER = { id: 'p-borrower', role: 'borrower' } as const;
export const MOBILE = '13812341234';

/** A phone call to the borrower in Shanghai with no holds; override what a test is about. */
export function request(overrides: Partial<ContactRequest> = {}): ContactRequest {
  return {
    channel: 'phone',
    caseId: 'case-1',
    party: BORROWER,
    phoneNumber: MOBILE,
    timeZone: 'Asia/Shanghai',
    holds: [],
    ...overrides,
  };
}

/** An unanswered call to the borrower's mobile at `at`. */
export function attempt(at: string, overrides: Partial<ContactAttempt> = {}): ContactAttempt {
  return {
    at,
    channel: 'phone',
    partyId: BORROWER.id,
    partyRole: 'borrower',
    phoneNumber: MOBILE,
    outcome: 'unanswered',
    rightParty: false,
    ...overrides,
  };
}

/** `n` attempts a minute apart from `start` (UTC ISO). */
export function attempts(n: number, start: string, overrides: Partial<ContactAttempt> = {}): ContactAttempt[] {
  const t0 = Date.parse(start);
  return Array.from({ length: n }, (_, i) => attempt(new Date(t0 + i * 60_000).toISOString(), overrides));
}

/** The rule ids of a decision's findings, in order. */
export const ruleIds = (decision: ContactDecision): string[] => decision.findings.map((f) => f.ruleId);

/** The finding of one rule; fails when there is none. */
export function findingFor(decision: ContactDecision, ruleId: string): Finding {
  const finding = decision.findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`no finding for ${ruleId}: ${JSON.stringify(ruleIds(decision))}`);
  return finding;
}

/** Every finding can be shown in both languages, with every placeholder filled, and names its sources. */
export function expectShowable(decision: ContactDecision): void {
  for (const f of decision.findings) {
    expect(f.sources.length).toBeGreaterThan(0);
    for (const language of COMPLIANCE_LANGUAGES) {
      const text = renderMessage(language, f.messageKey, f.params);
      expect(text).not.toMatch(/\{\{|\}\}/);
    }
  }
}
