import type { Bucket } from '../../../shared/domain/buckets';
import type { SegmentId } from '../../../shared/segments/ids';
import type { Channel } from '../../../shared/fieldwork/outcomes';
import { nextAction, type NextAction, type StepPassedOver } from '../../../shared/strategy/nextAction';
import { currentCalendar } from '../config/configInForce';
import { currentPack } from '../fieldwork/compliancePack';
import { contactRequestOf } from '../fieldwork/actions/contactGate';
import { contactStrategyNow } from './inForce';
import type { NextActionInputs } from './repository/nextActionInputs';

export interface CaseNextAction {
  action: NextAction | null;
  passedOver: StepPassedOver[];
  strategyPublished: { version: number; scope: string } | null;
  segment: SegmentId;
  bucket: Bucket;
}

/**
 * The next best action for a case (shared/strategy/nextAction.ts) with what this device holds: the strategy and
 * calendar in force, the rule pack of the moment, and the borrower's first working phone, judged exactly as the
 * contact form judges a contact (contactRequestOf).
 */
export function nextActionOf(inputs: NextActionInputs, now: Date): CaseNextAction {
  const c = inputs.caseRecord;
  const borrower = c.parties.find((p) => p.role === 'borrower')!;
  const phoneId = borrower.phones.find((p) => p.retiredAt === null)?.id ?? null;
  const strategy = contactStrategyNow();
  const result = nextAction({
    strategy: strategy.value,
    segment: inputs.segment.decision.segment,
    bucket: inputs.segment.facts.bucket,
    pack: currentPack(),
    requestFor: (channel: Channel) => contactRequestOf(c, inputs.disputes, { channel, partyId: borrower.id, phoneId }),
    history: inputs.history,
    lastTaken: inputs.lastTaken,
    now,
    timeZone: c.timeZone,
    calendar: currentCalendar(),
    payday: inputs.segment.profile.payday?.value ?? null,
  });
  return { ...result, strategyPublished: strategy.published, segment: inputs.segment.decision.segment, bucket: inputs.segment.facts.bucket };
}
