/**
 * Migration 33 (issue 15, the head-office speed target): what the console's 业绩 page reads, kept so that it is
 * read by ranges instead of case by case or record by record (docs/benchmarks.md, "KPI speed"). Never edit it
 * once shipped: its checksum is recorded (server/db/migrate.ts).
 */
export const KPI_READS_MIGRATION = {
  version: 33,
  name: 'KPI reads: each snapshot row’s end date, activities’ time and outcome as columns',
  sql: `
-- A snapshot row holds from valid_from until the case's next row: valid_to is that next row's valid_from, or
-- 'infinity' for the case's latest (kept by the import, server/kpi/snapshots.ts). The states of every case on a
-- date are then one range scan (valid_from <= d AND valid_to > d) instead of a look-up per case.
ALTER TABLE case_snapshots ADD COLUMN valid_to date NOT NULL DEFAULT 'infinity';
UPDATE case_snapshots s SET valid_to = n.next
  FROM (SELECT case_id, valid_from, lead(valid_from) OVER (PARTITION BY case_id ORDER BY valid_from) AS next FROM case_snapshots) n
 WHERE n.next IS NOT NULL AND s.case_id = n.case_id AND s.valid_from = n.valid_from;
CREATE INDEX case_snapshots_valid_to_idx ON case_snapshots (valid_to, valid_from) INCLUDE (case_id, bucket, dpd, total_fen);

-- An activity's instant and outcome as columns of their own (computed by PostgreSQL from the record, whoever
-- writes it), and an index holding what the contact figures count, so a period's attempts are read from the
-- index alone. The instant stays text, compared in byte order (COLLATE "C") by its written date: a cast to
-- timestamptz is not immutable, and a record's text is never refused here (server/kpi/bankFigures.ts).
ALTER TABLE field_records
  ADD COLUMN activity_at text COLLATE "C" GENERATED ALWAYS AS (CASE WHEN kind = 'recordActivity' THEN data -> 'args' ->> 'at' END) STORED,
  ADD COLUMN activity_outcome text GENERATED ALWAYS AS (CASE WHEN kind = 'recordActivity' THEN data -> 'args' ->> 'outcome' END) STORED;
CREATE INDEX field_records_activity_at_idx ON field_records (activity_at) INCLUDE (case_id, device_id, activity_outcome, id) WHERE kind = 'recordActivity';
`,
};
