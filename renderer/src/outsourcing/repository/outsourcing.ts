import type { OutsourcingHandover } from '../../../../shared/records/outsourcingHandover';
import { OutsourcingProposalSchema, outsourcingDecided, proposalArgs, type OutsourcingProposal } from '../../../../shared/records/outsourcingProposal';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';

/** Outsourcing proposals on this device: made and decided here (one transaction each with audit and outbox), and those head office sends. */

export async function proposalsOfCase(db: RecoveryDeskDb, caseId: string): Promise<OutsourcingProposal[]> {
  const list = await db.outsourcingProposals.where('caseId').equals(caseId).toArray();
  return list.sort((a, b) => Date.parse(b.proposedAt) - Date.parse(a.proposedAt));
}

/** The case's handovers head office recorded (given to an agency, recalled), oldest first; few per case. */
export async function handoversOfCase(db: RecoveryDeskDb, caseId: string): Promise<OutsourcingHandover[]> {
  return db.outsourcingHandovers.where('caseId').equals(caseId).toArray();
}

/** Proposals waiting for a supervisor, oldest first (few: the table is read whole). */
export async function proposalsAwaitingDecision(db: RecoveryDeskDb): Promise<OutsourcingProposal[]> {
  return (await db.outsourcingProposals.toArray()).filter((p) => p.status === 'proposed').sort((a, b) => Date.parse(a.proposedAt) - Date.parse(b.proposedAt));
}

export async function saveProposal(db: RecoveryDeskDb, actor: Actor, input: OutsourcingProposal): Promise<OutsourcingProposal> {
  const proposal = OutsourcingProposalSchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.outsourcingProposals],
    apply: async () => {
      await db.outsourcingProposals.add(proposal);
    },
    audit: { action: 'outsourcing.propose', entity: { kind: 'outsourcingProposal', id: proposal.id }, caseId: proposal.caseId, before: null, after: proposal },
    mutations: [{ name: 'proposeOutsourcing', args: proposalArgs(proposal) }],
  });
  return proposal;
}

/** Records a supervisor's decision the action has checked (branch supervisor, not the maker, while proposed). */
export async function saveProposalDecision(db: RecoveryDeskDb, actor: Actor, open: OutsourcingProposal, decision: 'approve' | 'reject', reason: string): Promise<OutsourcingProposal> {
  const args = { caseId: open.caseId, proposalId: open.id, decision, reason: reason.trim(), decidedAt: actor.now().toISOString() };
  const decided = OutsourcingProposalSchema.parse(outsourcingDecided(open, args, actor));
  await commitChange(db, actor, {
    tables: [db.outsourcingProposals],
    apply: async () => {
      await db.outsourcingProposals.put(decided);
    },
    audit: { action: `outsourcing.${decision}`, entity: { kind: 'outsourcingProposal', id: open.id }, caseId: open.caseId, before: open.status, after: decided.decision },
    mutations: [{ name: 'decideOutsourcing', args }],
  });
  return decided;
}
