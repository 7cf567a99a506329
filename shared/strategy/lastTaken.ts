import type { Step } from './schema';

export interface TakenRecords {
  activities: readonly { channel: string; at: string }[];
  plans: readonly { createdAt: string }[];
  letters: readonly { issuedAt: string }[];
  visits: readonly { status: string; recordedAt?: string | null }[];
}

const STEP_OF_CHANNEL: Partial<Record<string, Step>> = { phone: 'call', sms: 'sms', visit: 'visit', letter: 'letter' };

/** When each step of a strategy was last taken on the case, from its records (a plan proposed is a plan offered). */
export function lastTakenOf(r: TakenRecords): Partial<Record<Step, string>> {
  const out: Partial<Record<Step, string>> = {};
  const note = (step: Step, at: string | null | undefined) => {
    if (at && (out[step] === undefined || Date.parse(at) > Date.parse(out[step]))) out[step] = at;
  };
  for (const a of r.activities) {
    const step = STEP_OF_CHANNEL[a.channel];
    if (step) note(step, a.at);
  }
  for (const p of r.plans) note('plan_offer', p.createdAt);
  for (const l of r.letters) note('letter', l.issuedAt);
  for (const v of r.visits) if (v.status === 'done') note('visit', v.recordedAt);
  return out;
}
