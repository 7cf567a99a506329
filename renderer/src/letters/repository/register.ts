import { newId } from '../../../../shared/sync';
import { charCount, VOID_REASON_MIN_LENGTH } from '../../../../shared/records/limits';
import { acknowledgementArgs, deliveryArgs, letterArgs, voidLetterArgs } from '../../../../shared/records/letter';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';
import { sha256Hex } from '../../../../shared/fieldwork/visits';

export type { NewLetter, RegisteredLetter } from '../../store/letterRow';
import type { NewLetter, RegisteredLetter } from '../../store/letterRow';

/** The counter the next letter will take. Only a read: the number is taken when the letter is registered. */
export async function peekLetterCounter(db: RecoveryDeskDb): Promise<number> {
  return ((await db.counters.get('letter'))?.value ?? 0) + 1;
}

/**
 * Takes the counters first … first+n−1 when they are the next ones, and says whether it did. Call inside the
 * transaction that registers the letters they number: taken and registered together, the register has no gap.
 */
export async function takeLetterCounters(db: RecoveryDeskDb, first: number, n: number): Promise<boolean> {
  const current = (await db.counters.get('letter'))?.value ?? 0;
  if (first !== current + 1) return false;
  await db.counters.put({ name: 'letter', value: current + n });
  return true;
}

/**
 * Registers an issued letter (or a copy). With `pdf`, the PDF's bytes are kept beside attachment bytes (sealed
 * at rest), under their SHA-256, so the sync's evidence step uploads them to head office (sync/evidence).
 */
export async function registerLetter(db: RecoveryDeskDb, actor: Actor, input: NewLetter, pdf?: Uint8Array): Promise<RegisteredLetter> {
  if (pdf && sha256Hex(pdf) !== input.pdfSha256) throw new Error('the PDF kept with a letter must be the one its hash names');
  const letter: RegisteredLetter = {
    ...input,
    id: newId(),
    issuerId: actor.userId,
    issuedAt: actor.now().toISOString(),
    delivery: { method: null, trackingNumber: null, status: 'not_sent', at: null, evidence: null },
    acknowledgement: null,
    voided: null,
  };
  await commitChange(db, actor, {
    tables: [db.letters, db.attachmentBlobs],
    apply: async () => {
      await db.letters.add(letter);
      if (pdf) await db.attachmentBlobs.put({ id: letter.pdfSha256, bytes: pdf });
    },
    audit: { action: letter.copy ? 'letter.reprint' : 'letter.issue', entity: { kind: 'letter', id: letter.id }, caseId: letter.caseId, before: null, after: letter },
    mutations: [
      {
        name: 'issueLetter',
        args: letterArgs(letter),
      },
    ],
  });
  return letter;
}

async function update(db: RecoveryDeskDb, actor: Actor, id: string, action: string, change: (l: RegisteredLetter) => RegisteredLetter, mutation: (l: RegisteredLetter, at: string) => Parameters<typeof commitChange>[2]['mutations'][number]) {
  const before = await db.letters.get(id);
  if (!before) throw new Error(`no letter ${id}`);
  if (before.voided) throw Object.assign(new Error('letter voided'), { code: 'letter_voided' });
  const at = actor.now().toISOString();
  const after = change(before);
  await commitChange(db, actor, {
    tables: [db.letters],
    apply: async () => void (await db.letters.put(after)),
    audit: { action, entity: { kind: 'letter', id }, caseId: before.caseId, before, after },
    mutations: [mutation(after, at)],
  });
  return after;
}

/** Posting and delivery: the tracking number, then delivered (with proof) or returned. */
export function recordDelivery(
  db: RecoveryDeskDb,
  actor: Actor,
  id: string,
  d: { method: NonNullable<RegisteredLetter['delivery']['method']>; trackingNumber: string | null; status: 'sent' | 'delivered' | 'returned'; evidence: string | null },
) {
  const at = actor.now().toISOString();
  return update(
    db,
    actor,
    id,
    `letter.${d.status}`,
    (l) => ({ ...l, delivery: { ...d, at } }),
    (l) => ({ name: 'recordLetterDelivery', args: deliveryArgs(l, d, at) }),
  );
}

export function recordAcknowledgement(db: RecoveryDeskDb, actor: Actor, id: string, ack: NonNullable<RegisteredLetter['acknowledgement']>) {
  return update(
    db,
    actor,
    id,
    'letter.acknowledged',
    (l) => ({ ...l, acknowledgement: ack }),
    (l, at) => ({ name: 'recordLetterAcknowledgement', args: acknowledgementArgs(l, ack, at) }),
  );
}

export function voidLetter(db: RecoveryDeskDb, actor: Actor, id: string, reason: string) {
  if (charCount(reason) < VOID_REASON_MIN_LENGTH) throw Object.assign(new Error('reason too short'), { code: 'reason_too_short' });
  return update(
    db,
    actor,
    id,
    'letter.void',
    (l) => ({ ...l, voided: { at: actor.now().toISOString(), reason: reason.trim(), userId: actor.userId } }),
    (l, at) => ({ name: 'voidLetter', args: voidLetterArgs(l, reason, at) }),
  );
}

export function lettersOfCase(db: RecoveryDeskDb, caseId: string): Promise<RegisteredLetter[]> {
  return db.letters.where('caseId').equals(caseId).reverse().sortBy('issuedAt');
}

/** The whole register, newest first; search is in memory (a branch issues thousands, not millions). */
export function allLetters(db: RecoveryDeskDb): Promise<RegisteredLetter[]> {
  return db.letters.orderBy('issuedAt').reverse().toArray();
}

/** Letters of one type to one party since a date: the frequency check before issuing another. */
export async function recentLettersTo(db: RecoveryDeskDb, partyId: string, type: RegisteredLetter['type'], sinceIso: string): Promise<number> {
  return db.letters.where('partyId').equals(partyId).filter((l) => l.type === type && !l.copy && !l.voided && l.issuedAt >= sinceIso).count();
}
