/**
 * Migration 15, in a file of its own so server/db/migrations.ts stays a list (and under the size limit). Never
 * edit it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const PEOPLE_MIGRATION = {
  version: 15,
  name: 'people and devices: branch details and accounts, disabled users, forced password change, user audit, device reports and remote wipe',
  sql: `
-- A branch's own details (issue 14 §3): the letterhead publisher reads address, postcode and phone as the defaults
-- of the branch's letterhead; repayment accounts are several per branch, in their own table.
ALTER TABLE branches ADD COLUMN address text NOT NULL DEFAULT '';
ALTER TABLE branches ADD COLUMN postcode text NOT NULL DEFAULT '';
ALTER TABLE branches ADD COLUMN phone text NOT NULL DEFAULT '';
CREATE TABLE branch_accounts (
branch_code     text NOT NULL REFERENCES branches (code),
position        integer NOT NULL CHECK (position >= 0),
account_name    text NOT NULL,
account_number  text NOT NULL,
bank            text NOT NULL,
PRIMARY KEY (branch_code, position)
);

-- A disabled user cannot sign in or refresh, and their devices' access tokens stop at once (authenticate reads it).
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
-- Set by an admin's create or reset: sign-in says so and every route but the password change refuses until changed.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;

-- Every change to a user by head office (and their own password changes): who, when, what. Insert-only.
CREATE TABLE user_changes (
id          bigserial PRIMARY KEY,
user_id     text NOT NULL REFERENCES users (id),
actor_id    text NOT NULL REFERENCES users (id),
kind        text NOT NULL CHECK (kind IN ('created', 'disabled', 'enabled', 'password_reset', 'password_changed', 'role_changed', 'branch_changed', 'name_changed')),
detail      jsonb NOT NULL DEFAULT '{}'::jsonb,
at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_changes_user_idx ON user_changes (user_id, at);

-- What a device last reported at sync (pending outbox entries, the app's version), and head office's remote wipe:
-- asked for (by whom, why), and when the device was told (its next contact is refused with device_wiped).
ALTER TABLE devices ADD COLUMN pending_changes integer CHECK (pending_changes >= 0);
ALTER TABLE devices ADD COLUMN app_version text;
ALTER TABLE devices ADD COLUMN revoke_reason text;
ALTER TABLE devices ADD COLUMN wipe_requested_at timestamptz;
ALTER TABLE devices ADD COLUMN wipe_requested_by text REFERENCES users (id);
ALTER TABLE devices ADD COLUMN wipe_reason text;
ALTER TABLE devices ADD COLUMN wipe_told_at timestamptz;
`,
};
