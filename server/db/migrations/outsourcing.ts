/**
 * Migration 27, outsourcing 委外催收 (docs/server.md, "Outsourcing"), in a file of its own so
 * server/db/migrations.ts stays a list. Never edit it once shipped: its checksum is recorded.
 */
export const OUTSOURCING_MIGRATION = {
  version: 27,
  name: 'outsourcing: agencies, cases with an agency, exports and results files',
  sql: `
-- A collection agency under contract with the bank. branches, export_fields and unmasked are JSON arrays of text
-- (shared/outsourcing/agency.ts AgencyBodySchema checks them before they are written).
CREATE TABLE agencies (
id              text PRIMARY KEY,
name            text NOT NULL,
licence_number  text NOT NULL UNIQUE,
contract_start  date NOT NULL,
contract_end    date NOT NULL CHECK (contract_end >= contract_start),
commission_bps  integer NOT NULL CHECK (commission_bps BETWEEN 0 AND 10000),
branches        jsonb NOT NULL,
export_fields   jsonb NOT NULL,
unmasked        jsonb NOT NULL,
status          text NOT NULL CHECK (status IN ('active', 'suspended', 'ended')),
verify_contact  text NOT NULL,
created_at      timestamptz NOT NULL,
updated_at      timestamptz NOT NULL
);

-- Which agency holds a case, from when, on whose decision, and when it was recalled. One open row per case.
CREATE TABLE agency_cases (
id             text PRIMARY KEY,
agency_id      text NOT NULL REFERENCES agencies (id),
case_id        text NOT NULL REFERENCES cases (id),
assigned_by    text NOT NULL,
assigned_at    timestamptz NOT NULL,
reason         text NOT NULL,
recalled_by    text,
recalled_at    timestamptz,
recall_reason  text
);
CREATE UNIQUE INDEX agency_cases_open_idx ON agency_cases (case_id) WHERE recalled_at IS NULL;
CREATE INDEX agency_cases_agency_idx ON agency_cases (agency_id);

-- Every export to an agency: who, when, which cases, which fields (and which went out masked).
CREATE TABLE agency_exports (
id           text PRIMARY KEY,
agency_id    text NOT NULL REFERENCES agencies (id),
exported_by  text NOT NULL,
exported_at  timestamptz NOT NULL,
format       text NOT NULL CHECK (format IN ('csv', 'xlsx')),
case_ids     jsonb NOT NULL,
fields       jsonb NOT NULL,
masked       jsonb NOT NULL,
sha256       text NOT NULL
);
CREATE INDEX agency_exports_agency_idx ON agency_exports (agency_id, exported_at DESC);

-- An agency's results file, with what it made and the rows it refused. The same bytes twice are stored once.
CREATE TABLE agency_result_files (
id              text PRIMARY KEY,
agency_id       text NOT NULL REFERENCES agencies (id),
sha256          text NOT NULL UNIQUE,
file_name       text NOT NULL,
format          text NOT NULL,
row_count       integer NOT NULL,
accepted_count  integer NOT NULL,
counts          jsonb NOT NULL,
rejections      jsonb NOT NULL,
uploaded_by     text NOT NULL,
uploaded_at     timestamptz NOT NULL
);

-- Each change to an agency and its cases (created, edited, case assigned or recalled), with who and what.
CREATE TABLE agency_changes (
seq        bigserial PRIMARY KEY,
agency_id  text NOT NULL REFERENCES agencies (id),
actor_id   text NOT NULL,
kind       text NOT NULL,
detail     jsonb NOT NULL,
at         timestamptz NOT NULL
);

-- Records an agency's results file made: their maker "device" is agency-<id> (shared/outsourcing/agency.ts
-- agencyDeviceId), not an enrolled device; agency_id names the agency (and marks them for KPIs). Migration 20's
-- trigger, which replaced the foreign key to devices, learns to accept such a record, and only with its agency.
ALTER TABLE field_records ADD COLUMN agency_id text REFERENCES agencies (id);
CREATE INDEX field_records_agency_idx ON field_records (agency_id) WHERE agency_id IS NOT NULL;
CREATE OR REPLACE FUNCTION field_record_device_known() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.device_id <> 'core-banking' AND NOT (NEW.agency_id IS NOT NULL AND NEW.device_id = 'agency-' || NEW.agency_id) AND NOT EXISTS (SELECT 1 FROM devices WHERE id = NEW.device_id) THEN RAISE EXCEPTION 'field_records.device_id % is not an enrolled device', NEW.device_id USING ERRCODE = '23503'; END IF; RETURN NEW; END $$;
`,
};
