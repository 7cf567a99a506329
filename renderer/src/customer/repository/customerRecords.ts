import { CustomerFactsSchema, RelatedPartySchema, customerFactsArgs, relatedPartyArgs, retiredParty, retireRelatedPartyArgs, type CustomerFacts, type RelatedParty } from '../../../../shared/records/customerFacts';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';

/** What the collector learned about a case's customer, and the people around them, on this device. */

export function factsOfCase(db: RecoveryDeskDb, caseId: string): Promise<CustomerFacts[]> {
  return db.customerFacts.where('caseId').equals(caseId).toArray();
}

export async function relatedPartiesOfCase(db: RecoveryDeskDb, caseId: string): Promise<RelatedParty[]> {
  const list = await db.relatedParties.where('caseId').equals(caseId).toArray();
  return list.sort((a, b) => Date.parse(a.addedAt) - Date.parse(b.addedAt));
}

export async function recordFacts(db: RecoveryDeskDb, actor: Actor, input: CustomerFacts): Promise<CustomerFacts> {
  const record = CustomerFactsSchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.customerFacts],
    apply: async () => {
      await db.customerFacts.add(record);
    },
    audit: { action: 'customer.facts', entity: { kind: 'customerFacts', id: record.id }, caseId: record.caseId, before: null, after: record },
    mutations: [{ name: 'recordCustomerFacts', args: customerFactsArgs(record) }],
  });
  return record;
}

export async function addParty(db: RecoveryDeskDb, actor: Actor, input: RelatedParty): Promise<RelatedParty> {
  const party = RelatedPartySchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.relatedParties],
    apply: async () => {
      await db.relatedParties.add(party);
    },
    audit: { action: 'customer.party', entity: { kind: 'relatedParty', id: party.id }, caseId: party.caseId, before: null, after: party },
    mutations: [{ name: 'addRelatedParty', args: relatedPartyArgs(party) }],
  });
  return party;
}

/**
 * Retires a person (no longer contactable), and when `replacement` is given adds the corrected person in the same
 * transaction: one audit entry whose before is the person as they were and whose after is the retirement (and
 * the replacement), two outbox entries (the new person first, so head office holds it when the retirement names it).
 */
export async function retireParty(db: RecoveryDeskDb, actor: Actor, party: RelatedParty, reason: string, replacement: RelatedParty | null): Promise<{ retired: RelatedParty; replacement: RelatedParty | null }> {
  const added = replacement ? RelatedPartySchema.parse(replacement) : null;
  const args = retireRelatedPartyArgs(party, reason, actor.now().toISOString(), added?.id ?? null);
  const retired = RelatedPartySchema.parse(retiredParty(party, args, actor));
  await commitChange(db, actor, {
    tables: [db.relatedParties],
    apply: async () => {
      if (added) await db.relatedParties.add(added);
      await db.relatedParties.put(retired);
    },
    audit: { action: 'customer.partyRetire', entity: { kind: 'relatedParty', id: party.id }, caseId: party.caseId, before: party, after: { retired, replacement: added } },
    mutations: [...(added ? [{ name: 'addRelatedParty' as const, args: relatedPartyArgs(added) }] : []), { name: 'retireRelatedParty', args }],
  });
  return { retired, replacement: added };
}
