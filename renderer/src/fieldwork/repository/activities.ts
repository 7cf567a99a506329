import { ActivitySchema, OUTCOMES, type Activity } from '../../../../shared/fieldwork/records';
import { statusAfterOutcome } from '../../../../shared/fieldwork/caseStatus';
import type { ContactAttempt } from '../../../../shared/compliance/contact';
import type { Party } from '../../../../shared/domain/case';
import { changeStatus } from './caseUpdates';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';
import { newId } from '../../../../shared/sync';
import { activityArgs } from '../../../../shared/records/activity';
import { overrideArgs } from '../../../../shared/records/override';

/**
 * How far back the compliance gate reads. No rule in the packs looks further than 7 days (US rolling week);
 * "unreachable after N failed attempts in a row" is judged over this window too. Reading only this window
 * keeps a call on a case with thousands of earlier attempts quick.
 */
export const CONTACT_HISTORY_DAYS = 31;

/** Earlier attempts on a case within the window the rules look at, as the compliance engine reads them. */
export async function contactHistory(db: RecoveryDeskDb, caseId: string, now: Date = new Date()): Promise<ContactAttempt[]> {
  const c = await db.cases.get(caseId);
  const activities = await db.activities.where('[caseId+at]').between([caseId, historySince(now)], [caseId, '\uffff']).toArray();
  return attemptsOf(c?.parties ?? [], activities);
}

/** The first instant contactHistory reads from. */
export const historySince = (now: Date): string => new Date(now.getTime() - CONTACT_HISTORY_DAYS * 86_400_000).toISOString();

/** Activities of a case as the compliance engine reads them (the caller picks the window: contactHistory's). */
export function attemptsOf(caseParties: readonly Party[], activities: readonly Activity[]): ContactAttempt[] {
  const parties = new Map(caseParties.map((p) => [p.id, p]));
  return activities.map((a) => {
    const party = parties.get(a.partyId);
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
    } satisfies ContactAttempt;
  });
}

/** The latest activities of a case, newest first (the timeline shows these; older ones stay in the store). */
export function activitiesOfCase(db: RecoveryDeskDb, caseId: string, limit = 500): Promise<Activity[]> {
  return db.activities.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).reverse().limit(limit).toArray();
}

/**
 * Records an attempt and what it implies for the case's status (a promise, a dispute hold), with its audit
 * entry and outbox mutation, in one transaction. The compliance gate runs before this (the caller
 * shows the user why); an override, when given, travels with the activity and is audited.
 */
export async function recordActivity(db: RecoveryDeskDb, actor: Actor, input: Activity): Promise<Activity> {
  const activity = ActivitySchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.activities, db.cases, db.caseRows],
    apply: async () => {
      await db.activities.add(activity);
      // An outcome moves the case on (a promise → promised, a dispute → on hold) when the machine allows it.
      const c = await db.cases.get(activity.caseId);
      const target = c ? statusAfterOutcome(c.status, activity.outcome) : null;
      if (!c || !target) return;
      const { mutation } = await changeStatus(db, c, target.to, target.holdReason, activity.at, `outcome:${activity.outcome}`);
      return [mutation];
    },
    audit: { action: 'activity.record', entity: { kind: 'activity', id: activity.id }, caseId: activity.caseId, before: null, after: activity },
    mutations: [{
      name: 'recordActivity',
      args: activityArgs(activity),
    }],
  });
  if (activity.override) {
    await commitChange(db, actor, {
      tables: [],
      apply: async () => {},
      audit: { action: 'compliance.override', entity: { kind: 'activity', id: activity.id }, caseId: activity.caseId, before: null, after: activity.override },
      mutations: [{
        name: 'recordOverride',
        args: overrideArgs(activity, activity.override, newId()),
      }],
    });
  }
  return activity;
}
