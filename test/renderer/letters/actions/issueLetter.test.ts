import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueLetter, issueLetterBatch, reprintLetter, voidLetter } from '../../../../renderer/src/letters/actions';
import { runAction, type ActionContext } from '../../../../renderer/src/store/runAction';
import { LetterRepository } from '../../../../renderer/src/letters/repository/letterRepository';
import type { Store } from '../../../../renderer/src/store/openStore';
import { formatLetterNumber } from '../../../../shared/letters/serial';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore, supervisor } from '../../store/fixture';
import { sha256Hex } from '../../../../shared/fieldwork/visits';

const c1 = makeCase(1, { officerId: collector.id });
const c2 = makeCase(2, { officerId: collector.id });
let store: Store;
let ctx: ActionContext;
let letters: LetterRepository;

beforeEach(async () => {
  const opened = await openTestStore([c1, c2]);
  store = opened.store;
  ctx = opened.contextFor(supervisor);
  letters = new LetterRepository(store.db);
});
afterEach(() => closeTestStore(store));

/** A letter as the render returns it, printed with this device's `counter`. */
const rendered = (counter: number, c = c1) => ({
  number: formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: ctx.device.deviceCode, counter }),
  type: 'demand_notice' as const,
  templateId: 'cn.demand_notice',
  templateVersion: '1',
  caseId: c.id,
  caseNumber: c.caseNumber,
  partyId: c.parties[0]!.id,
  recipientName: c.parties[0]!.name,
  issueDate: '2026-11-23',
  deadline: '2026-12-08',
  totalFen: 1_000_00,
  verificationCode: 'ABCD-EFGH',
  noticeCount: 1,
  pdfSha256: 'a'.repeat(64),
  pdfBytes: 12_345,
  copy: false as const,
});

describe('issueLetter: the number is taken in the transaction that registers the letter', () => {
  it('registers the rendered letter and takes its number; the next letter gets the next number', async () => {
    expect(await letters.nextCounter()).toBe(1);
    const result = await runAction(ctx, issueLetter, { letter: rendered(1) });
    expect(result.ok).toBe(true);
    expect(await letters.nextCounter()).toBe(2);
    const [registered] = await letters.all();
    expect(registered).toMatchObject({ number: rendered(1).number, issuerId: supervisor.id, copy: false });
    expect((await store.db.outbox.toArray()).map((m) => m.name)).toEqual(['issueLetter']);
    expect((await store.db.audit.toArray()).map((a) => a.action)).toEqual(['letter.issue']);
  });

  it('a render that failed never called the action: no number is taken, the register has no gap', async () => {
    await runAction(ctx, issueLetter, { letter: rendered(1) });
    // The second render fails (the worker died): nothing is called. The third letter prints the next number.
    expect(await letters.nextCounter()).toBe(2);
    expect((await runAction(ctx, issueLetter, { letter: rendered(2) })).ok).toBe(true);
    expect((await letters.all()).map((l) => l.number).sort()).toEqual([rendered(1).number, rendered(2).number]);
  });

  it('a number taken while the letter rendered is refused (number_taken), and nothing is written', async () => {
    await runAction(ctx, issueLetter, { letter: rendered(1) });
    const before = await footprint(store);
    const result = await runAction(ctx, issueLetter, { letter: rendered(1, c2) });
    expect(result).toMatchObject({ ok: false, error: { code: 'number_taken' } });
    expect(await footprint(store)).toEqual(before);
  });

  it('a number from another device is refused', async () => {
    const foreign = { ...rendered(1), number: formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: 'ZZZZZZ', counter: 1 }) };
    expect(await runAction(ctx, issueLetter, { letter: foreign })).toMatchObject({ ok: false, error: { code: 'not_this_device' } });
    expect(await letters.nextCounter()).toBe(1);
  });

  it('killed while registering (after the counter is taken): the counter goes back with everything else', async () => {
    const before = await footprint(store);
    const crash = () => {
      throw new Error('crash while writing the register');
    };
    store.db.letters.hook('creating', crash);
    const result = await runAction(ctx, issueLetter, { letter: rendered(1) });
    store.db.letters.hook('creating').unsubscribe(crash);
    expect(result.ok).toBe(false);
    expect(await footprint(store)).toEqual(before);
    expect(await letters.nextCounter()).toBe(1);
  });

  it('a copy is registered under the same number and takes none; a void letter is not re-printed', async () => {
    const issued = await runAction(ctx, issueLetter, { letter: rendered(1) });
    if (!issued.ok) throw new Error(issued.error.message);
    const copy = await runAction(ctx, reprintLetter, { caseId: c1.id, letterId: issued.value.id, pdfSha256: 'b'.repeat(64), pdfBytes: 999 });
    expect(copy).toMatchObject({ ok: true, value: { number: rendered(1).number, copy: true, pdfSha256: 'b'.repeat(64) } });
    expect(await letters.nextCounter()).toBe(2);
    expect((await runAction(ctx, voidLetter, { caseId: c1.id, letterId: issued.value.id, reason: '收件地址有误' })).ok).toBe(true);
    expect(await runAction(ctx, reprintLetter, { caseId: c1.id, letterId: issued.value.id, pdfSha256: 'c'.repeat(64), pdfBytes: 999 })).toMatchObject({ ok: false, error: { code: 'letter_voided' } });
  });
});

describe('issueLetterBatch: all numbers of a batch with all its letters, or none', () => {
  it('registers a batch numbered from the next counter, in one transaction', async () => {
    const result = await runAction(ctx, issueLetterBatch, { letters: [rendered(1), rendered(2, c2)] });
    expect(result.ok).toBe(true);
    expect(await letters.nextCounter()).toBe(3);
    expect(await store.db.letters.count()).toBe(2);
  });

  it('refuses numbers that skip one (number_gap) or are no longer the next (number_taken), writing nothing', async () => {
    const before = await footprint(store);
    expect(await runAction(ctx, issueLetterBatch, { letters: [rendered(1), rendered(3, c2)] })).toMatchObject({ ok: false, error: { code: 'number_gap' } });
    expect(await runAction(ctx, issueLetterBatch, { letters: [rendered(2), rendered(3, c2)] })).toMatchObject({ ok: false, error: { code: 'number_taken' } });
    expect(await footprint(store)).toEqual(before);
  });

  it('a batch in volumes keeps each volume once, with the first letter that names it; a count that does not match writes nothing', async () => {
    const volume = (text: string) => new TextEncoder().encode(text);
    const [v1, v2] = [volume('%PDF volume 1'), volume('%PDF volume 2')];
    const named = (counter: number, bytes: Uint8Array, c = c1) => ({ ...rendered(counter, c), pdfSha256: sha256Hex(bytes), pdfBytes: bytes.byteLength });
    const batch = [named(1, v1), named(2, v1, c2), named(3, v2), named(4, v2, c2)];
    const before = await footprint(store);
    expect(await runAction(ctx, issueLetterBatch, { letters: batch, volumes: [v1] })).toMatchObject({ ok: false, error: { code: 'volume_mismatch' } });
    expect(await footprint(store)).toEqual(before);
    expect((await runAction(ctx, issueLetterBatch, { letters: batch, volumes: [v1, v2] })).ok).toBe(true);
    expect(await store.db.letters.count()).toBe(4);
    expect((await store.db.attachmentBlobs.toArray()).map((b) => b.id).sort()).toEqual([sha256Hex(v1), sha256Hex(v2)].sort());
  });

  it('a collector may not print a batch (the clerk’s and the supervisor’s work)', async () => {
    const asCollector = { ...ctx, operator: collector, actor: { ...ctx.actor, userId: collector.id } };
    expect(await runAction(asCollector, issueLetterBatch, { letters: [rendered(1)] })).toMatchObject({ ok: false, error: { code: 'role' } });
  });
});
