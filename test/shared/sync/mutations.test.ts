import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  MUTATION_NAMES,
  MUTATION_SCHEMA_VERSION,
  MutationSchema,
  OutboxEntrySchema,
  PROTOCOL_VERSION,
  hlcNow,
  makeOutboxEntry,
  newId,
  type MutationName,
} from '../../../shared/sync';
import { AT, GOOD, uid } from './fixtures';

type Args = Record<string, unknown>;
const good = (name: MutationName): Args => structuredClone(GOOD[name]) as Args;
/** The distinct paths of the issues zod reports for `{ name, args }`; [] when it parses. */
function issuePaths(name: string, args: unknown): string[] {
  const r = MutationSchema.safeParse({ name, args });
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
}

describe('mutation names', () => {
  it('lists every mutation, each with a good example', () => {
    expect([...MUTATION_NAMES].sort()).toEqual(Object.keys(GOOD).sort());
    expect(MUTATION_NAMES).toEqual(
      expect.arrayContaining([
        'recordActivity', 'createPromise', 'recordPayment', 'createPlan', 'decidePlan', 'recordReceipt', 'voidReceipt',
        'planVisit', 'recordVisit', 'addAttachment', 'addPhone', 'retirePhone', 'addAddress', 'retireAddress',
        'setCaseStatus', 'openDispute', 'resolveDispute', 'recordOverride',
      ]),
    );
  });

  it.each(MUTATION_NAMES.map((n) => [n]))('%s: accepts its good example', (name) => {
    expect(issuePaths(name, good(name))).toEqual([]);
  });

  it.each(MUTATION_NAMES.map((n) => [n]))('%s: refuses args without caseId, and an unknown key', (name) => {
    const { caseId: _omit, ...missing } = good(name);
    expect(issuePaths(name, missing)).toEqual(['args.caseId']);
    expect(issuePaths(name, { ...good(name), extra: 1 })).toEqual(['args']);
  });

  it('refuses an unknown name, and args that belong to another name', () => {
    expect(issuePaths('deleteCase', { caseId: 'c1' })).toEqual(['name']);
    expect(issuePaths('recordActivity', good('createPromise')).length).toBeGreaterThan(0);
  });
});

/** [mutation, why, change to the good args, the issue path(s) expected] */
const BAD: [MutationName, string, Args, string | string[]][] = [
  ['recordActivity', 'unknown outcome', { outcome: 'threatened' }, 'args.outcome'],
  ['recordActivity', 'unknown channel', { channel: 'fax' }, 'args.channel'],
  ['recordActivity', 'next action on 2025-02-30', { nextActionDate: '2025-02-30' }, 'args.nextActionDate'],
  ['recordActivity', 'time without zone', { at: '2025-03-01T09:30:00' }, 'args.at'],
  ['recordActivity', 'id not a UUIDv7 (v4)', { id: '9b2f4a8e-3c1d-4e5f-8a9b-0c1d2e3f4a5b' }, 'args.id'],
  ['recordActivity', 'missing partyId', { partyId: undefined }, 'args.partyId'],
  ['createPromise', 'negative fen', { amountFen: -100 }, 'args.amountFen'],
  ['createPromise', 'zero fen', { amountFen: 0 }, 'args.amountFen'],
  ['createPromise', 'fractional fen', { amountFen: 100.5 }, 'args.amountFen'],
  ['createPromise', 'yuan as a string', { amountFen: '5000.00' }, 'args.amountFen'],
  ['createPromise', 'unsafe integer fen', { amountFen: 2 ** 53 }, 'args.amountFen'],
  ['createPromise', 'date with slashes', { dueDate: '2025/03/31' }, 'args.dueDate'],
  ['createPromise', 'month 13', { dueDate: '2025-13-01' }, 'args.dueDate'],
  ['recordPayment', 'negative fen', { amountFen: -1 }, 'args.amountFen'],
  ['recordPayment', 'receipt source without receiptId', { receiptId: null }, 'args.receiptId'],
  ['recordPayment', 'transfer with a receiptId', { source: 'transfer' }, 'args.receiptId'],
  ['recordPayment', '29 February in a common year', { paidOn: '2025-02-29' }, 'args.paidOn'],
  ['createPlan', 'instalments not adding up', { agreedTotalFen: 900_001, waiverFen: 99_999 }, 'args.instalments'],
  ['createPlan', 'waiver not outstanding − agreed', { waiverFen: 1 }, 'args.waiverFen'],
  ['createPlan', 'negative waiver', { waiverFen: -100_000 }, 'args.waiverFen'],
  ['createPlan', 'down payment not seq 0', { downPaymentFen: 0 }, 'args.downPaymentFen'],
  [
    'createPlan',
    'seq skipping',
    {
      instalments: [
        { seq: 0, dueDate: '2025-03-05', amountFen: 300_000 },
        { seq: 1, dueDate: '2025-04-05', amountFen: 300_000 },
        { seq: 3, dueDate: '2025-05-05', amountFen: 300_000 },
      ],
    },
    'args.instalments.2.seq',
  ],
  [
    'createPlan',
    'due dates not increasing',
    {
      instalments: [
        { seq: 0, dueDate: '2025-03-05', amountFen: 300_000 },
        { seq: 1, dueDate: '2025-04-05', amountFen: 300_000 },
        { seq: 2, dueDate: '2025-04-05', amountFen: 300_000 },
      ],
    },
    'args.instalments.2.dueDate',
  ],
  // the down payment check also fails: it was instalment 0
  ['createPlan', 'no instalments', { instalments: [] }, ['args.instalments', 'args.downPaymentFen']],
  ['decidePlan', 'reject without reason', { decision: 'reject', reason: null }, 'args.reason'],
  ['decidePlan', 'reject with a blank reason', { decision: 'reject', reason: '   ' }, 'args.reason'],
  ['decidePlan', 'unknown decision', { decision: 'maybe' }, 'args.decision'],
  ['recordReceipt', 'negative fen', { amountFen: -1_262_523 }, 'args.amountFen'],
  ['recordReceipt', 'number without a counter', { number: 'D0042' }, 'args.number'],
  ['recordReceipt', 'cheque without its number', { method: 'cheque' }, 'args.chequeNumber'],
  ['recordReceipt', 'no payer', { payerName: ' ' }, 'args.payerName'],
  ['voidReceipt', 'no reason', { reason: '' }, 'args.reason'],
  ['voidReceipt', 'missing receiptId', { receiptId: undefined }, 'args.receiptId'],
  ['planVisit', 'one person', { staff: ['u-7'] }, 'args.staff'],
  ['planVisit', 'the same person twice', { staff: ['u-7', 'u-7'] }, 'args.staff'],
  ['planVisit', 'date with time', { plannedFor: '2025-03-03T09:00:00Z' }, 'args.plannedFor'],
  ['recordVisit', 'unknown outcome', { outcome: 'unknown' }, 'args.outcome'],
  ['recordVisit', 'attachment id not a sha256', { attachmentIds: ['photo.jpg'] }, 'args.attachmentIds.0'],
  ['cancelVisit', 'no reason', { reason: '' }, 'args.reason'],
  ['addAttachment', 'sha256 in capitals', { sha256: 'A'.repeat(64) }, 'args.sha256'],
  ['addAttachment', 'negative size', { sizeBytes: -1 }, 'args.sizeBytes'],
  ['addAttachment', 'a path for a file name', { fileName: '../../etc/passwd' }, 'args.fileName'],
  ['addAttachment', 'a parent for a file name', { fileName: '..' }, 'args.fileName'],
  ['addAttachment', 'a Windows device name', { fileName: 'CON.jpg' }, 'args.fileName'],
  ['addAttachment', 'a bidi override hiding .exe', { fileName: '照片\u202Egpj.exe' }, 'args.fileName'],
  ['addAttachment', 'a hidden file', { fileName: '.bashrc' }, 'args.fileName'],
  ['addAttachment', 'no mime type', { mimeType: 'jpeg' }, 'args.mimeType'],
  ['addPhone', 'letters in the number', { number: '138-CALL-ME' }, 'args.number'],
  ['addPhone', 'unknown kind', { kind: 'pager' }, 'args.kind'],
  ['retirePhone', 'no reason', { reason: '' }, 'args.reason'],
  ['addAddress', 'five-digit postcode', { postcode: '31001' }, 'args.postcode'],
  ['addAddress', 'unknown source', { source: 'guess' }, 'args.source'],
  ['retireAddress', 'missing addressId', { addressId: undefined }, 'args.addressId'],
  ['setCaseStatus', 'on hold without a reason', { holdReason: null }, 'args.holdReason'],
  ['setCaseStatus', 'a hold reason without on hold', { to: 'promised' }, 'args.holdReason'],
  ['setCaseStatus', 'unknown status', { to: 'paid' }, 'args.to'],
  ['openDispute', 'empty description', { description: '' }, 'args.description'],
  ['openDispute', 'unknown kind', { kind: 'appeal' }, 'args.kind'],
  ['resolveDispute', 'no resolution', { resolution: ' ' }, 'args.resolution'],
  ['resolveDispute', 'a resolution one character short', { resolution: '核实未还清，不成立' }, 'args.resolution'],
  ['resolveDispute', 'no outcome', { outcome: undefined }, 'args.outcome'],
  ['resolveDispute', 'an outcome not on the list', { outcome: 'settled' }, 'args.outcome'],
  ['recordOverride', 'no rules', { ruleIds: [] }, 'args.ruleIds'],
  ['recordOverride', 'missing supervisor', { supervisorId: undefined }, 'args.supervisorId'],
  ['recordOverride', 'no reason', { reason: '' }, 'args.reason'],
  ['issueLetter', 'a PDF hash that is not SHA-256', { pdfSha256: 'abc' }, 'args.pdfSha256'],
  ['issueLetter', 'an unknown letter type', { type: 'lawyer_letter' }, 'args.type'],
  ['recordLetterDelivery', 'an unknown outcome', { outcome: 'lost' }, 'args.outcome'],
  ['recordLetterAcknowledgement', 'an impossible date', { signedOn: '2026-02-30' }, 'args.signedOn'],
  ['voidLetter', 'no reason', { reason: '' }, 'args.reason'],
  ['recordAccessEvent', 'an unknown kind', { kind: 'peek' }, 'args.kind'],
  ['requestOverride', 'a reason under the minimum', { reason: '再打一次' }, 'args.reason'],
  ['requestOverride', 'no rules', { ruleIds: [] }, 'args.ruleIds'],
  ['decideOverride', 'a rejection without a reason', { decision: 'reject', reason: null, validFrom: null, validUntil: null }, 'args.reason'],
  ['decideOverride', 'an approval without a window', { validUntil: null }, 'args.validUntil'],
  ['decideOverride', 'a window of more than 36 hours', { validUntil: '2025-03-03T09:30:00+08:00' }, 'args.validUntil'],
  ['decideOverride', 'an unknown way of deciding', { how: 'by_phone' }, 'args.how'],
  ['recordCustomerFacts', 'nothing learned', { facts: { reason: null, ability: null, willingness: null, employer: null, occupation: null, incomeBand: null, payday: null, household: null } }, 'args.facts'],
  ['recordCustomerFacts', 'a reason not in the coded list', { facts: { reason: 'lazy', ability: null, willingness: null, employer: null, occupation: null, incomeBand: null, payday: null, household: null } }, 'args.facts.reason'],
  ['recordCustomerFacts', 'willingness past the scale', { facts: { reason: null, ability: null, willingness: 4, employer: null, occupation: null, incomeBand: null, payday: null, household: null } }, 'args.facts.willingness'],
  ['recordCustomerFacts', 'a payday of 32', { facts: { reason: null, ability: null, willingness: null, employer: null, occupation: null, incomeBand: null, payday: 32, household: null } }, 'args.facts.payday'],
  ['addRelatedParty', 'an unknown kind of person', { kind: 'neighbour' }, 'args.kind'],
  ['addRelatedParty', 'a phone with letters', { phone: '139-call-me' }, 'args.phone'],
  ['addRelatedParty', 'no name', { name: '' }, 'args.name'],
  ['retireRelatedParty', 'a reason of one character', { reason: '错' }, 'args.reason'],
  ['retireRelatedParty', 'no person named', { partyId: '' }, 'args.partyId'],
  ['setTarget', 'a split that does not sum to the target', { recoveredFen: 1_000_001 }, 'args.collectors'],
  ['setTarget', 'a collector twice', { collectors: [{ officerId: 'u-7', recoveredFen: 500_000, curedAccounts: 2 }, { officerId: 'u-7', recoveredFen: 500_000, curedAccounts: 1 }] }, 'args.collectors'],
  ['setTarget', 'a month that is not one', { month: '2026-13' }, 'args.month'],
  ['setTarget', 'a success rate above 100 %', { successRateBps: 10_001 }, 'args.successRateBps'],
  ['setTarget', 'a case', { caseId: 'demo-case-00042' }, 'args.caseId'],
  ['setTarget', 'no reason', { reason: '' }, 'args.reason'],
  ['reviewConductException', 'a case', { caseId: 'demo-case-00042' }, 'args.caseId'],
  ['reviewConductException', 'a note shorter than 4 characters', { note: '已阅' }, 'args.note'],
  ['reviewConductException', 'no exception', { exceptionId: '' }, 'args.exceptionId'],
  ['recordAccessEvent', 'an unmask without a reason', { reason: ' ' }, 'args.reason'],
  ['recordAccessEvent', 'an unmask without a field', { field: null }, 'args.field'],
  ['recordAccessEvent', 'a field on a sign-in', { kind: 'sign_in' }, 'args.field'],
  ['recordAccessEvent', 'no user on a sign-in', { kind: 'sign_in', field: null, userId: null }, 'args.userId'],
  ['assignCase', 'no reason', { reason: '  ' }, 'args.reason'],
  ['assignCase', 'no name for the collector', { officerName: ' ' }, 'args.officerName'],
  ['assignCase', 'a reason of one character', { reason: '换' }, 'args.reason'],
  ['assignCase', 'to the collector it already has', { officerId: 'u-7' }, 'args.officerId'],
  ['assignCase', 'assigned at a time without zone', { assignedAt: '2025-03-01T09:30:00' }, 'args.assignedAt'],
  ['proposeArrangement', 'an unknown kind', { kind: 'bankrupt' }, 'args.kind'],
  ['proposeArrangement', 'reasons too short to decide on', { reasons: '住院' }, 'args.reasons'],
  ['proposeArrangement', 'evidence that is not a SHA-256', { evidenceIds: ['scan.jpg'] }, 'args.evidenceIds.0'],
  ['proposeArrangement', 'a decision date that does not exist', { decideBy: '2026-02-30' }, 'args.decideBy'],
  ['decideArrangement', 'no reason', { reason: ' ' }, 'args.reason'],
  ['decideArrangement', 'a decision not on the list', { decision: 'defer' }, 'args.decision'],
  ['reviewDispute', 'no dispute', { disputeId: '' }, 'args.disputeId'],
  ['reviewDispute', 'a time that is not an instant', { reviewedAt: '2026-11-23' }, 'args.reviewedAt'],
  ['resolveDispute', 'more evidence than a resolution cites', { evidence: Array.from({ length: 21 }, (_, i) => `att-${i}`) }, 'args.evidence'],
  ['referLegal', 'a proceeding not on the list', { proceeding: 'mediation' }, 'args.proceeding'],
  ['referLegal', 'reasons too short to decide on', { reasons: '不还' }, 'args.reasons'],
  ['referLegal', 'a checklist item twice', { checklist: [{ item: 'contract', refs: [] }, { item: 'contract', refs: ['x'] }] }, 'args.checklist'],
  ['referLegal', 'a claim of nothing', { claimFen: 0 }, 'args.claimFen'],
  ['decideLegalReferral', 'head office\'s decision sent as the supervisor\'s', { decision: 'accept' }, 'args.decision'],
  ['reviewLegalReferral', 'no reason', { reason: ' ' }, 'args.reason'],
  ['recordLegalBundle', 'documents not numbered in order', { documents: [{ seq: 2, kind: 'statement', title: '欠款明细', sha256: 'c'.repeat(64), hashOf: 'section' }] }, 'args.documents'],
  ['recordLegalBundle', 'a PDF hash in capitals', { pdfSha256: 'B'.repeat(64) }, 'args.pdfSha256'],
  ['recordLegalStep', 'a filing that names another legal case', { legalCaseId: 'lc-other' }, 'args.legalCaseId'],
  ['recordLegalStep', 'a filing with no party sued', { step: { ...(GOOD.recordLegalStep.step as object), parties: [] } }, 'args.step.parties'],
  ['recordLegalStep', 'a hearing at 25:00', { legalCaseId: 'lc-1', step: { kind: 'hearing', on: '2025-04-01', time: '25:00', place: '第三法庭', attendeeIds: [] } }, 'args.step.time'],
  ['recordLegalStep', 'a judgment with fen that are not whole', { legalCaseId: 'lc-1', step: { kind: 'judgment', effectiveOn: '2025-06-01', performBy: '2025-06-11', instalmentDueDates: [], awarded: { principalFen: 1.5, interestFen: 0, penaltyFen: 0, feesFen: 0 } } }, 'args.step.awarded.principalFen'],
  ['proposeOutsourcing', 'no agency named', { agencyId: '' }, 'args.agencyId'],
  ['proposeOutsourcing', 'a reason too short to decide on', { reason: '委外' }, 'args.reason'],
  ['decideOutsourcing', 'head office\'s word sent as the supervisor\'s', { decision: 'accept' }, 'args.decision'],
  ['decideOutsourcing', 'no reason', { reason: ' ' }, 'args.reason'],
  ['recordOutsourcingHandover', 'a move that is not give or recall', { move: 'return' }, 'args.move'],
  ['recordOutsourcingHandover', 'no reason', { reason: '' }, 'args.reason'],
  ['recordOutsourcingHandover', 'an instant with no zone', { at: '2026-11-23 10:00' }, 'args.at'],
];

describe('mutation args', () => {
  it('has bad examples for every mutation', () => {
    expect(new Set(BAD.map(([n]) => n))).toEqual(new Set(MUTATION_NAMES));
  });

  it.each(BAD)('%s: refuses %s', (name, _why, patch, path) => {
    const args = { ...good(name), ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete args[k];
    expect(issuePaths(name, args)).toEqual(typeof path === 'string' ? [path] : path);
  });

  it.each<[MutationName, Args]>([
    ['recordActivity', { channel: 'visit', phoneId: null, addressId: 'demo-addr-00042-1-1', partyId: 'demo-party-00042-1', nextAction: null, nextActionDate: null }],
    ['createPromise', { activityId: null, dueDate: '2024-02-29' }],
    ['recordPayment', { source: 'transfer', receiptId: null, reference: '2025030112345' }],
    ['createPlan', { downPaymentFen: 0, instalments: [{ seq: 1, dueDate: '2025-04-05', amountFen: 900_000 }], kind: 'custom' }],
    ['createPlan', { outstandingFen: 900_000, waiverFen: 0 }],
    ['decidePlan', { decision: 'reject', reason: '减免超出权限' }],
    ['recordReceipt', { method: 'cheque', chequeNumber: '00012345', number: 'SK-D0042-000318' }],
    ['recordVisit', { peopleMet: null, outcome: 'not_at_home', attachmentIds: [], staff: ['u-7', 'u-8', 'u-9'] }],
    ['addAttachment', { owner: null, mimeType: 'application/pdf', fileName: '回执.pdf' }],
    ['setCaseStatus', { from: 'on_hold', to: 'contacting', holdReason: null }],
    ['recordOverride', { subject: null }],
    ['recordOverride', { requestId: 'some-request' }],
    ['decideOverride', { decision: 'reject', reason: '理由不足', validFrom: null, validUntil: null }],
    ['recordAccessEvent', { kind: 'sign_in_failed', userId: null, field: null, subjectId: null, reason: null, detail: 'name typed: zhangsan' }],
    ['recordAccessEvent', { kind: 'export', field: null, subjectId: null, reason: null, detail: 'case list CSV, 120 rows' }],
  ])('%s: accepts a variant', (name, patch) => {
    expect(issuePaths(name, { ...good(name), ...patch })).toEqual([]);
  });
});

describe('OutboxEntry', () => {
  const entryInput = { mutationId: 7, userId: 'u-7', deviceId: 'D0042', hlc: hlcNow(null, Date.parse(AT), 'D0042'), createdAt: AT } as const;
  const fixedRandom = () => new Uint8Array(16).fill(0xab);

  it('makeOutboxEntry fills the versions, the caseId and a UUIDv7 id timed at createdAt', () => {
    const entry = makeOutboxEntry({ ...entryInput, name: 'recordReceipt', args: GOOD.recordReceipt }, { random: fixedRandom });
    expect(entry).toEqual({
      ...entryInput,
      id: entry.id,
      name: 'recordReceipt',
      args: GOOD.recordReceipt,
      schemaVersion: MUTATION_SCHEMA_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      caseId: 'demo-case-00042',
    });
    expect(MUTATION_SCHEMA_VERSION).toBe(1);
    expect(PROTOCOL_VERSION).toBe(1);
    // 2025-03-01T01:30:00Z = 0x01954F5315C0 ms in the first 48 bits
    expect(entry.id).toMatch(/^01954f53-15c0-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(makeOutboxEntry({ ...entryInput, name: 'recordReceipt', args: GOOD.recordReceipt }, { random: fixedRandom }).id).toBe(entry.id);
    expect(OutboxEntrySchema.parse(entry)).toEqual(entry);
  });

  it('makes an entry for every mutation, and narrows args by name', () => {
    for (const name of MUTATION_NAMES) {
      const entry = makeOutboxEntry({ ...entryInput, name, args: GOOD[name] });
      expect(entry.name).toBe(name);
      // A target and a conduct review are about the branch, not a case.
      expect(entry.caseId).toBe(name === 'setTarget' || name === 'reviewConductException' ? null : 'demo-case-00042');
    }
    const e = makeOutboxEntry({ ...entryInput, name: 'voidReceipt', args: GOOD.voidReceipt });
    const reason: string = e.args.reason; // compiles only because args is narrowed to voidReceipt's
    expect(reason).toBe('金额填写错误');
  });

  it('keeps a given id, and trims typed reasons', () => {
    const entry = makeOutboxEntry({ ...entryInput, id: uid(99), name: 'voidReceipt', args: { ...GOOD.voidReceipt, reason: '  金额写错了  ' } });
    expect(entry.id).toBe(uid(99));
    expect(entry.args.reason).toBe('金额写错了');
  });

  it('throws a ZodError on bad args, so a bad intent never reaches the outbox', () => {
    expect(() => makeOutboxEntry({ ...entryInput, name: 'createPromise', args: { ...GOOD.createPromise, amountFen: -1 } })).toThrow(ZodError);
  });

  const valid = () => makeOutboxEntry({ ...entryInput, name: 'addPhone', args: GOOD.addPhone }) as Record<string, unknown>;
  const without = (key: string) => {
    const e = valid();
    delete e[key];
    return e;
  };

  it.each<[string, () => Record<string, unknown>, string]>([
    ['missing schemaVersion', () => without('schemaVersion'), 'schemaVersion'],
    ['missing protocolVersion', () => without('protocolVersion'), 'protocolVersion'],
    ['a newer schemaVersion', () => ({ ...valid(), schemaVersion: 2 }), 'schemaVersion'],
    ['protocolVersion as a string', () => ({ ...valid(), protocolVersion: '1' }), 'protocolVersion'],
    ['missing mutationId', () => without('mutationId'), 'mutationId'],
    ['mutationId 0', () => ({ ...valid(), mutationId: 0 }), 'mutationId'],
    ['fractional mutationId', () => ({ ...valid(), mutationId: 1.5 }), 'mutationId'],
    ['id not a UUIDv7', () => ({ ...valid(), id: 'abc' }), 'id'],
    ['missing userId', () => without('userId'), 'userId'],
    ['missing hlc', () => without('hlc'), 'hlc'],
    ['an hlc from another device', () => ({ ...valid(), hlc: hlcNow(null, 1, 'D0043') }), 'hlc'],
    ['caseId not the args caseId', () => ({ ...valid(), caseId: 'demo-case-00043' }), 'caseId'],
    ['createdAt without a zone', () => ({ ...valid(), createdAt: '2025-03-01 09:30' }), 'createdAt'],
    ['unknown name', () => ({ ...valid(), name: 'deletePhone' }), 'name'],
    ['bad args', () => ({ ...valid(), args: { ...GOOD.addPhone, number: 'x' } }), 'args.number'],
  ])('refuses %s', (_name, make, path) => {
    const r = OutboxEntrySchema.safeParse(make());
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it('drops bookkeeping a local store keeps next to the entry', () => {
    const entry = valid();
    expect(OutboxEntrySchema.parse({ ...entry, attempts: 3 })).toEqual(entry);
  });
});

describe('newId', () => {
  it('makes UUIDv7 ids with the runtime crypto when no random source is given', () => {
    const a = newId();
    const b = newId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('uses an injected random source and time', () => {
    expect(newId({ random: () => new Uint8Array(16), msecs: 0 })).toBe('00000000-0000-7000-8000-000000000000');
    const ones = () => new Uint8Array(16).fill(0xff);
    expect(newId({ random: ones, msecs: 1 })).toBe(newId({ random: ones, msecs: 1 }));
    expect(newId({ random: ones, msecs: 1 })).toMatch(/^00000000-0001-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-ffffffffffff$/);
  });
});
