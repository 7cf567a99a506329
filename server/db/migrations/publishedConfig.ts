/**
 * Migration 16, in a file of its own so server/db/migrations.ts stays a list (and under the size limit). Never
 * edit it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const PUBLISHED_CONFIG_MIGRATION = {
  version: 16,
  name: 'published configuration',
  sql: `
-- Configuration head office publishes (docs/server.md, "Published configuration"; shared/publishedConfig): each
-- version of a slot (kind, scope, key) is a row of its own, never edited; the newest is the one in force.
-- scope: 'bank' or a branch code. change_seq: the change-log row that carries this version to devices.
CREATE TABLE published_configs (
kind          text NOT NULL CHECK (kind IN ('letterhead', 'calendar', 'limits', 'rulePackParams', 'letterTemplate')),
scope         text NOT NULL,
key           text NOT NULL DEFAULT '',
version       integer NOT NULL CHECK (version > 0),
payload       jsonb NOT NULL,
published_by  text NOT NULL REFERENCES users (id),
published_at  timestamptz NOT NULL,
change_seq    bigint NOT NULL,
PRIMARY KEY (kind, scope, key, version)
);
CREATE UNIQUE INDEX published_configs_change_seq_idx ON published_configs (change_seq);

-- A 'config' change names the slot in record_id (kind:scope:key) and its scope in branch_code: the branch, or
-- '*' for the whole bank. Devices of that branch (every device for '*') pull the slot's newest version.
ALTER TABLE changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE changes ADD CONSTRAINT changes_kind_check CHECK (kind IN ('case', 'tombstone', 'record', 'config'));
`,
};
