/**
 * Migration 19, in a file of its own so server/db/migrations.ts stays a list (and under the size limit). Never
 * edit it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const AUDIT_MIGRATION = {
  version: 19,
  name: 'audit chain: each device’s audit entries at head office, and the breaks found in them',
  sql: `
-- Each device's hash-chained audit entries, as they arrived (docs/server.md, "Audit chain at head office").
-- The record before and after an action is kept as a SHA-256 of its canonical JSON, not in clear: head office
-- holds the records themselves through sync, and the digests still let a copy be checked later. A re-send of
-- the same entry (same digest) is not stored twice; an entry that does not fit the chain is kept all the same.
CREATE TABLE audit_entries (
id             bigserial PRIMARY KEY,
device_id      text NOT NULL REFERENCES devices (id),
seq            bigint NOT NULL CHECK (seq > 0),
entry_id       text NOT NULL,
at             timestamptz NOT NULL,
user_id        text NOT NULL,
action         text NOT NULL,
entity_kind    text NOT NULL,
entity_id      text NOT NULL,
case_id        text,
before_digest  text NOT NULL,
after_digest   text NOT NULL,
prev_hash      text NOT NULL,
hash           text NOT NULL,
digest         text NOT NULL,
hash_ok        boolean NOT NULL,
in_chain       boolean NOT NULL,
received_at    timestamptz NOT NULL,
UNIQUE (device_id, seq, digest)
);

-- Where head office follows each device's chain: the next entry must have head_seq + 1 and link to head_hash.
CREATE TABLE audit_chains (
device_id         text PRIMARY KEY REFERENCES devices (id),
head_seq          bigint NOT NULL DEFAULT 0 CHECK (head_seq >= 0),
head_hash         text,
entries_held      integer NOT NULL DEFAULT 0,
first_break_seq   bigint,
first_break_kind  text,
last_received_at  timestamptz
);

-- One row per break: never updated or deleted by the service.
CREATE TABLE audit_findings (
id           bigserial PRIMARY KEY,
device_id    text NOT NULL REFERENCES devices (id),
seq          bigint NOT NULL,
kind         text NOT NULL CHECK (kind IN ('changed', 'removed', 'reordered', 'rewritten')),
entry_seq    bigint NOT NULL,
entry_hash   text NOT NULL,
detected_at  timestamptz NOT NULL
);
CREATE INDEX audit_findings_device_idx ON audit_findings (device_id, seq);
`,
};
