/**
 * Migration 35 (issue 15, the console's trend): a counter that moves whenever what the trend's opening balances
 * are computed from changes, so that head office can keep them between requests (server/kpi/openingCache.ts).
 * Transactional on purpose: a reader sees the new value only once the change is committed, so a balance computed
 * while an import runs is tagged with the old value and thrown away on the next read. Never edit it once shipped:
 * its checksum is recorded (server/db/migrate.ts).
 */
export const KPI_GENERATION_MIGRATION = {
  version: 35,
  name: 'KPI generation: a counter moved by every change to snapshots, cases added or removed, and branch moves',
  sql: `
CREATE TABLE kpi_generation (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  n bigint NOT NULL
);
INSERT INTO kpi_generation (one, n) VALUES (true, 0);
CREATE FUNCTION bump_kpi_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE kpi_generation SET n = n + 1; RETURN NULL; END $$;

-- Snapshot rows are written by imports (and the backfill): once a statement.
CREATE TRIGGER case_snapshots_kpi_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION bump_kpi_generation();
-- A case added without snapshot rows counts as it is now; a case's balance changes only by import, which writes
-- its snapshot row, so a device's change to a case (its data) does not move the counter.
CREATE TRIGGER cases_kpi_generation AFTER INSERT OR DELETE OR TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION bump_kpi_generation();
-- Balances are summed by the branch that holds the case now: only a real move counts (every write of a case
-- names its branch, so UPDATE OF alone would fire on each device's push).
CREATE TRIGGER cases_branch_kpi_generation AFTER UPDATE OF branch_code ON cases
  FOR EACH ROW WHEN (OLD.branch_code IS DISTINCT FROM NEW.branch_code) EXECUTE FUNCTION bump_kpi_generation();
`,
};
