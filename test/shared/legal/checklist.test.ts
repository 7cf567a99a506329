import { describe, expect, it } from 'vitest';
import { checkHolds } from '../../../shared/compliance/holds';
import { getPack } from '../../../shared/compliance';
import { evidenceChecklist, lawsuitEvents, missingItems, openSuitHolds, type ChecklistLetter } from '../../../shared/legal/checklist';
import { limitationFor } from '../../../shared/limitation';
import type { LegalStepRecord } from '../../../shared/records/legalStep';
import { account, B, borrowerOnly, makeCase } from '../limitation/fixture';

const letter = (id: string, type: ChecklistLetter['type'], more: Partial<ChecklistLetter> = {}): ChecklistLetter => ({
  id, type, partyId: 'p', copy: false, voided: null, delivery: { status: 'delivered', evidence: '回执 1' }, acknowledgement: null, ...more,
});

describe('evidenceChecklist', () => {
  it('fills each item from the case’s records and leaves out copies, voided letters and letters without proof of arrival', () => {
    const c = { id: 'case-1', accounts: [{ id: 'a1' }, { id: 'a2' }] } as Parameters<typeof evidenceChecklist>[0];
    const checklist = evidenceChecklist(
      c,
      [
        letter('l1', 'demand_notice'),
        letter('l2', 'final_demand', { delivery: { status: 'posted', evidence: null } }),
        letter('l3', 'guarantor_demand', { acknowledgement: { signedOn: '2026-01-02', signerType: 'self' } }),
        letter('l4', 'reminder', { voided: { at: 'x' } }),
        letter('l5', 'demand_notice', { copy: true }),
      ],
      [{ id: 'r1', voided: null }, { id: 'r2', voided: { at: 'x' } }],
    );
    expect(checklist).toEqual([
      { item: 'contract', refs: ['a1', 'a2'] },
      { item: 'statement', refs: ['case-1'] },
      { item: 'demand_letter', refs: ['l1'] },
      { item: 'guarantor_notice', refs: ['l3'] },
      { item: 'acknowledgement', refs: ['l3'] },
      { item: 'receipt', refs: ['r1'] },
    ]);
    expect(missingItems(checklist)).toEqual([]);
  });

  it('names what is missing', () => {
    const c = { id: 'case-1', accounts: [{ id: 'a1' }] } as Parameters<typeof evidenceChecklist>[0];
    expect(missingItems(evidenceChecklist(c, [], []))).toEqual(['demand_letter', 'guarantor_notice', 'acknowledgement', 'receipt']);
  });
});

describe('lawsuitEvents: filing interrupts limitation (Civil Code art. 195)', () => {
  it('gives a lawsuit event per party sued on the filing date, and the engine suspends the period from it', () => {
    const filing: LegalStepRecord = {
      id: 'lc', caseId: 'case-1', legalCaseId: 'lc', recordedAt: '2026-01-05T01:00:00Z', makerId: 'demo-admin',
      step: {
        kind: 'file', referralId: 'r', proceeding: 'suit', forum: 'court', forumName: '法院', caseNumber: '（2026）沪0115民初1号', filedOn: '2026-01-05',
        parties: [{ partyId: B, role: 'defendant' }], claim: { principalFen: 1, interestFen: 0, penaltyFen: 0, feesFen: 0 }, costs: { courtFeeFen: 0, counselFeeFen: 0 },
      },
    };
    const hearing: LegalStepRecord = { ...filing, id: 'h', step: { kind: 'hearing', on: '2026-02-01', time: '09:00', place: '一庭', attendeeIds: [] } };
    const events = lawsuitEvents([filing, hearing]);
    expect(events).toEqual([{ kind: 'lawsuit', date: '2026-01-05', partyId: B, evidence: '（2026）沪0115民初1号' }]);
    const [result] = limitationFor(makeCase([account('a1', '2024-03-15')], borrowerOnly()), events, '2026-02-01');
    expect(result).toMatchObject({ status: 'suspended_by_lawsuit', expiry: null, lastInterruption: { kind: 'lawsuit', date: '2026-01-05' } });
  });
});

describe('openSuitHolds: the litigation hold while a suit is open', () => {
  const base = { caseId: 'case-1', recordedAt: '2026-01-05T01:00:00.000Z', makerId: 'demo-admin' };
  const file = (legalCaseId: string): LegalStepRecord => ({
    ...base, id: legalCaseId, legalCaseId,
    step: { kind: 'file', referralId: 'r', proceeding: 'suit', forum: 'court', forumName: '法院', caseNumber: 'x', filedOn: '2026-01-05', parties: [{ partyId: B, role: 'defendant' }], claim: { principalFen: 1, interestFen: 0, penaltyFen: 0, feesFen: 0 }, costs: { courtFeeFen: 0, counselFeeFen: 0 } },
  });
  const close = (legalCaseId: string): LegalStepRecord => ({ ...base, id: `${legalCaseId}-c`, legalCaseId, step: { kind: 'closure', on: '2026-06-01', outcome: 'paid', reason: '已清偿' } });

  it('holds from the filing until closure; the cn pack then blocks a phone call and lets legal contact through', () => {
    const holds = openSuitHolds([file('lc1')]);
    expect(holds).toEqual([{ kind: 'litigation', since: '2026-01-05T01:00:00.000Z' }]);
    const now = new Date('2026-02-01T03:00:00Z');
    const findings = (channel: 'phone' | 'legal') => checkHolds(getPack('cn-2026'), { holds, channel, timeZone: 'Asia/Shanghai' }, now);
    expect(findings('phone').map((f) => f.ruleId)).toEqual(['cn.hold.litigation']);
    expect(findings('legal')).toEqual([]);
    expect(openSuitHolds([file('lc1'), close('lc1')])).toEqual([]);
  });
});
