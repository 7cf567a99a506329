/**
 * Migration 17, in a file of its own so server/db/migrations.ts stays a list (and under the size limit). Never
 * edit it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const EVIDENCE_MIGRATION = {
  version: 17,
  name: 'evidence: attachment and letter bytes at head office',
  sql: `
-- Evidence bytes a device uploaded, content-addressed by SHA-256 (server/console/evidence, docs/server.md "Evidence").
-- A row exists only once the bytes arrived whole and their hash was checked; the type is what the bytes are
-- (sniffed), never what a device declared. Where the bytes are: on disk under DATA_DIR/evidence (PGlite setups)
-- or in evidence_chunks (DATABASE_URL).
CREATE TABLE evidence (
  sha256           text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes       bigint NOT NULL CHECK (size_bytes > 0),
  mime_type        text NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  stored_in        text NOT NULL CHECK (stored_in IN ('disk', 'database')),
  stored_at        timestamptz NOT NULL,
  first_device_id  text NOT NULL,
  first_user_id    text NOT NULL
);

-- An upload under way: how many bytes arrived, so a broken connection continues at that offset.
CREATE TABLE evidence_uploads (
  sha256          text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes      bigint NOT NULL CHECK (size_bytes > 0),
  received_bytes  bigint NOT NULL CHECK (received_bytes >= 0 AND received_bytes <= size_bytes),
  device_id       text NOT NULL,
  user_id         text NOT NULL,
  updated_at      timestamptz NOT NULL
);

-- The bytes themselves when head office runs on PostgreSQL: one row per uploaded chunk, in offset order;
-- held once the whole file was verified (until then, an upload under way).
CREATE TABLE evidence_chunks (
  sha256        text NOT NULL,
  offset_bytes  bigint NOT NULL CHECK (offset_bytes >= 0),
  bytes         bytea NOT NULL,
  held          boolean NOT NULL DEFAULT false,
  PRIMARY KEY (sha256, offset_bytes)
);

-- The cases each hash is attached to, through the records that registered it: an attachment (its id is the
-- hash) or an issued letter (its PDF's hash).
CREATE INDEX field_records_attachment_sha256_idx ON field_records ((data->'args'->>'sha256')) WHERE kind = 'addAttachment';
CREATE INDEX field_records_letter_sha256_idx ON field_records ((data->'args'->>'pdfSha256')) WHERE kind = 'issueLetter';
CREATE VIEW evidence_refs AS
  SELECT data->'args'->>'sha256' AS sha256, case_id, 'attachment' AS kind, id AS record_id, user_id, device_id, received_at, data->'args' AS args
    FROM field_records WHERE kind = 'addAttachment'
  UNION ALL
  SELECT data->'args'->>'pdfSha256' AS sha256, case_id, 'letter' AS kind, id AS record_id, user_id, device_id, received_at, data->'args' AS args
    FROM field_records WHERE kind = 'issueLetter';
`,
};
