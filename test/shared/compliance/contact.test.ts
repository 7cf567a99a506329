import { describe, expect, it } from 'vitest';
import { ContactAttemptSchema, ContactRequestSchema } from '../../../shared/compliance/contact';
import { attempt, request } from './helpers';

describe('contact schemas at a boundary (IPC, sync)', () => {
  it.each<[string, object, boolean]>([
    ['a plain call', request(), true],
    ['with consent hours that wrap midnight', request({ consentHours: { start: '22:00', end: '01:00' } }), true],
    ['a made-up zone', request({ timeZone: 'Asia/Beijing' }), false],
    ['a role the app does not know', { ...request(), party: { id: 'p', role: 'landlord' } }, false],
    ['a hold without a valid start', request({ holds: [{ kind: 'dispute', since: '2026-11-20' }] }), false],
    ['consent hours that are no times', request({ consentHours: { start: '8', end: '22:00' } }), false],
    ['a negative staff count', request({ channel: 'visit', staffCount: -1 }), false],
  ])('request: %s -> valid %s', (_, input, ok) => {
    expect(ContactRequestSchema.safeParse(input).success).toBe(ok);
  });

  it.each<[string, object, boolean]>([
    ['an unanswered call', attempt('2026-11-23T01:00:00Z'), true],
    ['an instant with an offset', attempt('2026-11-23T09:00:00+08:00'), true],
    ['a local time without a zone', attempt('2026-11-23 09:00'), false],
    ['an unknown outcome', { ...attempt('2026-11-23T01:00:00Z'), outcome: 'busy' }, false],
  ])('attempt: %s -> valid %s', (_, input, ok) => {
    expect(ContactAttemptSchema.safeParse(input).success).toBe(ok);
  });
});
