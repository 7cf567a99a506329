import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Case } from '../../../shared/domain/case';
import type { CaseRow } from '../../../shared/domain/caseSummary';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import type { SavedView } from './savedView';
import type { Activity, Attachment, Dispute, Payment, PromiseToPay, Receipt, RepaymentPlan, Visit } from '../../../shared/fieldwork/records';
import type { AuditEntry } from '../../../shared/audit';
import type { OutboxEntry } from '../../../shared/sync';
import type { RegisteredLetter } from './letterRow';
import type { EvidenceUploadRow } from './evidenceRow';
import type { Arrangement } from '../../../shared/records/arrangement';
import type { OverrideRequest } from '../../../shared/records/overrideRequest';
import type { LegalReferral } from '../../../shared/records/legalReferral';
import type { OutsourcingHandover } from '../../../shared/records/outsourcingHandover';
import type { OutsourcingProposal } from '../../../shared/records/outsourcingProposal';
import type { LegalStepRecord } from '../../../shared/records/legalStep';
import type { LegalBundleRecord } from '../../../shared/records/legalBundle';
import type { Target } from '../../../shared/records/target';
import type { ConductException } from '../../../shared/conduct/exceptions';
import type { PublishedConfig } from '../../../shared/publishedConfig';
import type { CustomerFacts, RelatedParty } from '../../../shared/records/customerFacts';
import { ENCRYPTED_FIELDS, KEY_CHECK_META_KEY } from './encryption/encryptedFields';
import type { FieldCipher } from './encryption/fieldCipher';
import { fieldEncryptionMiddleware } from './encryption/middleware';
import { DataKeyError } from './encryption/dataKeyError';
import { inThreadRowSealer, type RowSealer } from './encryption/prepared/rowSealer';

/** The sealed tables of version 6, which sealed a plaintext store in place (encryption/encryptedFields.ts). */
const SEALED_IN_V6: ReadonlySet<string> = new Set(['cases', 'activities', 'visits', 'attachments', 'attachmentBlobs', 'disputes', 'receipts', 'letters', 'audit', 'outbox', 'savedViews']);

/** Which store the app is working on. Demo data lives in its own database so it never mixes with real cases. */
export type DataSource = 'live' | 'demo';

export const DATABASE_NAMES: Record<DataSource, string> = {
  live: 'recovery-desk',
  demo: 'recovery-desk-demo',
};

export type RecoveryDeskDbOptions = ConstructorParameters<typeof Dexie>[1] & {
  /**
   * Seals personal data at rest (encryption/encryptedFields.ts). openStore always passes one; a database
   * made without it (some sync tests) stores plain text and refuses to open a store that was sealed.
   */
  cipher?: FieldCipher;
  /**
   * What prepares rows for big writes (store/encryption/prepared), made at the first: openStore gives the app's
   * workers (rowSealerFor). Passed in rather than imported so that this schema, which those workers open too,
   * does not pull the worker's own module into the worker. Without it, rows are prepared in this thread.
   */
  rowSealer?: (cipher: FieldCipher, dbName: string) => RowSealer;
};

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The local case store. Each version states its whole schema; upgrades only add or derive, so a device
 * that skipped versions migrates in order and keeps every record.
 */
export class RecoveryDeskDb extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  caseRows!: EntityTable<CaseRow, 'id'>;
  savedViews!: EntityTable<SavedView, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  activities!: EntityTable<Activity, 'id'>;
  promises!: EntityTable<PromiseToPay, 'id'>;
  payments!: EntityTable<Payment, 'id'>;
  plans!: EntityTable<RepaymentPlan, 'id'>;
  receipts!: EntityTable<Receipt, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  attachmentBlobs!: EntityTable<{ id: string; bytes: Uint8Array }, 'id'>;
  disputes!: EntityTable<Dispute, 'id'>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  outbox!: EntityTable<OutboxEntry, 'mutationId'>;
  counters!: EntityTable<{ name: string; value: number }, 'name'>;
  letters!: EntityTable<RegisteredLetter, 'id'>;
  arrangements!: EntityTable<Arrangement, 'id'>;
  overrideRequests!: EntityTable<OverrideRequest, 'id'>;
  legalReferrals!: EntityTable<LegalReferral, 'id'>;
  legalSteps!: EntityTable<LegalStepRecord, 'id'>;
  legalBundles!: EntityTable<LegalBundleRecord, 'id'>;
  outsourcingProposals!: EntityTable<OutsourcingProposal, 'id'>;
  outsourcingHandovers!: EntityTable<OutsourcingHandover, 'id'>;
  evidenceUploads!: EntityTable<EvidenceUploadRow, 'sha256'>;
  customerFacts!: EntityTable<CustomerFacts, 'id'>;
  relatedParties!: EntityTable<RelatedParty, 'id'>;
  targets!: EntityTable<Target, 'id'>;
  /** Conduct exceptions head office found in the branch (a supervisor's device only; renderer/src/conduct). */
  conductExceptions!: EntityTable<ConductException, 'id'>;
  /** Every version of published configuration pulled (old ones kept: a reprint uses the version its letter had). */
  publishedConfigs!: Table<PublishedConfig, [string, string, string, number]>;

  /** The store's cipher: the list search turns a phone or ID term into its blind index with it. */
  readonly fieldCipher: FieldCipher | null;
  private sealer: RowSealer | null = null;
  private readonly makeRowSealer: (cipher: FieldCipher, dbName: string) => RowSealer;

  /**
   * Prepares rows for big writes (a first sync's pages, the demo load) off the UI thread, with this store's keys
   * (store/encryption/prepared). Null for a store without a cipher: its rows need no sealing.
   */
  get rowSealer(): RowSealer | null {
    if (!this.fieldCipher) return null;
    return (this.sealer ??= this.makeRowSealer(this.fieldCipher, this.name));
  }

  /** The row sealer's worker forgets its keys and ends (lock, sign-out); the next big write starts a new one. */
  forgetSealerKeys(): void {
    this.sealer?.forget();
  }

  override close(...args: Parameters<Dexie['close']>): void {
    this.forgetSealerKeys();
    super.close(...args);
  }

  constructor(name: string, options?: RecoveryDeskDbOptions) {
    const { cipher, rowSealer, ...dexieOptions } = options ?? {};
    super(name, dexieOptions);
    this.fieldCipher = cipher ?? null;
    this.makeRowSealer = rowSealer ?? ((c) => inThreadRowSealer(c));
    if (cipher) this.use(fieldEncryptionMiddleware(cipher));
    // Before anything is read: a store sealed with another key (or opened without one) fails to open with
    // a clear reason, instead of failing record by record, and nothing is deleted.
    this.on('ready', async (db) => {
      const meta = (db as RecoveryDeskDb).table<MetaEntry, string>('meta');
      const check = (await meta.get(KEY_CHECK_META_KEY))?.value;
      if (check === undefined) {
        if (cipher) await meta.put({ key: KEY_CHECK_META_KEY, value: cipher.keyCheck });
        return;
      }
      if (!cipher) throw new DataKeyError('key_unavailable', 'this store is encrypted and no data key was given');
      if (check !== cipher.keyCheck) throw new DataKeyError('wrong_key', 'this store was encrypted with a different data key');
    });
    // v1: cases and their list rows.
    this.version(1).stores({
      cases: 'id, caseNumber',
      caseRows: 'id, bucket, dpd, totalFen, status, officerId',
    });
    // v2: saved list views, store metadata, and indexes for the remaining list filters (product,
    // classification, risk). Rows are re-derived so older rows gain the fields those indexes need.
    this.version(2)
      .stores({
        caseRows: 'id, bucket, dpd, totalFen, status, officerId, product, classificationRank, risk',
        savedViews: 'id, name',
        meta: 'key',
      })
      .upgrade(async (tx) => {
        await tx
          .table<Case, string>('cases')
          .toCollection()
          .each(async (c) => {
            await tx.table<CaseRow, string>('caseRows').put(summarizeCase(c));
          });
      });
    // v3: field work. Records are insert-only (a void or reversal corrects them); the audit chain and the
    // outbox are written in the same transaction as every change (see fieldwork/unitOfWork.ts).
    this.version(3).stores({
      activities: 'id, caseId, [caseId+at], at',
      promises: 'id, caseId, dueDate',
      payments: 'id, caseId, paidOn',
      plans: 'id, caseId, approval.status',
      receipts: 'id, &number, caseId, receivedAt',
      visits: 'id, caseId, plannedFor',
      attachments: 'id, caseId',
      attachmentBlobs: 'id',
      disputes: 'id, caseId',
      audit: 'seq, caseId, at',
      outbox: 'mutationId, caseId',
      counters: 'name',
    });
    // v4: the letter register.
    this.version(4).stores({
      letters: 'id, number, caseId, partyId, type, issuedAt',
    });
    // v5: list rows carry the due-date range (My day's limitation pre-filter); rows are re-derived.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table<Case, string>('cases')
          .toCollection()
          .each(async (c) => {
            await tx.table<CaseRow, string>('caseRows').put(summarizeCase(c));
          });
      });
    // v6: personal data sealed at rest (see encryption/). An existing plaintext store is sealed in place in this
    // one upgrade transaction: every record is read and written back through the encryption middleware.
    // List rows are re-derived: masked phone for display, blind indexes instead of phone and ID search terms.
    this.version(6)
      .stores({})
      .upgrade(async (tx) => {
        // The tables this version had (a sealed table added by a later version starts out sealed, and is not here yet).
        for (const name of Object.keys(ENCRYPTED_FIELDS)) if (SEALED_IN_V6.has(name)) await tx.table(name).toCollection().modify(() => undefined);
        const cases = await tx.table<Case, string>('cases').toArray();
        await tx.table<CaseRow, string>('caseRows').clear();
        await tx.table<CaseRow, string>('caseRows').bulkPut(cases.map((c) => summarizeCase(c)));
        if (cipher) await tx.table<MetaEntry, string>('meta').put({ key: KEY_CHECK_META_KEY, value: cipher.keyCheck });
      });
    // v8: special-customer arrangements (特殊客户处置方案); few per case, so only the case is indexed and the
    // text (the debtor's circumstances) is sealed at rest. Plans' notes (a waiver's reason) are sealed from now
    // on: the plans already stored are written back through the encryption middleware.
    this.version(8)
      .stores({
        arrangements: 'id, caseId',
      })
      .upgrade(async (tx) => {
        await tx.table('plans').toCollection().modify(() => undefined);
      });
    // v7: override requests and their decisions (shared/records/overrideRequest.ts); a new table, nothing to derive.
    this.version(7).stores({
      overrideRequests: 'id, caseId, requestedAt',
    });
    // v10: published configuration from head office (shared/publishedConfig): letterheads, calendar years, limits.
    // Not personal data, so not sealed. Keyed by slot and version; a new table, nothing to derive.
    this.version(10).stores({
      publishedConfigs: '[kind+scope+key+version], kind',
    });
    // v11: which evidence bytes head office confirmed it holds (sync/evidence): only those may be dropped here.
    this.version(11).stores({
      evidenceUploads: 'sha256',
    });
    // v13: branch recovery targets (shared/records/target.ts): about the branch, not a case, so not evicted with
    // one; every version is kept (its history), the latest set is in force. Amounts only: not sealed.
    this.version(13).stores({
      targets: 'id, [branchCode+month]',
    });
    // v14: what the collector learns about the customer and the people around them (shared/records/customerFacts.ts);
    // new tables, indexed by case only (few per case), their content sealed at rest (encryption/encryptedFields.ts).
    this.version(14).stores({
      customerFacts: 'id, caseId',
      relatedParties: 'id, caseId',
    });
    // v15: list rows carry the names' pinyin and initials (shared/domain/namePinyin.ts); rows are re-derived.
    this.version(15)
      .stores({})
      .upgrade(async (tx) => {
        const cases = await tx.table<Case, string>('cases').toArray();
        await tx.table<CaseRow, string>('caseRows').bulkPut(cases.map((c) => summarizeCase(c)));
      });
    // v16: legal recovery (shared/records/legalReferral.ts, legalStep.ts): referrals and the steps of legal
    // cases; few per case, indexed by case (and a step by its legal case). New tables, nothing to derive.
    this.version(16).stores({
      legalReferrals: 'id, caseId',
      legalSteps: 'id, caseId, legalCaseId',
    });
    // v17: conduct exceptions head office found in the branch (shared/conduct/exceptions.ts), pulled by a
    // supervisor's device; about the branch and its collectors, so not evicted with a case. The rule, the times
    // and the case number: no personal data, not sealed. A new table, nothing to derive.
    this.version(17).stores({
      conductExceptions: 'id, userId, foundAt',
    });
    // v19: a legal case's evidence bundles (shared/records/legalBundle.ts): the PDF's hash and its index; the bytes
    // are kept in attachmentBlobs under that hash, like an issued letter's. A new table, nothing to derive.
    this.version(19).stores({
      legalBundles: 'id, caseId, legalCaseId, pdfSha256',
    });
    // v20: outsourcing proposals (shared/records/outsourcingProposal.ts), few per case, indexed by case. A new
    // table, nothing to derive.
    this.version(20).stores({
      outsourcingProposals: 'id, caseId',
    });
    // v23: outsourcing handovers (shared/records/outsourcingHandover.ts): head office gave the case to an agency
    // or recalled it; few per case, indexed by case. A new table, nothing to derive.
    this.version(23).stores({
      outsourcingHandovers: 'id, caseId',
    });
  }
}
