/**
 * Migration 23, in a file of its own so server/db/migrations.ts stays a list (and under the size limit). Never
 * edit it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const CONDUCT_MIGRATION = {
  version: 23,
  name: 'conduct exceptions: pushed records that broke a conduct rule when head office judged them again',
  sql: `
-- Head office re-checks each pushed contact, visit and letter with the same rule engine as the device, its own
-- clock and the case's history from every device (docs/compliance.md, "Re-check at head office"). The record
-- is accepted (it happened); each rule it broke is one row here. clock: whose time broke it (the device's
-- claimed time, head office's arrival time, or both). overridden_by: the supervisor's override that covered the
-- rule afterwards (it arrives after the contact it lets through). Insert-only but for overridden_by.
CREATE TABLE conduct_exceptions (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_kind   text NOT NULL CHECK (record_kind IN ('recordActivity', 'recordVisit', 'issueLetter')),
  record_id     text NOT NULL,
  case_id       text NOT NULL,
  branch_code   text NOT NULL,
  user_id       text NOT NULL,
  device_id     text NOT NULL,
  rule_id       text NOT NULL,
  action        text NOT NULL CHECK (action IN ('warn', 'override', 'block')),
  message_key   text NOT NULL,
  params        jsonb NOT NULL,
  clock         text NOT NULL CHECK (clock IN ('device', 'head_office', 'both')),
  claimed_at    timestamptz NOT NULL,
  received_at   timestamptz NOT NULL,
  skew_minutes  integer NOT NULL,
  found_at      timestamptz NOT NULL,
  overridden_by text,
  UNIQUE (record_kind, record_id, rule_id)
);
CREATE INDEX conduct_exceptions_branch_idx ON conduct_exceptions (branch_code, found_at);
CREATE INDEX conduct_exceptions_user_idx ON conduct_exceptions (user_id, found_at);
CREATE INDEX conduct_exceptions_record_idx ON conduct_exceptions (record_id);
`,
};
