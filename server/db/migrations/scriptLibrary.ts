/**
 * Migration 25 (issue 16 §4, call scripts), in a file of its own so server/db/migrations.ts stays a list. Never edit
 * it once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const SCRIPT_LIBRARY_MIGRATION = {
  version: 25,
  name: 'published configuration: any kind the app defines (call scripts)',
  sql: `
-- The list of kinds in migration 16's check grows with every kind (the call script library 'scriptLibrary' here,
-- others in parallel work), and two migrations that each rewrite the list would drop each other's kinds. Which
-- kinds exist is the app's schema (shared/publishedConfig/kinds.ts CONFIG_KINDS, checked on every publish and
-- every read); the table only insists on the shape of a kind's name.
ALTER TABLE published_configs DROP CONSTRAINT IF EXISTS published_configs_kind_check;
ALTER TABLE published_configs ADD CONSTRAINT published_configs_kind_shape CHECK (kind ~ '^[a-z][A-Za-z]{1,39}$');
`,
};
