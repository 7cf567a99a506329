import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { getPack, type ContactAttempt, type ContactRequest, type Hold } from '../../../shared/compliance';
import type { Channel } from '../../../shared/fieldwork/outcomes';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import { nextAction, strategyRuleFor, type NextActionQuestion } from '../../../shared/strategy/nextAction';

const pack = getPack('cn-2026');
const request = (holds: Hold[]) => (channel: Channel): ContactRequest => ({ channel, caseId: 'c1', party: { id: 'p1', role: 'borrower' }, phoneNumber: '13800000000', timeZone: 'Asia/Shanghai', holds, ...(channel === 'visit' ? { staffCount: 2 } : {}) });
const ask = (q: Partial<NextActionQuestion> = {}) =>
  nextAction({ strategy: DEMO_CONTACT_STRATEGY, segment: 'unable_willing', bucket: 'M3', pack, requestFor: request([]), history: [], lastTaken: {}, now: new Date('2026-12-07T08:00:00+08:00'), timeZone: 'Asia/Shanghai', calendar: CN_MAINLAND_CALENDAR, payday: null, ...q });

describe('the strategy rule for a segment and bucket', () => {
  it.each([
    ['able_willing', 'M0', 'able-willing-early'],
    ['able_willing', 'M2', 'able-willing-early'],
    ['able_willing', 'M3', 'able-willing'],
    ['able_willing', 'M6+', 'able-willing'],
    ['unable_willing', 'M1', 'unable-willing'],
    ['suspected_evasion', 'M4', 'evasion'],
    ['unknown', 'M0', 'unknown'],
  ] as const)('%s in %s → %s', (segment, bucket, id) => {
    expect(strategyRuleFor(DEMO_CONTACT_STRATEGY, segment, bucket)?.id).toBe(id);
  });
});

describe('the next best action', () => {
  it('willing but unable: a plan offer by phone, at a time the hints and the pack allow', () => {
    const { action } = ask({ payday: 11 });
    expect(action).toMatchObject({ step: { step: 'plan_offer' }, channel: 'phone', rule: { id: 'unable-willing' } });
    // Three days before the 11th is Tuesday 12-08, first quarter-hour.
    expect(action!.time).toMatchObject({ localDate: '2026-12-08', localTime: '09:00' });
  });

  it('a step taken within its cadence gives way to the next step that is due', () => {
    const { action, passedOver } = ask({ lastTaken: { plan_offer: '2026-12-05T10:00:00+08:00' } });
    expect(action?.step.step).toBe('call');
    expect(passedOver).toEqual([]);
    // Everything taken recently: the step due soonest within the horizon, from when it is due.
    const later = ask({ lastTaken: { plan_offer: '2026-12-05T10:00:00+08:00', call: '2026-12-06T10:00:00+08:00', letter: '2026-12-01T10:00:00+08:00' } });
    expect(later.action?.step.step).toBe('call');
    expect(later.action!.time!.at >= '2026-12-09T02:00:00.000Z').toBe(true);
  });

  it('never proposes what the pack refuses: under a dispute hold no contact step is proposed, each refusal named', () => {
    const { action, passedOver } = ask({ requestFor: request([{ kind: 'dispute', since: '2026-12-01T10:00:00+08:00' }]) });
    expect(action).toBeNull();
    expect(passedOver.map((p) => [p.step.step, p.why, p.findings?.map((f) => f.ruleId)])).toEqual([
      ['plan_offer', 'refused', ['cn.hold.dispute']],
      ['call', 'refused', ['cn.hold.dispute']],
      ['letter', 'refused', ['cn.hold.dispute']],
    ]);
  });

  it('a daily call cap reached today moves the call off today', () => {
    const today = '2026-12-11';
    const history: ContactAttempt[] = ['08:00', '08:10', '08:20'].map((t) => ({ at: `${today}T${t}:00+08:00`, channel: 'phone', partyId: 'p1', partyRole: 'borrower', phoneNumber: '13800000000', outcome: 'connected', rightParty: true }));
    const now = new Date(`${today}T08:50:00+08:00`);
    expect(ask({ now }).action?.time).toMatchObject({ localDate: today, localTime: '09:00' });
    // Three connected calls today (cn.cap.connectedPerDebtor): Friday is refused; Tuesday beats Monday.
    expect(ask({ now, history }).action?.time).toMatchObject({ localDate: '2026-12-15', localTime: '09:00' });
  });

  it('a legal review is internal: proposed now, no contact time', () => {
    const { action } = ask({ segment: 'suspected_evasion' });
    expect(action).toMatchObject({ step: { step: 'legal_review' }, channel: null, time: null });
  });
});
