import { AUDIT_MIGRATION } from './migrations/audit';
import { PUBLISHED_CONFIG_MIGRATION } from './migrations/publishedConfig';
import { PEOPLE_MIGRATION } from './migrations/people';
import { RECONCILIATION_MIGRATION } from './migrations/reconciliation';
import { EVIDENCE_MIGRATION } from './migrations/evidence';
import { PORTFOLIO_MIGRATION } from './migrations/portfolio';
import { CONDUCT_MIGRATION } from './migrations/conduct';
import { CONDUCT_LOG_MIGRATION } from './migrations/conductLog';
import { SCRIPT_LIBRARY_MIGRATION } from './migrations/scriptLibrary';
import { OUTSOURCING_MIGRATION } from './migrations/outsourcing';
import { OUTSOURCING_HANDOVER_MIGRATION } from './migrations/outsourcingHandover';
import { PAYMENTS_MIGRATION, SNAPSHOTS_MIGRATION } from './migrations/payments';
import { CUSTOMER_MIGRATION } from './migrations/customer';
import { LEGAL_BUNDLE_MIGRATION } from './migrations/legalBundle';
import { KPI_READS_MIGRATION } from './migrations/kpiReads';
import { TARGET_CHANGES_MIGRATION } from './migrations/targetChanges';
import { KPI_GENERATION_MIGRATION } from './migrations/kpiGeneration';
import { ACTIVITY_BRANCH_MIGRATION } from './migrations/activityBranch';

/**
 * The schema, as numbered migrations applied in order (server/db/migrate.ts). Never edit one that has shipped:
 * add the next. Each applied migration's checksum is recorded, and a start with an edited one is refused.
 * PostgreSQL dialect only, nothing PGlite-specific, so the same files run on a bank's PostgreSQL.
 * Statements are split at a semicolon that ends a line. The list is in version order; numbers 22 and 26 were
 * reserved for work that turned out not to need a migration, and are never used.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * false: run outside a transaction, each statement on its own, for what PostgreSQL refuses inside one
   * (CREATE INDEX CONCURRENTLY on a large table, docs/scale.md). Put such statements in a migration of their
   * own and make each safe to run again (IF NOT EXISTS): a crash may stop it between statements.
   */
  transaction?: false;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'organisation',
    sql: `
CREATE TABLE branches (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id               text PRIMARY KEY,
  branch_code      text NOT NULL REFERENCES branches (code),
  name             text NOT NULL,
  role             text NOT NULL CHECK (role IN ('collector', 'clerk', 'supervisor', 'head_office_admin')),
  password_hash    text NOT NULL,
  failed_attempts  integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_branch_code_idx ON users (branch_code);

-- A device (a laptop's app install) is enrolled to one user at its first sign-in. device_code is the short
-- code that starts its receipt and letter numbers, so it is unique across the bank.
CREATE TABLE devices (
  id           text PRIMARY KEY,
  user_id      text NOT NULL REFERENCES users (id),
  device_code  text NOT NULL UNIQUE,
  enrolled_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz,
  revoked_by   text REFERENCES users (id)
);
CREATE INDEX devices_user_id_idx ON devices (user_id);

-- Only a SHA-256 of each refresh token is kept: a copy of the table signs no one in.
CREATE TABLE refresh_tokens (
  token_hash  text PRIMARY KEY,
  device_id   text NOT NULL REFERENCES devices (id),
  user_id     text NOT NULL REFERENCES users (id),
  issued_at   timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_device_id_idx ON refresh_tokens (device_id);
`,
  },
  {
    version: 2,
    name: 'sync push',
    sql: `
-- The last mutation id head office has applied, rejected or skipped per device; written in the same
-- transaction as the mutations' effects, which is what makes push idempotent.
CREATE TABLE device_cursors (
  device_id         text PRIMARY KEY REFERENCES devices (id),
  last_mutation_id  bigint NOT NULL DEFAULT 0 CHECK (last_mutation_id >= 0),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- One row per mutation id head office took a decision on (a push skipped as already seen writes nothing).
-- id, name, user_id and case_id are null when the entry was too malformed to read them.
CREATE TABLE mutations_applied (
  device_id       text NOT NULL REFERENCES devices (id),
  mutation_id     bigint NOT NULL CHECK (mutation_id > 0),
  id              text,
  name            text,
  user_id         text,
  case_id         text,
  status          text NOT NULL CHECK (status IN ('applied', 'duplicate', 'rejected')),
  reason_code     text,
  reason_message  text,
  received_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, mutation_id),
  CHECK ((status = 'rejected') = (reason_code IS NOT NULL))
);
CREATE INDEX mutations_applied_rejected_idx ON mutations_applied (received_at) WHERE status = 'rejected';

-- Where applied intent mutations land, one row per record the device created or acted on, keyed by the
-- mutation name and the record's client id. Generic for now; per-kind tables come with pull (issue 5).
CREATE TABLE field_records (
  kind         text NOT NULL,
  id           text NOT NULL,
  case_id      text,
  device_id    text NOT NULL REFERENCES devices (id),
  user_id      text NOT NULL,
  mutation_id  bigint NOT NULL,
  data         jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id)
);
CREATE INDEX field_records_case_id_idx ON field_records (case_id);
`,
  },
  {
    version: 3,
    name: 'portfolio and change log',
    sql: `
-- The imported portfolio: one row per customer-level case. data is the whole shared/domain/case.ts Case
-- (checked with CaseSchema before it is written); the other columns copy what scope and pull select on.
-- updated_seq is the changes.seq of the case's latest change: pull sends a case only at that change.
CREATE TABLE cases (
  id           text PRIMARY KEY,
  case_number  text NOT NULL UNIQUE,
  branch_code  text NOT NULL REFERENCES branches (code),
  officer_id   text REFERENCES users (id),
  status       text NOT NULL,
  data         jsonb NOT NULL,
  version      bigint NOT NULL CHECK (version > 0),
  updated_seq  bigint NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_branch_code_idx ON cases (branch_code);
CREATE INDEX cases_officer_id_idx ON cases (officer_id);

-- The change log pull pages through: seq is the server-assigned cursor, never a client time. Writers take
-- an EXCLUSIVE lock on this table for their transaction, so seqs become visible in order.
-- A 'case' row says the case changed while assigned to (branch_code, officer_id). A 'tombstone' row says the
-- case left that scope (reason out_of_scope) or was deleted; audience 'officer' is for the old officer only
-- (a reassignment inside the branch), 'branch' for the branch and the officer.
CREATE TABLE changes (
  seq          bigserial PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('case', 'tombstone')),
  record_id    text NOT NULL,
  branch_code  text NOT NULL,
  officer_id   text,
  reason       text CHECK (reason IN ('out_of_scope', 'deleted')),
  audience     text NOT NULL DEFAULT 'branch' CHECK (audience IN ('branch', 'officer')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'tombstone') = (reason IS NOT NULL))
);
CREATE INDEX changes_branch_seq_idx ON changes (branch_code, seq);
CREATE INDEX changes_officer_seq_idx ON changes (officer_id, seq);
CREATE INDEX changes_record_idx ON changes (record_id);
`,
  },
  {
    version: 4,
    name: 'field records by kind, and in the change log',
    sql: `
-- Field records travel down to the devices of their case's scope through the same change log as cases:
-- a 'record' row names the record by its kind (the mutation name) and id. A record is sent only at its
-- latest change (field_records.updated_seq), as a case is; a reassignment logs the case's records again
-- for the new scope, so the new collector gets the case's history.
ALTER TABLE changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE changes ADD CONSTRAINT changes_kind_check CHECK (kind IN ('case', 'tombstone', 'record'));
ALTER TABLE changes ADD COLUMN record_kind text;
ALTER TABLE changes ADD CONSTRAINT changes_record_kind_check CHECK ((kind = 'record') = (record_kind IS NOT NULL));
ALTER TABLE field_records ADD COLUMN updated_seq bigint;

-- Receipt numbers are unique bank-wide (device code + counter); the push checks first, this is the backstop.
CREATE UNIQUE INDEX field_records_receipt_number_idx ON field_records ((data -> 'args' ->> 'number')) WHERE kind = 'recordReceipt';
`,
  },
  {
    version: 5,
    name: 'sign-in events',
    sql: `
-- Every sign-in and refresh at head office, successful or not, and every request the rate limits refused:
-- who (as typed), which device, from which address, why refused. Never a password or token. Insert-only.
CREATE TABLE sign_in_events (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('sign_in', 'sign_in_failed', 'refresh', 'refresh_failed', 'rate_limited')),
  user_id         text,
  device_id       text,
  client_address  text NOT NULL,
  reason          text,
  at              timestamptz NOT NULL
);
CREATE INDEX sign_in_events_user_idx ON sign_in_events (user_id, at);
CREATE INDEX sign_in_events_at_idx ON sign_in_events (at);
`,
  },
  {
    version: 6,
    name: 'who set a case status',
    sql: `
-- Whose word a case's status is: 'device' after a collector's or supervisor's change went through the state
-- machine at head office, 'import' when the daily extract set it (new, settled, reopened). The import reopens
-- a settled or closed case that is back in the extract only when it settled it itself.
ALTER TABLE cases ADD COLUMN status_by text NOT NULL DEFAULT 'import' CHECK (status_by IN ('import', 'device'));
`,
  },
  {
    version: 7,
    name: 'sign-out events',
    sql: `
-- POST /auth/sign-out revokes the refresh token a device gives up; the sign-in log records it.
ALTER TABLE sign_in_events DROP CONSTRAINT sign_in_events_kind_check;
ALTER TABLE sign_in_events ADD CONSTRAINT sign_in_events_kind_check
  CHECK (kind IN ('sign_in', 'sign_in_failed', 'refresh', 'refresh_failed', 'rate_limited', 'sign_out'));
`,
  },
  {
    version: 8,
    name: 'case assignment history',
    sql: `
-- Every (branch, officer) a case has been assigned to, kept for good (the change log is pruned). Push scope is
-- read from here and from cases, never from record ids a device chose (issue 11). A trigger writes it, so every
-- writer of cases (the import, a reassignment) keeps it without knowing. officer_id null: the branch's pool.
CREATE TABLE case_assignments (
  case_id      text NOT NULL,
  branch_code  text NOT NULL,
  officer_id   text,
  assigned_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX case_assignments_key ON case_assignments (case_id, branch_code, (COALESCE(officer_id, '')));

-- The function body stays on one line: the runner splits statements at a semicolon that ends a line.
CREATE FUNCTION record_case_assignment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO case_assignments (case_id, branch_code, officer_id) VALUES (NEW.id, NEW.branch_code, NEW.officer_id) ON CONFLICT DO NOTHING; RETURN NEW; END $$;
CREATE TRIGGER cases_assignment_history AFTER INSERT OR UPDATE OF branch_code, officer_id ON cases
  FOR EACH ROW EXECUTE FUNCTION record_case_assignment();

-- What head office knew before: each case's assignment now, and the scopes its change log still names.
INSERT INTO case_assignments (case_id, branch_code, officer_id, assigned_at)
  SELECT id, branch_code, officer_id, created_at FROM cases
  ON CONFLICT DO NOTHING;
INSERT INTO case_assignments (case_id, branch_code, officer_id, assigned_at)
  SELECT ch.record_id, ch.branch_code, ch.officer_id, min(ch.created_at)
    FROM changes ch JOIN cases c ON c.id = ch.record_id
   WHERE ch.kind IN ('case', 'tombstone')
   GROUP BY ch.record_id, ch.branch_code, ch.officer_id
  ON CONFLICT DO NOTHING;

-- Head office refuses a new record whose id another kind's record already has: looked up by id alone.
CREATE INDEX field_records_id_idx ON field_records (id);
`,
  },
  {
    version: 9,
    name: 'sign-in lockout for unknown user ids',
    sql: `
-- Wrong passwords counted for user ids no account has, as users.failed_attempts counts them for accounts, so
-- the fifth try locks an unknown id just as it locks a real one: the lockout does not tell who exists.
CREATE TABLE sign_in_lockouts (
  user_id          text PRIMARY KEY,
  failed_attempts  integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until     timestamptz
);
`,
  },
  {
    version: 10,
    name: 'case assignments: when each was given up',
    sql: `
-- A past assignment lets its collector (or branch) push records captured while the case was theirs, but not for
-- ever: only as long as a device may stay offline (TOMBSTONE_RETENTION_DAYS, server/sync/pullScope.ts). NULL: held now.
ALTER TABLE case_assignments ADD COLUMN released_at timestamptz;

-- Assignments that are not the case's current one were given up at some time before now; now is the latest it can be.
UPDATE case_assignments a SET released_at = now()
  FROM cases c
 WHERE c.id = a.case_id AND (c.branch_code <> a.branch_code OR COALESCE(c.officer_id, '') <> COALESCE(a.officer_id, ''));

-- The function body stays on one line: the runner splits statements at a semicolon that ends a line.
CREATE OR REPLACE FUNCTION record_case_assignment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'UPDATE' AND (OLD.branch_code <> NEW.branch_code OR COALESCE(OLD.officer_id, '') <> COALESCE(NEW.officer_id, '')) THEN UPDATE case_assignments SET released_at = now() WHERE case_id = OLD.id AND branch_code = OLD.branch_code AND COALESCE(officer_id, '') = COALESCE(OLD.officer_id, '') AND released_at IS NULL; END IF; INSERT INTO case_assignments (case_id, branch_code, officer_id) VALUES (NEW.id, NEW.branch_code, NEW.officer_id) ON CONFLICT (case_id, branch_code, (COALESCE(officer_id, ''))) DO UPDATE SET released_at = NULL; RETURN NEW; END $$;
`,
  },
  {
    version: 11,
    name: 'branches: the rule pack head office sets for each branch',
    sql: `
-- Which compliance rule pack a branch works under is head office's decision, not a user preference (issue 13 §6);
-- sign-in sends it to the device. The ids are the built-in packs (shared/compliance/packs).
ALTER TABLE branches ADD COLUMN rule_pack text NOT NULL DEFAULT 'cn-2026' CHECK (rule_pack IN ('cn-2026', 'uk-fca', 'us-regf'));
`,
  },
  {
    version: 12,
    name: 'devices: when each last synced',
    sql: `
-- The last push or pull head office served each device: the branch directory shows it to the supervisor, so a
-- laptop that has not synced for days (work not yet at head office) is seen (shared/team/directory.ts).
ALTER TABLE devices ADD COLUMN last_sync_at timestamptz;
`,
  },
  {
    version: 13,
    name: 'sign-in events: a supervisor confirming an override on a collector’s device',
    sql: `
-- POST /auth/confirm-approver checks a supervisor's password on a collector's device (issue 13 §4); the sign-in log records it.
ALTER TABLE sign_in_events DROP CONSTRAINT sign_in_events_kind_check;
ALTER TABLE sign_in_events ADD CONSTRAINT sign_in_events_kind_check
  CHECK (kind IN ('sign_in', 'sign_in_failed', 'refresh', 'refresh_failed', 'rate_limited', 'sign_out', 'approver_confirmed', 'approver_refused'));
`,
  },
  PORTFOLIO_MIGRATION,
  PEOPLE_MIGRATION,
  PUBLISHED_CONFIG_MIGRATION,
  EVIDENCE_MIGRATION,
  RECONCILIATION_MIGRATION,
  AUDIT_MIGRATION,
  PAYMENTS_MIGRATION,
  SNAPSHOTS_MIGRATION,
  CONDUCT_MIGRATION,
  CUSTOMER_MIGRATION,
  SCRIPT_LIBRARY_MIGRATION,
  OUTSOURCING_MIGRATION,
  CONDUCT_LOG_MIGRATION,
  LEGAL_BUNDLE_MIGRATION,
  OUTSOURCING_HANDOVER_MIGRATION,
  KPI_READS_MIGRATION,
  TARGET_CHANGES_MIGRATION,
  KPI_GENERATION_MIGRATION,
  ACTIVITY_BRANCH_MIGRATION,
];
