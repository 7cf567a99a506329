/**
 * Migration 30, in a file of its own so server/db/migrations.ts stays a list. Never edit it once shipped: its
 * checksum is recorded (server/db/migrate.ts).
 */
export const LEGAL_BUNDLE_MIGRATION = {
  version: 30,
  name: 'evidence: a legal case’s evidence bundle is the case’s evidence',
  sql: `
-- A legal case's evidence bundle (recordLegalBundle, shared/records/legalBundle.ts) names its PDF by SHA-256, like
-- an issued letter: head office accepts the bytes through this view and keeps them with the case's evidence.
CREATE INDEX field_records_legal_bundle_sha256_idx ON field_records ((data->'args'->>'pdfSha256')) WHERE kind = 'recordLegalBundle';
CREATE OR REPLACE VIEW evidence_refs AS
  SELECT data->'args'->>'sha256' AS sha256, case_id, 'attachment' AS kind, id AS record_id, user_id, device_id, received_at, data->'args' AS args
    FROM field_records WHERE kind = 'addAttachment'
  UNION ALL
  SELECT data->'args'->>'pdfSha256' AS sha256, case_id, 'letter' AS kind, id AS record_id, user_id, device_id, received_at, data->'args' AS args
    FROM field_records WHERE kind = 'issueLetter'
  UNION ALL
  SELECT data->'args'->>'pdfSha256' AS sha256, case_id, 'legal_bundle' AS kind, id AS record_id, user_id, device_id, received_at, data->'args' AS args
    FROM field_records WHERE kind = 'recordLegalBundle';
`,
};
