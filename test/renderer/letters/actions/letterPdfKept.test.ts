import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueLetter, issueLetterBatch } from '../../../../renderer/src/letters/actions';
import { runAction, type ActionContext } from '../../../../renderer/src/store/runAction';
import type { Store } from '../../../../renderer/src/store/openStore';
import { formatLetterNumber } from '../../../../shared/letters/serial';
import { sha256Hex } from '../../../../shared/fieldwork/visits';
import { localEvidence } from '../../../../renderer/src/sync/evidence/evidenceState';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, openTestStore, supervisor } from '../../store/fixture';

const c1 = makeCase(1, { officerId: collector.id });
let store: Store;
let ctx: ActionContext;

beforeEach(async () => {
  const opened = await openTestStore([c1]);
  store = opened.store;
  ctx = opened.contextFor(supervisor);
});
afterEach(() => closeTestStore(store));

const pdf = new TextEncoder().encode('%PDF-1.7\n% a letter\n');
const letter = (pdfSha256: string) => ({
  number: formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: ctx.device.deviceCode, counter: 1 }),
  type: 'demand_notice' as const,
  templateId: 'cn.demand_notice',
  templateVersion: '1',
  caseId: c1.id,
  caseNumber: c1.caseNumber,
  partyId: c1.parties[0]!.id,
  recipientName: c1.parties[0]!.name,
  issueDate: '2026-11-23',
  deadline: '2026-12-08',
  totalFen: 1_000_00,
  verificationCode: 'ABCD-EFGH',
  noticeCount: 1,
  pdfSha256,
  pdfBytes: pdf.byteLength,
  copy: false as const,
});

describe('an issued letter keeps its PDF for head office (sync/evidence)', () => {
  it('the bytes are kept under the letter’s pdfSha256 and the evidence step sees them', async () => {
    const result = await runAction(ctx, issueLetter, { letter: letter(sha256Hex(pdf)), pdf });
    expect(result.ok).toBe(true);
    expect((await store.db.attachmentBlobs.get(sha256Hex(pdf)))?.bytes).toEqual(pdf);
    expect(await localEvidence(store.db)).toEqual([expect.objectContaining({ sha256: sha256Hex(pdf), kind: 'letter' })]);
  });

  it('a PDF that is not the one the letter’s hash names is refused, and nothing is registered', async () => {
    const result = await runAction(ctx, issueLetter, { letter: letter('b'.repeat(64)), pdf });
    expect(result.ok).toBe(false);
    expect(await store.db.letters.count()).toBe(0);
    expect(await store.db.attachmentBlobs.count()).toBe(0);
  });
});

describe('a batch keeps its merged PDF once, under the hash every letter of it carries', () => {
  it('one copy of the bytes for the whole batch', async () => {
    const second = { ...letter(sha256Hex(pdf)), number: formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: ctx.device.deviceCode, counter: 2 }) };
    const result = await runAction(ctx, issueLetterBatch, { letters: [letter(sha256Hex(pdf)), second], pdf });
    expect(result.ok).toBe(true);
    expect(await store.db.letters.count()).toBe(2);
    expect(await store.db.attachmentBlobs.count()).toBe(1);
    expect(await localEvidence(store.db)).toEqual([expect.objectContaining({ sha256: sha256Hex(pdf), kind: 'letter' })]);
  });
});
