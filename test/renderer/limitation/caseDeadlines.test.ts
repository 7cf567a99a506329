import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../../../renderer/src/limitation/caseDeadlines';
import type { RegisteredLetter } from '../../../renderer/src/letters/repository/register';
import { makeCase } from '../../fixtures/cases';

function caseDueOn(dueDate: string) {
  const c = makeCase(1);
  c.accounts[0] = { ...c.accounts[0]!, maturityDate: dueDate, overdueSince: dueDate };
  return c;
}

function letter(over: Partial<RegisteredLetter>): RegisteredLetter {
  return {
    id: 'l1',
    number: 'CS-310115-2026-DK7Q2M-000001',
    type: 'demand_notice',
    templateId: 'cn.demand_notice',
    templateVersion: '2026.1',
    caseId: 'case-0001',
    caseNumber: 'CS-000001',
    partyId: 'case-0001-p1',
    recipientName: '测试1',
    issueDate: '2024-06-01',
    deadline: null,
    totalFen: 1,
    verificationCode: 'X',
    noticeCount: 1,
    pdfSha256: 'a'.repeat(64),
    pdfBytes: 1,
    issuerId: 'u',
    issuedAt: '2024-06-01T02:00:00Z',
    copy: false,
    delivery: { method: null, trackingNumber: null, status: 'not_sent', at: null, evidence: null },
    acknowledgement: null,
    voided: null,
    ...over,
  };
}
const none = { promises: [], payments: [], plans: [] };

describe('letters recorded in the register move the limitation period', () => {
  it('runs 3 years from the due date when nothing interrupted it', () => {
    const [l] = caseDeadlines(caseDueOn('2024-03-15'), { ...none, letters: [] }, '2026-11-23').limitation;
    expect(l).toMatchObject({ status: 'running', expiry: '2027-03-15' });
  });

  it('restarts from a delivered demand with proof, and from a signed 回执', () => {
    const delivered = letter({ delivery: { method: 'ems', trackingNumber: 'EA1', status: 'delivered', at: '2025-05-20T02:00:00Z', evidence: '妥投签收 EA1' } });
    expect(caseDeadlines(caseDueOn('2024-03-15'), { ...none, letters: [delivered] }, '2026-11-23').limitation[0]).toMatchObject({ expiry: '2028-05-20' });
    const signed = letter({ acknowledgement: { signedOn: '2025-07-01', signerType: 'self' } });
    expect(caseDeadlines(caseDueOn('2024-03-15'), { ...none, letters: [signed] }, '2026-11-23').limitation[0]).toMatchObject({ expiry: '2028-07-01' });
  });

  it('a delivery stamped before 08:00 in Shanghai counts on its Shanghai day, not the UTC day before', () => {
    // 2025-05-20T23:30:00Z is 07:30 on 2025-05-21 in Shanghai.
    const delivered = letter({ delivery: { method: 'ems', trackingNumber: 'EA1', status: 'delivered', at: '2025-05-20T23:30:00Z', evidence: '妥投签收 EA1' } });
    expect(caseDeadlines(caseDueOn('2024-03-15'), { ...none, letters: [delivered] }, '2026-11-23').limitation[0]).toMatchObject({ expiry: '2028-05-21' });
  });

  it('says beside a last day on a holiday which working day to act by', () => {
    // Due 2023-10-01: the period's last day is 2026-10-01, National Day.
    const [l] = caseDeadlines(caseDueOn('2023-10-01'), { ...none, letters: [] }, '2026-06-01').limitation;
    expect(l).toMatchObject({ expiry: '2026-10-01' });
    expect(l!.notes).toContainEqual({ key: 'limitation.note.lastDayNotWorking', params: { expiry: '2026-10-01', actBy: '2026-09-30' } });
  });

  it('ignores a letter that was sent but not shown to have arrived, and a voided one', () => {
    const sent = letter({ delivery: { method: 'ems', trackingNumber: 'EA1', status: 'sent', at: '2025-05-20T02:00:00Z', evidence: null } });
    const voided = letter({ acknowledgement: { signedOn: '2025-07-01', signerType: 'self' }, voided: { at: '2025-07-02T00:00:00Z', reason: '地址错误重开', userId: 'u' } });
    expect(caseDeadlines(caseDueOn('2024-03-15'), { ...none, letters: [sent, voided] }, '2026-11-23').limitation[0]).toMatchObject({ expiry: '2027-03-15' });
  });

  it('a borrower who signs a plan confirmation after expiry waives the defence', () => {
    const plan = letter({ type: 'plan_confirmation', acknowledgement: { signedOn: '2026-11-01', signerType: 'self' } });
    const expired = caseDeadlines(caseDueOn('2022-01-10'), { ...none, letters: [] }, '2026-11-23').limitation[0]!;
    expect(expired.status).toBe('expired');
    expect(caseDeadlines(caseDueOn('2022-01-10'), { ...none, letters: [plan] }, '2026-11-23').limitation[0]!.status).toBe('waived_by_acknowledgement');
  });
});
