/**
 * Migration 34 (issue 15 §4): every change of a branch's monthly target as head office applied it, from a
 * supervisor's device or the console: who, from which device, when, the target in force before and the one set,
 * and whether it took effect (a target set earlier than the one in force, arriving late, does not). Written in
 * the transaction that keeps the record (server/sync/apply/targets.ts); never updated. Never edit it once
 * shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const TARGET_CHANGES_MIGRATION = {
  version: 34,
  name: 'target changes: who set which target when, and what it replaced',
  sql: `
-- before/after hold the targets' args (shared/records/target.ts SetTargetArgs); before is NULL for a month's
-- first target. Targets set before this migration are in field_records (each change is a record of its own)
-- with no row here.
CREATE TABLE target_changes (
  id           bigserial PRIMARY KEY,
  target_id    text NOT NULL,
  branch_code  text NOT NULL,
  month        text NOT NULL,
  actor_id     text NOT NULL,
  device_id    text NOT NULL,
  received_at  timestamptz NOT NULL,
  set_at       text NOT NULL,
  before       jsonb,
  after        jsonb NOT NULL,
  took_effect  boolean NOT NULL
);
CREATE INDEX target_changes_branch_month_idx ON target_changes (branch_code, month, id);
`,
};
