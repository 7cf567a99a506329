/**
 * Migrations 20 and 21 (issue 15 §1–§2), in a file of their own so server/db/migrations.ts stays a list. Never
 * edit them once shipped: their checksums are recorded (server/db/migrate.ts).
 */
export const PAYMENTS_MIGRATION = {
  version: 20,
  name: 'payments from core banking: import kinds, head office’s own records, a bank reference once',
  sql: `
-- The import history (migration 14) holds the repayment extracts too (docs/server.md, "Payments from core banking").
ALTER TABLE imports ADD COLUMN kind text NOT NULL DEFAULT 'portfolio' CHECK (kind IN ('portfolio', 'payments'));
CREATE INDEX imports_kind_uploaded_at_idx ON imports (kind, uploaded_at DESC);

-- Core banking's payments are field records no device made: device_id 'core-banking'. Every other record still
-- names an enrolled device, now checked by a trigger instead of the foreign key. The function body stays on one
-- line: the runner splits statements at a semicolon that ends a line.
ALTER TABLE field_records DROP CONSTRAINT field_records_device_id_fkey;
CREATE OR REPLACE FUNCTION field_record_device_known() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.device_id <> 'core-banking' AND NOT EXISTS (SELECT 1 FROM devices WHERE id = NEW.device_id) THEN RAISE EXCEPTION 'field_records.device_id % is not an enrolled device', NEW.device_id USING ERRCODE = '23503'; END IF; RETURN NEW; END $$;
CREATE TRIGGER field_records_device_known BEFORE INSERT OR UPDATE OF device_id ON field_records FOR EACH ROW EXECUTE FUNCTION field_record_device_known();

-- A bank transaction reference is imported once: the same file twice, or two files listing it, add it once.
CREATE UNIQUE INDEX field_records_bank_reference_idx ON field_records ((data -> 'args' ->> 'reference'))
  WHERE kind = 'recordPayment' AND device_id = 'core-banking';
`,
};

export const SNAPSHOTS_MIGRATION = {
  version: 21,
  name: 'case snapshots: bucket, DPD and balances as of each portfolio import',
  sql: `
-- Each case's bucket, DPD and balances as the portfolio imports gave them, one row only when one of them changed:
-- a row holds from valid_from until the case's next row (server/kpi/snapshots.ts; docs/server.md, "Case snapshots").
CREATE TABLE case_snapshots (
case_id        text NOT NULL,
valid_from     date NOT NULL,
branch_code    text NOT NULL,
officer_id     text,
product        text NOT NULL,
status         text NOT NULL,
dpd            integer NOT NULL CHECK (dpd >= 0),
bucket         text NOT NULL,
principal_fen  bigint NOT NULL CHECK (principal_fen >= 0),
total_fen      bigint NOT NULL CHECK (total_fen >= 0),
PRIMARY KEY (case_id, valid_from)
);
CREATE INDEX case_snapshots_valid_from_idx ON case_snapshots (valid_from, branch_code);
`,
};
