import { CaseSchema, type Account, type Case, type Party } from '../../../shared/domain/case';
import type { LimitationEvent, LimitationEventKind } from '../../../shared/limitation';

/** Parties: B borrower, C co-borrower, GJ joint guarantor, GG general guarantor, GU guarantor of unclear type, M mortgagor. */
export const B = 'B';
export const C = 'C';
export const GJ = 'GJ';
export const GG = 'GG';
export const GU = 'GU';
export const M = 'M';

const party = (id: string, role: Party['role'], guaranteeType: Party['guaranteeType'] = null): Party => ({
  id,
  role,
  name: `当事人${id}`,
  idNumber: '11010519491231002X',
  guaranteeType,
  phones: [],
  addresses: [],
});

export const account = (id: string, maturityDate: string | null, overdueSince: string | null = null): Account => ({
  id,
  product: 'consumer_loan',
  accountNumber: '622202100000001',
  contractNumber: `HT-${id}`,
  originalPrincipalFen: 2_000_000,
  amounts: { principalFen: 1_000_000, interestFen: 0, penaltyFen: 0, compoundFen: 0, feesFen: 0 },
  contractRateBps: 1200,
  penaltyRateBps: 1800,
  dpd: 90,
  overdueSince,
  maturityDate,
  classification: 'substandard',
  snapshotDate: '2023-01-01',
});

export function makeCase(accounts: Account[], parties: Party[] = allParties()): Case {
  return CaseSchema.parse({
    id: 'case-1',
    caseNumber: 'CS-000001',
    parties,
    accounts,
    assignment: { branchCode: '310115', branchName: '上海浦东支行', officerId: 'off-1', officerName: '王敏', assignedAt: '2022-11-01T09:00:00+08:00' },
    status: 'contacting',
    holdReason: null,
    risk: 'medium',
    timeZone: 'Asia/Shanghai',
    createdAt: '2022-11-01T09:00:00+08:00',
    updatedAt: '2022-11-01T09:00:00+08:00',
  });
}

export function allParties(): Party[] {
  return [party(B, 'borrower'), party(C, 'co_borrower'), party(GJ, 'guarantor', 'joint'), party(GG, 'guarantor', 'general'), party(GU, 'guarantor', null), party(M, 'mortgagor')];
}

export const borrowerOnly = (): Party[] => [party(B, 'borrower')];
export const withGuarantor = (type: Party['guaranteeType']): Party[] => [party(B, 'borrower'), party('G', 'guarantor', type)];

/** An event with evidence (the kinds that need it always get some). */
export const ev = (kind: LimitationEventKind, date: string, partyId: string = B, over: Partial<LimitationEvent> = {}): LimitationEvent => ({
  kind,
  date,
  partyId,
  evidence: `proof-${kind}-${date}`,
  ...over,
});
