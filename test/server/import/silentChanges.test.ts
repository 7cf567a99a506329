import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, Party } from '../../../shared/domain/case';
import { importExtract } from '../../../server/import/apply';
import { caseIdOf } from '../../../server/import/portfolio';
import { rejectionReportCsv, spreadsheetSafe } from '../../../server/import/report';
import type { Db } from '../../../server/db/types';
import { caseToRows, COLUMNS, customerNoOf, demoCases, type Row } from '../../fixtures/import/demoExtract';
import type { Extract } from '../../../server/import/extract';
import { eachBackend, entry, openDb, push, signIn, startHarness, type Harness } from '../harness';

/**
 * Each change an extract used to make silently (issue 11) is now a correct update or a refusal with a reason.
 */

/** An extract of these rows with only these columns: the file a bank's system made. */
const extractWith = (rows: readonly Row[], columns: readonly string[] = COLUMNS): Extract => ({
  format: 'csv',
  encoding: 'utf-8',
  header: [...columns],
  rows: rows.map((r, i) => ({ rowNumber: i + 2, cells: Object.fromEntries(columns.map((c) => [c, r[c] ?? ''])) })),
});

describe('the rejection report is safe to open in a spreadsheet', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '张三', '4.35'].map(spreadsheetSafe)).toEqual([
      `'=HYPERLINK("http://x")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      '张三',
      '4.35',
    ]);
    const csv = rejectionReportCsv([{ row: 2, customerNo: '=cmd|"/c calc"!A1', field: 'interest', code: 'money_negative', params: { value: '-5.00' }, reason: 'must not be negative: -5.00' }], 'en');
    expect(csv).toBe(`\uFEFFrow,customer_no,field,code,reason\r\n2,"'=cmd|""/c calc""!A1",interest,money_negative,must not be negative: -5.00\r\n`);
  });
});

eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(12, { seed: 'silent-changes', snapshotDate: '2026-11-20' });
  const rows = cases.flatMap(caseToRows);
  const [alice, bob, carol, dave] = cases as [Case, Case, Case, Case];
  const no = customerNoOf;
  const day = (d: string, rs: readonly Row[] = rows): Row[] => rs.map((r) => ({ ...r, snapshot_date: d }));
  const stored = async (c: Case) => (await db.query<{ data: Case; status: string; version: string }>('SELECT data, status, version FROM cases WHERE id = $1', [caseIdOf(no(c))])).rows[0]!;
  const borrowerOf = async (c: Case): Promise<Party> => (await stored(c)).data.parties.find((p) => p.role === 'borrower')!;
  const livePhones = (p: Party) => p.phones.filter((x) => x.retiredAt === null).map((x) => x.number).sort();
  const liveAddresses = (p: Party) => p.addresses.filter((x) => x.retiredAt === null).map((x) => x.line).sort();
  const edit = (rs: readonly Row[], c: Case, change: Row): Row[] => rs.map((r) => (r.customer_no === no(c) ? { ...r, ...change } : r));

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    expect((await importExtract(db, extractWith(rows))).counts.new).toBe(12);
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  it('an extract without the optional phone and address columns changes no phone or address', async () => {
    const before = await borrowerOf(alice);
    expect(livePhones(before).length).toBeGreaterThan(0);
    const bare = COLUMNS.filter((c) => !c.startsWith('address_') && c !== 'borrower_phones' && c !== 'guarantor_phones');
    const result = await importExtract(db, extractWith(day('2026-11-21'), bare));
    expect(result.counts).toMatchObject({ rejected: 0, closed: 0 });
    const after = await borrowerOf(alice);
    expect(after.phones).toEqual(before.phones);
    expect(after.addresses).toEqual(before.addresses);
    // The next full file changes nothing about them either (the old import had retired them for good).
    await importExtract(db, extractWith(day('2026-11-21')));
    expect((await borrowerOf(alice)).phones).toEqual(before.phones);
  });

  it('a phone that reappears is live again, also one changed and changed back; so is an address', async () => {
    const first = rows.find((r) => r.customer_no === no(bob))!;
    const [phone] = first.borrower_phones!.split(';') as [string];
    const original = livePhones(await borrowerOf(bob));
    await importExtract(db, extractWith(edit(day('2026-11-22'), bob, { borrower_phones: '13900001111' })));
    expect(livePhones(await borrowerOf(bob))).toEqual(['13900001111']);
    await importExtract(db, extractWith(edit(day('2026-11-23'), bob, { borrower_phones: first.borrower_phones! })));
    const back = await borrowerOf(bob);
    expect(livePhones(back)).toEqual(original);
    expect(back.phones.find((p) => p.number === phone)).toMatchObject({ retiredAt: null, retiredReason: null });
    expect(back.phones.find((p) => p.number === '13900001111')).toMatchObject({ retiredReason: 'no longer in the core-banking extract' });

    await importExtract(db, extractWith(edit(day('2026-11-24'), bob, { address_line: '新地址 1 号' })));
    expect(liveAddresses(await borrowerOf(bob))).toEqual(['新地址 1 号']);
    await importExtract(db, extractWith(day('2026-11-25')));
    expect(liveAddresses(await borrowerOf(bob))).toEqual([first.address_line]);
  });

  it('an extract older than the last one imported is refused, and replayed only on purpose', async () => {
    const older = edit(day('2026-11-24'), carol, { principal: '1.00' });
    const before = await stored(carol);
    const refused = await importExtract(db, extractWith(older));
    expect(refused.fileError).toMatchObject({ code: 'older_snapshot', params: { date: '2026-11-24', last: '2026-11-25' } });
    expect(refused.snapshot).toEqual({ date: '2026-11-24', last: '2026-11-25' });
    expect(await stored(carol)).toEqual(before);
    // In a file of several dates, a customer whose rows are older than head office's copy is rejected alone.
    const mixed = await importExtract(db, extractWith(edit(day('2026-11-25'), carol, { snapshot_date: '2026-11-24' })), { dryRun: true });
    expect(mixed.fileError).toBeNull();
    expect(mixed.counts).toMatchObject({ rejected: 1, updated: 0 });
    expect(mixed.rejections).toContainEqual(expect.objectContaining({ customerNo: no(carol), field: 'snapshot_date', code: 'case_snapshot_older', params: { date: '2026-11-24', have: '2026-11-25' } }));
    const replayed = await importExtract(db, extractWith(older), { replayOlderSnapshot: true });
    expect(replayed.fileError).toBeNull();
    expect((await stored(carol)).data.accounts[0]!.amounts.principalFen).toBe(100);
    await importExtract(db, extractWith(day('2026-11-25')));
  });

  it('a case settled by a bad file comes back with the status and hold its collector set', async () => {
    const officer = dave.assignment.officerId!;
    expect(officer).toBeTruthy();
    const d = await signIn(h, officer);
    const caseId = caseIdOf(no(dave));
    let n = 1;
    const send = async (args: Record<string, unknown>) => (await push(h, d, [entry('setCaseStatus', d, n++, { caseId, ...args })])).body.results[0].status as string;
    expect(await send({ from: 'new', to: 'contacting', holdReason: null })).toBe('applied');
    expect(await send({ from: 'contacting', to: 'on_hold', holdReason: 'complaint' })).toBe('applied');
    // A file missing dave settles the case ...
    const settled = await importExtract(db, extractWith(day('2026-11-26', rows.filter((r) => r.customer_no !== no(dave)))));
    expect(settled.counts.closed).toBe(1);
    expect(await stored(dave)).toMatchObject({ status: 'settled', data: { holdReason: null } });
    // ... and the next good one brings it back on hold for the complaint, not as new.
    expect((await importExtract(db, extractWith(day('2026-11-27')))).counts).toMatchObject({ updated: 12, closed: 0 });
    expect(await stored(dave)).toMatchObject({ status: 'on_hold', data: { status: 'on_hold', holdReason: 'complaint' } });
    // The device's next change goes from there.
    expect(await send({ from: 'on_hold', to: 'contacting', holdReason: null })).toBe('applied');
  });

  it('conflicting rows of one customer are rejected with reasons, and a second address and a joint guarantee are kept', async () => {
    const base = day('2026-11-28');
    const c = cases[4]!;
    const row = base.find((r) => r.customer_no === no(c))!;
    const second = { ...row, account_number: '6222020000000001', contract_number: 'HT-SECOND-1' };
    // Another name for the same borrower on a second account: which one is true cannot be guessed.
    const conflicting = await importExtract(db, extractWith([...base, { ...second, borrower_name: '别人' }]), { dryRun: true });
    expect(conflicting.rejections).toContainEqual(expect.objectContaining({ customerNo: no(c), field: 'borrower_name', code: 'differs_in_customer' }));
    expect(conflicting.counts.rejected).toBe(1);

    // A second account with another address and the same guarantor, joint there.
    const guarantor = base.find((r) => r.guarantor_id_number && r.customer_no !== no(c))!;
    const g = { guarantor_name: guarantor.guarantor_name!, guarantor_id_number: guarantor.guarantor_id_number!, guarantor_phones: '', guarantor_type: '' };
    const rowsOfC = [
      { ...row, ...g },
      { ...second, ...g, guarantor_type: 'joint', address_line: '第二住址 2 号', address_postcode: '200001' },
    ];
    const result = await importExtract(db, extractWith([...base.filter((r) => r.customer_no !== no(c)), ...rowsOfC]));
    expect(result.counts.rejected).toBe(0);
    const after = (await stored(c)).data;
    expect(liveAddresses(after.parties.find((p) => p.role === 'borrower')!)).toEqual([row.address_line, '第二住址 2 号'].sort());
    expect(after.parties.find((p) => p.idNumber === g.guarantor_id_number)).toMatchObject({ role: 'guarantor', guaranteeType: 'joint' });

    // The same guarantor ID under two names is a conflict too.
    const twoNames = await importExtract(db, extractWith([...base.filter((r) => r.customer_no !== no(c)), rowsOfC[0]!, { ...rowsOfC[1]!, guarantor_name: '另一个人' }]), { dryRun: true });
    expect(twoNames.rejections).toContainEqual(expect.objectContaining({ customerNo: no(c), field: 'guarantor_name', code: 'guarantor_name_conflict' }));
  });

  it('names and free text with control or text-direction characters are refused', async () => {
    const base = day('2026-11-28');
    const targets = cases.slice(6, 10);
    const bad: { customer: Case; change: Row; character: string }[] = [
      { customer: targets[0]!, change: { borrower_name: '张\u202E三' }, character: 'U+202E' },
      { customer: targets[1]!, change: { address_line: '人民路\u0000 1 号' }, character: 'U+0000' },
      { customer: targets[2]!, change: { contract_number: 'HT-\u2066X\u2069-1' }, character: 'U+2066' },
      { customer: targets[3]!, change: { borrower_name: '李\u0007四' }, character: 'U+0007' },
    ];
    let file = base;
    for (const b of bad) file = edit(file, b.customer, b.change);
    const result = await importExtract(db, extractWith(file), { dryRun: true });
    expect(result.counts.rejected).toBe(4);
    for (const b of bad) {
      expect(result.rejections).toContainEqual(expect.objectContaining({ customerNo: no(b.customer), field: Object.keys(b.change)[0], code: 'forbidden_character', params: { character: b.character } }));
    }
  });
});
