/**
 * Migration 18, in a file of its own so server/db/migrations.ts stays a list (and under the size limit). Never
 * edit it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const RECONCILIATION_MIGRATION = {
  version: 18,
  name: 'receipts reconciliation: the bank’s deposit files and deposits',
  sql: `
-- The bank's deposit records head office uploads for a day (docs/reconciliation.md), matched with field receipts
-- by the receipt number in the reference. A file is kept once by its SHA-256 (uploading it again changes nothing),
-- with who uploaded it and when, and the rows it refused (rejections, with row, field and reason).
CREATE TABLE deposit_files (
id              text PRIMARY KEY,
sha256          text NOT NULL UNIQUE,
file_name       text NOT NULL,
deposit_day     date NOT NULL,
branch_code     text REFERENCES branches (code),
format          text NOT NULL CHECK (format IN ('csv', 'xlsx')),
row_count       integer NOT NULL CHECK (row_count >= 0),
accepted_count  integer NOT NULL CHECK (accepted_count >= 0),
rejections      jsonb NOT NULL,
uploaded_by     text NOT NULL REFERENCES users (id),
uploaded_at     timestamptz NOT NULL
);
CREATE INDEX deposit_files_day_idx ON deposit_files (deposit_day);

-- One accepted row. receipt_number: the one receipt number its reference names (null for none or several), so the
-- receipts a day's deposits name are found by index; the matcher reads the reference itself.
CREATE TABLE deposits (
id              text PRIMARY KEY,
file_id         text NOT NULL REFERENCES deposit_files (id),
row_number      integer NOT NULL,
deposit_day     date NOT NULL,
amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
account         text NOT NULL,
reference       text NOT NULL,
serial          text,
receipt_number  text,
branch_code     text REFERENCES branches (code)
);
CREATE INDEX deposits_day_idx ON deposits (deposit_day);
CREATE INDEX deposits_receipt_number_idx ON deposits (receipt_number) WHERE receipt_number IS NOT NULL;
-- The bank's transaction number, when files carry one: the same deposit in two files is stored once.
CREATE UNIQUE INDEX deposits_serial_key ON deposits (account, serial) WHERE serial IS NOT NULL;

-- Receipts of a day are found by when they were taken, as written (ISO 8601): the text narrows by index, the
-- exact local day is decided in code.
CREATE INDEX field_records_receipt_received_idx ON field_records ((data -> 'args' ->> 'receivedAt')) WHERE kind = 'recordReceipt';
`,
};
