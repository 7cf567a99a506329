/**
 * Migration 14, in a file of its own so server/db/migrations.ts stays a list (and under the size limit). Never
 * edit it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const PORTFOLIO_MIGRATION = {
  version: 14,
  name: 'import history, uploaded extracts kept for applying, who moved a case and why',
  sql: `
-- Every extract head office was given (the console's uploads and the CLI's imports, uploaded_by 'cli'), with what
-- its dry run found and, once applied, what the import did (docs/server.md, "Portfolio in the console").
-- status: pending (dry run shown, file kept), applied, discarded, expired (kept too long, file deleted), refused
-- (the file as a whole), dry_run (a CLI dry run). counts, by_branch, closures and rejections are the import's own
-- shapes (server/import/apply.ts ImportResult); plan is the digest applying checks again (server/import/tally.ts).
CREATE TABLE imports (
id             text PRIMARY KEY,
file_name      text NOT NULL,
sha256         text NOT NULL,
size_bytes     bigint NOT NULL CHECK (size_bytes >= 0),
uploaded_by    text NOT NULL,
uploaded_at    timestamptz NOT NULL,
status         text NOT NULL CHECK (status IN ('pending', 'applied', 'discarded', 'expired', 'refused', 'dry_run')),
applied_at     timestamptz,
applied_by     text,
discarded_at   timestamptz,
snapshot_date  text,
counts         jsonb NOT NULL,
by_branch      jsonb NOT NULL,
closures       jsonb NOT NULL,
rejections     jsonb NOT NULL,
file_error     jsonb,
plan           text NOT NULL
);
CREATE INDEX imports_uploaded_at_idx ON imports (uploaded_at DESC);

-- The uploaded bytes, kept until the upload is applied or discarded, or for IMPORT_KEEP_HOURS.
CREATE TABLE import_files (
import_id  text PRIMARY KEY REFERENCES imports (id) ON DELETE CASCADE,
bytes      bytea NOT NULL
);

-- Who moved a case and why (the console's reassignments; the trigger of migration 10 still writes each row).
ALTER TABLE case_assignments ADD COLUMN assigned_by text;
ALTER TABLE case_assignments ADD COLUMN reason text;
`,
};
