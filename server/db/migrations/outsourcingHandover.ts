/**
 * Migration 31, outsourcing from the app (docs/server.md, "Outsourcing"): a case given to an agency names the
 * approved proposal (a proposeOutsourcing record, shared/records/outsourcingProposal.ts) and the registered
 * notice letter (an issueLetter record of type outsourcing_notice) that allowed the handover. Rows given before
 * this migration have neither. Never edit it once shipped: its checksum is recorded.
 */
export const OUTSOURCING_HANDOVER_MIGRATION = {
  version: 31,
  name: 'outsourcing: the approved proposal and the notice letter behind each handover',
  sql: `
ALTER TABLE agency_cases ADD COLUMN proposal_id text;
ALTER TABLE agency_cases ADD COLUMN notice_letter_id text;
CREATE UNIQUE INDEX agency_cases_proposal_idx ON agency_cases (proposal_id) WHERE proposal_id IS NOT NULL;
`,
};
