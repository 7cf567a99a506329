/**
 * Migration 24 (issue 16 §2–§3), in a file of its own so server/db/migrations.ts stays a list. Never edit it once
 * shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const CUSTOMER_MIGRATION = {
  version: 24,
  name: 'published configuration: segment decision table and contact strategy',
  sql: `
-- Two kinds of published configuration (shared/publishedConfig/kinds.ts): the segment decision table and the
-- contact strategy (docs/domain.md, "Segments", "Next best action"). The check lists every kind.
ALTER TABLE published_configs DROP CONSTRAINT published_configs_kind_check;
ALTER TABLE published_configs ADD CONSTRAINT published_configs_kind_check
  CHECK (kind IN ('letterhead', 'calendar', 'limits', 'rulePackParams', 'letterTemplate', 'segmentTable', 'contactStrategy'));
`,
};
