/**
 * Migration 36 (issue 15, the head-office speed target): each contact attempt carries the branch that holds its
 * case now, so that the console counts a period's attempts by branch from one index, without joining every
 * attempt to its case (the join was half of the read at 200,000 cases: docs/benchmarks.md, "KPI speed, the last
 * tenth"). Kept by PostgreSQL, whoever writes: set when the attempt is written (or when its case arrives after
 * it), rewritten when its case moves branch. Both triggers take the change log's lock (server/db/changeLogLock.ts),
 * which every writer of a case's branch and every push of a record already holds, so an attempt and a move of its
 * case never interleave: the attempt sees the move or the move sees the attempt. A table lock, not one per case: a
 * bulk insert of attempts takes one lock, not thousands. Never edit it once shipped: its checksum is recorded
 * (server/db/migrate.ts).
 */
export const ACTIVITY_BRANCH_MIGRATION = {
  version: 36,
  name: 'activity branch: each contact attempt carries the branch holding its case now',
  sql: `
ALTER TABLE field_records ADD COLUMN activity_branch text;
UPDATE field_records fr SET activity_branch = c.branch_code FROM cases c WHERE fr.kind = 'recordActivity' AND c.id = fr.case_id;

CREATE FUNCTION field_record_activity_branch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN LOCK TABLE changes IN EXCLUSIVE MODE; NEW.activity_branch := (SELECT branch_code FROM cases WHERE id = NEW.case_id); RETURN NEW; END $$;
CREATE TRIGGER field_records_activity_branch BEFORE INSERT OR UPDATE OF case_id ON field_records
  FOR EACH ROW WHEN (NEW.kind = 'recordActivity') EXECUTE FUNCTION field_record_activity_branch();

CREATE FUNCTION case_moved_activities() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN LOCK TABLE changes IN EXCLUSIVE MODE; UPDATE field_records SET activity_branch = NEW.branch_code WHERE case_id = NEW.id AND kind = 'recordActivity'; RETURN NULL; END $$;
CREATE TRIGGER cases_moved_activities AFTER UPDATE OF branch_code ON cases
  FOR EACH ROW WHEN (OLD.branch_code IS DISTINCT FROM NEW.branch_code) EXECUTE FUNCTION case_moved_activities();

-- A record may arrive before its case (server/sync/apply/records.ts storeRecord keeps it): the case brings its branch.
CREATE FUNCTION cases_added_activities() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE field_records fr SET activity_branch = a.branch_code FROM added a WHERE fr.case_id = a.id AND fr.kind = 'recordActivity' AND fr.activity_branch IS NULL; RETURN NULL; END $$;
CREATE TRIGGER cases_added_activities AFTER INSERT ON cases REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION cases_added_activities();

-- The attempts of a period by branch, outcome and agency from the index alone.
DROP INDEX field_records_activity_at_idx;
CREATE INDEX field_records_activity_at_idx ON field_records (activity_at) INCLUDE (activity_branch, device_id, activity_outcome, id) WHERE kind = 'recordActivity';
`,
};
