import { z } from 'zod';

/** Channels of a contact attempt (催收记录). */
export const CHANNELS = ['phone', 'sms', 'letter', 'visit', 'email', 'legal'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const OUTCOME_CODES = [
  'right_party_contact',
  'promise',
  'refusal',
  'dispute',
  'hardship',
  'no_answer',
  'busy',
  'wrong_number',
  'number_invalid',
  'third_party_message',
  'not_at_home',
  'moved',
  'met',
] as const;
export const OutcomeCodeSchema = z.enum(OUTCOME_CODES);
/** The same schema under the name the field-work brief uses. */
export const outcomeCode = OutcomeCodeSchema;
export type OutcomeCode = z.infer<typeof OutcomeCodeSchema>;

export const OutcomeFlagsSchema = z.object({
  /** A conversation happened (with anyone). */
  connected: z.boolean(),
  /** The conversation was with the party the attempt was aimed at. */
  rightParty: z.boolean(),
  /** Counts toward the cap on unanswered attempts (compliance frequency rules). */
  unanswered: z.boolean(),
  /** The phone used should be retired: it is dead, or it is not the party's. */
  marksNumberInvalid: z.boolean(),
  /** The activity carries a promise to pay, recorded as its own PromiseToPay. */
  createsPromise: z.boolean(),
  /** Puts the case on hold with this reason. */
  hold: z.enum(['dispute', 'hardship']).nullable(),
  /** Channels the outcome may be recorded for. */
  channels: z.array(ChannelSchema).min(1),
});
export type OutcomeFlags = z.infer<typeof OutcomeFlagsSchema>;

/** A configured outcome table (a rule pack may ship its own flags); every code must be present. */
export const OutcomeTableSchema = z.record(OutcomeCodeSchema, OutcomeFlagsSchema);
export type OutcomeTable = Record<OutcomeCode, OutcomeFlags>;

const TALK: Channel[] = ['phone', 'sms', 'letter', 'visit', 'email'];
const ANY: Channel[] = [...CHANNELS];

const flags = (f: Partial<OutcomeFlags> & Pick<OutcomeFlags, 'channels'>): OutcomeFlags => ({
  connected: false,
  rightParty: false,
  unanswered: false,
  marksNumberInvalid: false,
  createsPromise: false,
  hold: null,
  ...f,
});

/**
 * The default outcome table. It is data so head office can change a flag without a release:
 * pass another table (validated with OutcomeTableSchema) wherever a function takes `outcomes`.
 */
export const OUTCOMES: OutcomeTable = {
  right_party_contact: flags({ connected: true, rightParty: true, channels: ANY }),
  promise: flags({ connected: true, rightParty: true, createsPromise: true, channels: TALK }),
  refusal: flags({ connected: true, rightParty: true, channels: TALK }),
  dispute: flags({ connected: true, rightParty: true, hold: 'dispute', channels: ANY }),
  hardship: flags({ connected: true, rightParty: true, hold: 'hardship', channels: TALK }),
  // Only calls count toward the unanswered cap: an unread SMS or letter is not an attempt that rang.
  no_answer: flags({ unanswered: true, channels: ['phone'] }),
  busy: flags({ unanswered: true, channels: ['phone'] }),
  // Someone answered but it is not the party's number: talked, yet the number must be retired.
  wrong_number: flags({ connected: true, marksNumberInvalid: true, channels: ['phone', 'sms'] }),
  number_invalid: flags({ marksNumberInvalid: true, channels: ['phone', 'sms'] }),
  third_party_message: flags({ connected: true, channels: ['phone', 'visit'] }),
  not_at_home: flags({ channels: ['visit'] }),
  moved: flags({ channels: ['visit', 'letter'] }),
  // Met someone on a visit; who it was goes in Visit.peopleMet. Use right_party_contact when it was the
  // debtor, so contact-rate figures are not inflated by relatives and neighbours.
  met: flags({ connected: true, channels: ['visit'] }),
};

export const OUTCOME_LABELS: Record<'zh-CN' | 'en', Record<OutcomeCode, string>> = {
  'zh-CN': {
    right_party_contact: '本人接通',
    promise: '承诺还款',
    refusal: '拒绝还款',
    dispute: '提出异议',
    hardship: '经济困难',
    no_answer: '无人接听',
    busy: '占线',
    wrong_number: '号码错误（非本人）',
    number_invalid: '空号/停机',
    third_party_message: '第三方转告',
    not_at_home: '不在家',
    moved: '已搬离',
    met: '已见面',
  },
  en: {
    right_party_contact: 'Right-party contact',
    promise: 'Promise to pay',
    refusal: 'Refused to pay',
    dispute: 'Dispute',
    hardship: 'Hardship',
    no_answer: 'No answer',
    busy: 'Busy',
    wrong_number: 'Wrong number (not the party)',
    number_invalid: 'Number invalid',
    third_party_message: 'Message left with a third party',
    not_at_home: 'Not at home',
    moved: 'Moved',
    met: 'Met in person',
  },
};

/**
 * Outcomes a picker offers that mean the same as another on that channel: on a doorstep the borrower is met
 * (已见面), not "got through to" (本人接通, a call's word). Records made with them stay valid (the table still
 * allows them, so older records parse); they are only not offered.
 */
const NOT_OFFERED: Partial<Record<Channel, readonly OutcomeCode[]>> = { visit: ['right_party_contact'] };

/** Outcomes that may be recorded for a channel, in the table's order (for the outcome picker). */
export function outcomesForChannel(channel: Channel, outcomes: OutcomeTable = OUTCOMES): OutcomeCode[] {
  const hidden = NOT_OFFERED[channel] ?? [];
  return OUTCOME_CODES.filter((code) => outcomes[code].channels.includes(channel) && !hidden.includes(code));
}
