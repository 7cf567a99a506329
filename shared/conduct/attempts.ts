import type { ContactAttempt } from '../compliance/contact';
import type { Case } from '../domain/case';
import { OUTCOMES } from '../fieldwork/outcomes';
import type { RecordActivityArgs } from '../records/activity';

/**
 * An activity as the compliance engine counts it in a case's history, read from what a push carries
 * (recordActivity's args), so head office counts the attempts of every device on the case. The device reads its
 * own store the same way (renderer/src/fieldwork/repository/activities.ts contactHistory).
 */
export function attemptOf(c: Pick<Case, 'parties'>, a: Pick<RecordActivityArgs, 'at' | 'channel' | 'partyId' | 'phoneId' | 'outcome'>): ContactAttempt {
  const party = c.parties.find((p) => p.id === a.partyId);
  const flags = OUTCOMES[a.outcome];
  const phone = party?.phones.find((p) => p.id === a.phoneId);
  return {
    at: a.at,
    channel: a.channel,
    partyId: a.partyId,
    partyRole: party?.role ?? 'unrelated',
    ...(phone ? { phoneNumber: phone.number } : {}),
    outcome: flags.marksNumberInvalid ? 'number_invalid' : flags.connected ? 'connected' : flags.unanswered ? 'unanswered' : a.outcome === 'third_party_message' ? 'third_party' : 'other',
    rightParty: flags.rightParty,
  };
}
