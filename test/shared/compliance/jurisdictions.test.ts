import { describe, expect, it } from 'vitest';
import type { ContactRequest } from '../../../shared/compliance/contact';
import { checkContact } from '../../../shared/compliance/engine';
import { CN_2026 } from '../../../shared/compliance/packs/cn';
import { UK_FCA } from '../../../shared/compliance/packs/uk';
import { US_REGF } from '../../../shared/compliance/packs/us';
import { attempt, attempts, request, ruleIds } from './helpers';

/**
 * One engine, three packs: the same request and history give each country's answer, which shows nothing about
 * China is hard-coded in the engine.
 */
const NY = 'America/New_York';
const call: ContactRequest = request({ timeZone: NY, debtId: 'debt-1', phoneNumber: '+1 212 555 0100' });
const PACKS = { cn: CN_2026, uk: UK_FCA, us: US_REGF };

function decide(req: ContactRequest, history: ReturnType<typeof attempts>, now: string) {
  return Object.fromEntries(Object.entries(PACKS).map(([k, pack]) => [k, checkContact(pack, req, history, now)]));
}

describe('the same input under CN, UK and US rules', () => {
  it('a 4th call today at 10:00 New York time: the UK soft cap warns, CN and US allow', () => {
    const d = decide(call, attempts(3, '2026-11-23T14:00:00Z', { debtId: 'debt-1' }), '2026-11-23T15:00:00Z');
    expect([d.cn?.verdict, d.uk?.verdict, d.us?.verdict]).toEqual(['allow', 'warn', 'allow']);
    expect(ruleIds(d.uk!)).toEqual(['uk.cap.dailySoftCap']);
  });

  it('a call at 21:30 New York time: refused in the UK and US (21:00), allowed in CN (22:00)', () => {
    const d = decide(call, [], '2026-11-24T02:30:00Z');
    expect([d.cn?.verdict, d.uk?.verdict, d.us?.verdict]).toEqual(['allow', 'block', 'block']);
    expect(ruleIds(d.uk!)).toEqual(['uk.window.reasonableTimes']);
    expect(ruleIds(d.us!)).toEqual(['us.window.inconvenientTimes']);
  });

  it('one call a day for the last 7 days: only the US refuses the 8th', () => {
    const history = [17, 18, 19, 20, 21, 22, 23].map((d) => attempt(`2026-11-${d}T14:00:00Z`, { debtId: 'debt-1' }));
    const d = decide(call, history, '2026-11-23T16:00:00Z');
    expect([d.cn?.verdict, d.uk?.verdict, d.us?.verdict]).toEqual(['allow', 'allow', 'block']);
    expect(ruleIds(d.us!)).toEqual(['us.cap.callsPer7Days']);
  });

  it('the day after a conversation: only the US cool-down refuses', () => {
    const talk = attempt('2026-11-22T15:00:00Z', { debtId: 'debt-1', outcome: 'connected', rightParty: true });
    const d = decide(call, [talk], '2026-11-23T15:00:00Z');
    expect([d.cn?.verdict, d.uk?.verdict, d.us?.verdict]).toEqual(['allow', 'allow', 'block']);
    expect(ruleIds(d.us!)).toEqual(['us.coolDown.afterConversation']);
  });

  it('an unrelated person while the debtor answers calls: CN refuses, UK and US allow without the debt', () => {
    const req = { ...call, party: { id: 'p-x', role: 'unrelated' as const } };
    const d = decide(req, [], '2026-11-23T15:00:00Z');
    expect([d.cn?.verdict, d.uk?.verdict, d.us?.verdict]).toEqual(['block', 'warn', 'warn']);
    expect(d.cn?.findings[0]?.messageKey).toBe('compliance.thirdParty.debtorReachable');
    expect(d.uk?.findings[0]?.messageKey).toBe('compliance.thirdParty.noDebtMention');
  });

  it('a visit by one person: refused only by the CN two-staff rule', () => {
    const d = decide({ ...call, channel: 'visit', staffCount: 1 }, [], '2026-11-23T15:00:00Z');
    expect([d.cn?.verdict, d.uk?.verdict, d.us?.verdict]).toEqual(['block', 'allow', 'allow']);
  });

  it('every finding cites sources of its own pack', () => {
    const d = decide(call, [], '2026-11-24T02:30:00Z');
    for (const [k, decision] of Object.entries(d)) {
      const pack = PACKS[k as keyof typeof PACKS];
      for (const f of decision.findings) for (const s of f.sources) expect(pack.meta.sources).toContainEqual(s);
    }
  });
});
