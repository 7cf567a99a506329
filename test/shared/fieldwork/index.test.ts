import { describe, expect, it } from 'vitest';
import * as fieldwork from '../../../shared/fieldwork';

describe('shared/fieldwork index', () => {
  it('exports the public API', () => {
    for (const name of [
      'ActivitySchema', 'OUTCOMES', 'OUTCOME_LABELS', 'OutcomeCodeSchema', 'outcomeCode', 'outcomesForChannel', 'OutcomeTableSchema',
      'PromiseToPaySchema', 'PaymentSchema', 'RepaymentPlanSchema', 'ReceiptSchema', 'VisitSchema', 'AttachmentSchema', 'DisputeSchema', 'ComplaintSchema',
      'evaluatePromises', 'buildSchedule', 'checkScheduleInput', 'validateCustomSchedule', 'planStatus', 'planProgress', 'needsApproval', 'draftPlan', 'approvePlan', 'rejectPlan',
      'formatReceiptNumber', 'parseReceiptNumber', 'voidReceipt', 'dayReceipts',
      'TRANSITIONS', 'transitionCase', 'statusAfterOutcome',
      'validateVisitRecord', 'ATTACHMENT_LIMITS', 'checkAttachment', 'sha256Hex',
      'buildMyDay', 'PRIORITY_WEIGHTS', 'MYDAY_MESSAGES', 'FIELDWORK_MESSAGES',
    ]) {
      expect([name, typeof (fieldwork as Record<string, unknown>)[name]]).not.toEqual([name, 'undefined']);
    }
  });
});
