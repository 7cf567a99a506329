/**
 * Migration 28, in a file of its own so server/db/migrations.ts stays a list. Never edit it once shipped: its
 * checksum is recorded (server/db/migrate.ts).
 */
export const CONDUCT_LOG_MIGRATION = {
  version: 28,
  name: 'conduct exceptions in the change log, for the branch supervisor, and their review',
  sql: `
-- Each conduct exception (migration 23) is published to its branch's supervisors through the change log: a
-- 'conduct' row names the exception by id, for the branch (officer none), and is sent only at the exception's
-- latest change (change_seq), as a published configuration is. An exception changes when an override covers
-- it or a supervisor reviews it (docs/server.md, "Conduct re-checked at head office").
ALTER TABLE changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE changes ADD CONSTRAINT changes_kind_check CHECK (kind IN ('case', 'tombstone', 'record', 'config', 'conduct'));
ALTER TABLE conduct_exceptions ADD COLUMN change_seq bigint;
-- The supervisor's review (reviewConductException): who, when, the note and the record that made it. Once.
ALTER TABLE conduct_exceptions ADD COLUMN reviewed_by text;
ALTER TABLE conduct_exceptions ADD COLUMN reviewed_at timestamptz;
ALTER TABLE conduct_exceptions ADD COLUMN review_note text;
ALTER TABLE conduct_exceptions ADD COLUMN review_id text;
CREATE INDEX conduct_exceptions_change_seq_idx ON conduct_exceptions (change_seq);

-- The exceptions found before this migration are published too, in the order they were found.
WITH logged AS (
  INSERT INTO changes (kind, record_id, branch_code, officer_id, audience, created_at)
  SELECT 'conduct', id::text, branch_code, NULL, 'branch', now() FROM conduct_exceptions ORDER BY id
  RETURNING seq, record_id
)
UPDATE conduct_exceptions x SET change_seq = l.seq FROM logged l WHERE x.id::text = l.record_id;
`,
};
