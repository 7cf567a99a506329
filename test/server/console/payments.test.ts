import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { RecordPaymentArgsSchema } from '../../../shared/records/payment';
import { PullResponseSchema } from '../../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import { main } from '../../../server/cli';
import type { Db } from '../../../server/db/types';
import { seedDemoOrganisation } from '../../../server/auth/seed';
import { openDatabase } from '../../../server/db/open';
import { importExtract } from '../../../server/import/apply';
import { caseIdOf } from '../../../server/import/portfolio';
import { demoExtract } from '../../../server/import/demoPortfolio';
import { importPayments } from '../../../server/payments/apply';
import { PAYMENT_OPTIONAL_COLUMNS, PAYMENT_REQUIRED_COLUMNS } from '../../../server/payments/rows';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { paymentsCsv, paymentsXlsx, type PaymentFileRow } from '../../fixtures/payments/repaymentExtract';
import { downloadTemplate } from './extractTemplate';
import { call, eachBackend, entry, type Harness, openDb, post, push, signIn, startHarness, TEST_KDF } from '../harness';

/** Issue 15 §1: core banking's repayment extract, by the CLI and the console, reaching the devices in scope. */

const cases = demoCases(8, { seed: 'payments-tests' });
const withOfficer = cases.filter((c) => c.assignment.officerId !== null);
const caseA = withOfficer[0]!;
const caseB = withOfficer.find((c) => c.assignment.branchCode !== caseA.assignment.branchCode)!;
const account = (c: Case, i = 0) => c.accounts[i]!.accountNumber;
const customer = (c: Case) => customerNoOf(c);
const idOf = (c: Case) => caseIdOf(customerNoOf(c));

const good: PaymentFileRow[] = [
  { transaction_ref: 'CB20261120-0001', account_number: account(caseA), customer_no: customer(caseA), amount: '1500.00', value_date: '2026-11-20', channel: '柜面' },
  { transaction_ref: 'CB20261120-0002', account_number: account(caseB), customer_no: '', amount: '320.5', value_date: '2026-11-20', channel: '代扣' },
];
const bad: PaymentFileRow[] = [
  { transaction_ref: 'CB20261120-0003', account_number: account(caseA), amount: '-5', value_date: '2026-11-20' },
  { transaction_ref: 'CB20261120-0004', account_number: '6222000000000001', amount: '10', value_date: '2026-11-20' },
  { transaction_ref: 'CB20261120-0005', account_number: account(caseA), amount: '10', value_date: '2099-01-01' },
  { transaction_ref: 'CB20261120-0001', account_number: account(caseA), amount: '1500.00', value_date: '2026-11-20' },
  { transaction_ref: 'CB20261120-0006', account_number: account(caseA), customer_no: customer(caseB), amount: '10', value_date: '2026-11-20' },
  { transaction_ref: 'bad ref!', account_number: account(caseA), amount: '10.001', value_date: '2026-02-30' },
];

let db: Db;
let h: Harness;
let dir: string;
let admin: string;
let supervisor: string;
let collector: string;

const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
const bankPayments = () => count(`SELECT count(*) AS n FROM field_records WHERE kind = 'recordPayment' AND device_id = 'core-banking'`);
const changes = () => count('SELECT count(*) AS n FROM changes');

async function cli(file: string, ...args: string[]): Promise<{ code: number | 'running'; out: string; err: string }> {
  const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const code = await main(['import-payments', file, ...args], { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', LANG: 'en_GB.UTF-8' });
    return { code, out: out.mock.calls.flat().join('\n'), err: err.mock.calls.flat().join('\n') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

eachBackend((backend) => {
  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db, { config: { uploadLimitBytes: 512 * 1024 } });
    const result = await importExtract(db, extractOf(cases.flatMap(caseToRows)));
    expect(result.counts.new).toBe(cases.length);
    admin = (await signIn(h, 'demo-admin')).accessToken;
    supervisor = (await signIn(h, `demo-supervisor-${caseA.assignment.branchCode}`)).accessToken;
    collector = (await signIn(h, caseA.assignment.officerId!)).accessToken;
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const upload = (bytes: Uint8Array, fileName = 'repayments-2026-11-20.csv', token = admin) =>
    call(h, 'POST', `/admin/payments/imports?fileName=${encodeURIComponent(fileName)}`, { token, body: bytes });

  describe('the console: dry run, apply, history', () => {
    let id: string;

    it('a dry run counts new and rejected payments by branch, with every bad row’s reason, and writes no payment', async () => {
      const res = await upload(paymentsCsv([...good, ...bad]));
      expect(res.status, res.text).toBe(200);
      id = res.body.id;
      expect(res.body.counts).toEqual({ new: 2, updated: 0, unchanged: 0, closed: 0, rejected: 6, rejectedRows: 6 });
      const a = res.body.byBranch.find((b: { branchCode: string }) => b.branchCode === caseA.assignment.branchCode);
      expect(a).toMatchObject({ new: 1, rejected: 5 });
      expect(res.body.byBranch.find((b: { branchCode: string }) => b.branchCode === '')).toMatchObject({ rejected: 1 });
      const codes = res.body.rejections.map((r: { row: number; field: string; code: string }) => `${r.row} ${r.field} ${r.code}`);
      expect(codes).toEqual([
        '4 amount amount_not_positive',
        '5 account_number unknown_account',
        '6 value_date value_date_future',
        '7 transaction_ref duplicate_reference',
        '8 customer_no customer_mismatch',
        '9 transaction_ref reference_format',
        '9 amount money_decimals',
        '9 value_date bad_date',
      ]);
      expect(await bankPayments()).toBe(0);
      expect(await changes()).toBe(cases.length);
    });

    it('the rejection report is CSV with a BOM and zh-CN reasons', async () => {
      const res = await call(h, 'GET', `/admin/payments/imports/${id}/rejections.csv`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.text).toContain('行号,客户号,字段,代码,原因');
      expect(res.text).toContain(`5,,account_number,unknown_account,总行没有账号为 6222000000000001 的案件`);
      const bytes = Buffer.from(await (await fetch(`${h.url}/admin/payments/imports/${id}/rejections.csv`, { headers: { authorization: `Bearer ${admin}` } })).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    });

    it('applying writes each payment once as a core-banking Payment of its case, in the change log', async () => {
      const res = await call(h, 'POST', `/admin/payments/imports/${id}/apply`, { token: admin, body: {} });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ status: 'applied', appliedBy: 'demo-admin' });
      expect(await bankPayments()).toBe(2);
      expect(await changes()).toBe(cases.length + 2);
      const stored = await db.query<{ case_id: string; args: Record<string, unknown>; bank: Record<string, unknown> }>(
        `SELECT case_id, data -> 'args' AS args, data -> 'bank' AS bank FROM field_records WHERE kind = 'recordPayment' ORDER BY data -> 'args' ->> 'reference'`,
      );
      expect(stored.rows[0]).toMatchObject({ case_id: idOf(caseA), bank: { accountNumber: account(caseA), channel: '柜面' } });
      const args = RecordPaymentArgsSchema.parse(stored.rows[0]!.args);
      expect(args).toMatchObject({ caseId: idOf(caseA), amountFen: 150_000, paidOn: '2026-11-20', source: 'core_banking', receiptId: null, reference: 'CB20261120-0001', recordedAt: '2026-11-23T01:00:00.000Z' });
      expect(RecordPaymentArgsSchema.parse(stored.rows[1]!.args)).toMatchObject({ caseId: idOf(caseB), amountFen: 32_050 });
    });

    it('the history lists payment imports apart from the portfolio’s', async () => {
      const list = await call(h, 'GET', '/admin/payments/imports', { token: admin });
      expect(list.status).toBe(200);
      expect(list.body.imports.map((i: { id: string }) => i.id)).toEqual([id]);
      const portfolio = await call(h, 'GET', '/admin/portfolio/imports', { token: admin });
      expect(portfolio.body.imports.map((i: { id: string }) => i.id)).not.toContain(id);
      expect((await call(h, 'GET', `/admin/portfolio/imports/${id}`, { token: admin })).status).toBe(404);
    });

    it('the same file again changes nothing: its payments are already imported', async () => {
      const before = await changes();
      const res = await upload(paymentsCsv([...good, ...bad]));
      expect(res.body.counts).toMatchObject({ new: 0, unchanged: 2, rejected: 6 });
      expect(res.body.sameFileApplied).toMatchObject({ id });
      const applied = await call(h, 'POST', `/admin/payments/imports/${res.body.id}/apply`, { token: admin, body: {} });
      expect(applied.status).toBe(200);
      expect(await bankPayments()).toBe(2);
      expect(await changes()).toBe(before);
    });

    it('a known reference with another amount is refused, not changed', async () => {
      const res = await upload(paymentsCsv([{ ...good[0]!, amount: '1600.00' }]));
      expect(res.body.counts).toMatchObject({ new: 0, unchanged: 0, rejected: 1 });
      expect(res.body.rejections[0]).toMatchObject({ field: 'transaction_ref', code: 'reference_conflict' });
      const discarded = await call(h, 'POST', `/admin/payments/imports/${res.body.id}/discard`, { token: admin, body: {} });
      expect(discarded.body.status).toBe('discarded');
    });
  });

  describe('the payments reach the devices whose scope holds the case', () => {
    const pullAll = async (d: { deviceId: string; accessToken: string }) => {
      const res = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor: null, limit: 1000 }, d.accessToken);
      expect(res.status).toBe(200);
      return PullResponseSchema.parse(res.body).changes.flatMap((c) => (c.kind === 'record' && c.name === 'recordPayment' ? [c] : []));
    };

    it('the officer of the case gets its bank payments; an officer of another branch does not', async () => {
      const mine = await pullAll(await signIn(h, caseA.assignment.officerId!));
      const refs = mine.map((c) => RecordPaymentArgsSchema.parse((c.data as { args: unknown }).args).reference).sort();
      expect(refs).toEqual(['CB20261120-0001']);
      expect(mine[0]!.data).toMatchObject({ userId: 'core-banking', deviceId: 'core-banking' });
      const other = await pullAll(await signIn(h, caseB.assignment.officerId!));
      expect(other.map((c) => RecordPaymentArgsSchema.parse((c.data as { args: unknown }).args).reference).sort()).toEqual(['CB20261120-0002']);
    });
  });

  describe('core banking’s source is head office’s alone', () => {
    it('a device pushing a core-banking payment is refused; a transfer it reports is kept', async () => {
      const d = await signIn(h, caseA.assignment.officerId!);
      const claimed = entry('recordPayment', d, 1, { caseId: idOf(caseA), source: 'core_banking', receiptId: null, reference: 'CB-FAKE-1' });
      const reported = entry('recordPayment', d, 2, { caseId: idOf(caseA), source: 'transfer', receiptId: null, reference: 'WX-1' });
      const res = await push(h, d, [claimed, reported]);
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { status: string; reason?: { code: string } }) => [r.status, r.reason?.code])).toEqual([['rejected', 'forbidden'], ['applied', undefined]]);
      expect(await count(`SELECT count(*) AS n FROM field_records WHERE data -> 'args' ->> 'reference' = 'CB-FAKE-1'`)).toBe(0);
    });
  });

  describe('who may import, and bad input', () => {
    it('no token 401; a collector or a supervisor 403 on every route; nothing written', async () => {
      const before = await count('SELECT count(*) AS n FROM imports');
      expect((await call(h, 'GET', '/admin/payments/imports')).status).toBe(401);
      for (const token of [collector, supervisor]) {
        expect((await upload(paymentsCsv(good), 'x.csv', token)).status).toBe(403);
        expect((await call(h, 'GET', '/admin/payments/imports', { token })).status).toBe(403);
        const someId = 'imp-00000000-0000-7000-8000-000000000000';
        expect((await call(h, 'GET', `/admin/payments/imports/${someId}`, { token })).status).toBe(403);
        expect((await call(h, 'GET', `/admin/payments/imports/${someId}/rejections.csv`, { token })).status).toBe(403);
        expect((await call(h, 'POST', `/admin/payments/imports/${someId}/apply`, { token, body: {} })).status).toBe(403);
        expect((await call(h, 'POST', `/admin/payments/imports/${someId}/discard`, { token, body: {} })).status).toBe(403);
      }
      expect(await count('SELECT count(*) AS n FROM imports')).toBe(before);
    });

    it('400 with the field named: file name, id, paging, body; nothing written', async () => {
      const before = await count('SELECT count(*) AS n FROM imports');
      const name = await upload(paymentsCsv(good), 'repayments.txt');
      expect(name.status).toBe(400);
      expect(name.body.error.message).toContain('query.fileName');
      const badId = await call(h, 'GET', '/admin/payments/imports/not-an-id', { token: admin });
      expect(badId.status).toBe(400);
      expect(badId.body.error.message).toContain('params.id');
      expect((await call(h, 'GET', '/admin/payments/imports?limit=0', { token: admin })).body.error.message).toContain('query.limit');
      const body = await call(h, 'POST', '/admin/payments/imports/imp-00000000-0000-7000-8000-000000000000/apply', { token: admin, body: { confirmClosures: 'x' } });
      expect(body.status).toBe(400);
      expect(body.body.error.message).toContain('body.confirmClosures');
      const empty = await upload(new Uint8Array(), 'empty.csv');
      expect(empty.status).toBe(400);
      const noColumns = await upload(Buffer.from('reference,amount\r\nx,1\r\n'), 'bad.csv');
      expect(noColumns.status).toBe(400);
      expect(noColumns.body.error.message).toContain('missing column(s): transaction_ref, account_number, value_date');
      expect(await count('SELECT count(*) AS n FROM imports')).toBe(before);
    });
  });

  // Last: it adds the demo portfolio's first customer, whose account the template's example pays.
  describe('the template (下载模板)', () => {
    const path = '/admin/payments/imports/template';

    it('has every column, the required ones first, and an example payment the import takes once its case is at head office', async () => {
      const file = await downloadTemplate(h, path, admin, 'repayment-extract-template.csv');
      expect(file.header).toEqual([...PAYMENT_REQUIRED_COLUMNS, ...PAYMENT_OPTIONAL_COLUMNS]);
      // That customer's number is a test case's too: the demo extract replaces this file's cases (its closures confirmed).
      const demo = demoExtract({ cases: 1, snapshotDate: '2026-11-20' });
      const seen = await importExtract(db, demo, { dryRun: true });
      const loaded = await importExtract(db, demo, { confirmClosures: seen.closures.count });
      expect([loaded.fileError, loaded.rejections]).toEqual([null, []]);
      const dry = await importPayments(db, file, { dryRun: true, now: new Date(h.clock.ms) });
      expect(dry.fileError).toBeNull();
      expect(dry.rejections).toEqual([]);
      expect(dry.counts).toMatchObject({ new: 1, rejected: 0 });
    });

    it('is for head-office admins only', async () => {
      expect((await call(h, 'GET', path)).status).toBe(401);
      for (const token of [collector, supervisor]) {
        const res = await call(h, 'GET', path, { token });
        expect([res.status, res.body.error.code]).toEqual([403, 'head_office_only']);
      }
    });
  });
});

describe('the CLI: npm run server -- import-payments', () => {
  let cliDb: Db;
  const cliCount = async (sql: string) => Number((await cliDb.query<{ n: string }>(sql)).rows[0]!.n);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'payments-'));
    const seeded = await openDatabase({ dataDir: join(dir, 'data'), databaseUrl: undefined });
    await seedDemoOrganisation(seeded, { kdf: TEST_KDF });
    await importExtract(seeded, extractOf(cases.flatMap(caseToRows)));
    await seeded.close();
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));
  /** The CLI's database, opened after the command closed it. */
  async function withDb<T>(read: () => Promise<T>): Promise<T> {
    cliDb = await openDatabase({ dataDir: join(dir, 'data'), databaseUrl: undefined });
    try {
      return await read();
    } finally {
      await cliDb.close();
    }
  }

  it('imports a GB18030 CSV, writes its rejection report and prints counts', async () => {
    const file = join(dir, 'repayments-gb18030.csv');
    await writeFile(file, paymentsCsv([{ transaction_ref: 'CB20261121-0001', account_number: account(caseA), customer_no: customer(caseA), amount: '88.80', value_date: '2026-11-21', channel: '网银转账' }, bad[1]!], 'gb18030'));
    const res = await cli(file);
    expect(res.code).toBe(0);
    expect(res.out).toContain('new payments 1, already imported 0, rejected 1');
    const report = await readFile(`${file}.rejections.csv`, 'utf8');
    expect(report).toContain('unknown_account');
    const stored = await withDb(() => cliDb.query<{ channel: string }>(`SELECT data -> 'bank' ->> 'channel' AS channel FROM field_records WHERE data -> 'args' ->> 'reference' = 'CB20261121-0001'`));
    expect(stored.rows).toEqual([{ channel: '网银转账' }]);
    const again = await cli(file);
    expect(again.out).toContain('new payments 0, already imported 1, rejected 1');
  });

  it('imports an XLSX with number and date cells; --dry-run writes nothing', async () => {
    const file = join(dir, 'repayments.xlsx');
    await writeFile(file, await paymentsXlsx([{ transaction_ref: 'CB20261122-0001', account_number: account(caseB), amount: '1234.56', value_date: '2026-11-22' }]));
    const bank = () => withDb(() => cliCount(`SELECT count(*) AS n FROM field_records WHERE device_id = 'core-banking'`));
      const before = await bank();
    expect((await cli(file, '--dry-run')).out).toContain('new payments 1');
    expect(await bank()).toBe(before);
    expect((await cli(file)).code).toBe(0);
    const stored = await withDb(() => cliDb.query<{ amount: string; paid_on: string }>(`SELECT data -> 'args' ->> 'amountFen' AS amount, data -> 'args' ->> 'paidOn' AS paid_on FROM field_records WHERE data -> 'args' ->> 'reference' = 'CB20261122-0001'`));
    expect(stored.rows).toEqual([{ amount: '123456', paid_on: '2026-11-22' }]);
  });

  it('refuses a file without the required columns, and records it in the history', async () => {
    const file = join(dir, 'no-amount.csv');
    await writeFile(file, paymentsCsv([good[0]!], 'utf-8', ['transaction_ref', 'account_number', 'value_date']));
    const res = await cli(file);
    expect(res.code).toBe(1);
    expect(res.err).toContain('missing column(s): amount');
    expect(await withDb(() => cliCount(`SELECT count(*) AS n FROM imports WHERE kind = 'payments' AND status = 'refused'`))).toBe(1);
  });
});
