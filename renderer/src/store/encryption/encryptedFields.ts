/**
 * Which fields are sealed at rest, per table: ID numbers, phones and addresses (all inside a case's
 * parties), account numbers (accounts), free-text notes, names of payers and letter recipients, attachment
 * bytes and file names, and the audit log's and outbox's copies of all of these. Only top-level,
 * non-indexed fields: indexes must stay readable for IndexedDB to use them.
 *
 * Not sealed, and why: case numbers, amounts, dates, statuses and ids (what the list filters and sorts on;
 * not personal data on their own); the list rows (they keep masked values, names and their pinyin keys, and blind
 * indexes of the sensitive search terms: see shared/domain/caseSummary.ts).
 */
export const ENCRYPTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  cases: ['parties', 'accounts'],
  activities: ['notes', 'nextAction', 'override'],
  visits: ['notes', 'peopleMet', 'staff'],
  attachments: ['fileName'],
  attachmentBlobs: ['bytes'],
  disputes: ['description', 'resolution'],
  receipts: ['payerName', 'chequeNumber', 'voided'],
  letters: ['recipientName', 'delivery', 'acknowledgement'],
  audit: ['before', 'after'],
  outbox: ['args'],
  // A saved list view may remember a search for a phone or ID number.
  savedViews: ['search'],
  // The debtor's illness, death or hardship, and what the supervisor said about it.
  arrangements: ['proposal', 'reasons', 'evidenceIds', 'decision'],
  // A plan's notes: the reason for its waiver, often the debtor's circumstances.
  plans: ['notes'],
  // Why a collector asked for an override and why a supervisor refused it: free text.
  overrideRequests: ['reason', 'decision'],
  // Why the customer is in arrears, their work, income, payday and household; the people around them.
  customerFacts: ['facts'],
  relatedParties: ['name', 'relation', 'phone', 'retired'],
};

/** The list rows: their sensitive search terms become blind indexes on the way in. */
export const CASE_ROWS_TABLE = 'caseRows';

/**
 * Rows of the `meta` table whose value is sealed: what sign-in keeps (the refresh token, each user's offline
 * verifier and profile, the lockout count). Other meta rows (sync cursor, key check) stay readable: the key
 * check must be compared before anything is opened.
 */
export const SEALED_META_PREFIXES: readonly string[] = ['session.'];
export const META_TABLE = 'meta';

/** Where the key check lives (meta table): a wrong key is told apart before any record is read. */
export const KEY_CHECK_META_KEY = 'crypto.keyCheck';
