import type { Pack, Source, ThirdPartyRule } from '../packSchema';

/**
 * United States: Regulation F (12 CFR 1006) and the FDCPA. Both bind third-party debt collectors; for a bank
 * collecting its own debt they are applied as best practice (docs/compliance.md), which is why this pack may be
 * stricter than the bank is bound to be.
 */

const REG_F = 'Regulation F (Fair Debt Collection Practices Act), 12 CFR part 1006';
const FDCPA = 'Fair Debt Collection Practices Act, 15 U.S.C. 1692 et seq.';
const SOURCES: Source[] = [
  { id: 'regf-1006-6-b-1-i', title: REG_F, article: '§ 1006.6(b)(1)(i) (inconvenient times: before 8 a.m. and after 9 p.m. local time)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-14-b-2', title: REG_F, article: '§ 1006.14(b)(2) (calls presumed harassing: more than 7 in 7 days, or within 7 days after a conversation, per debt)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-6-e', title: REG_F, article: '§ 1006.6(e) (opt-out notice in every e-mail and text)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-6-a', title: REG_F, article: '§ 1006.6(a) (for communications, the consumer includes the spouse)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-6-d', title: REG_F, article: '§ 1006.6(d) (communications with third parties)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-10', title: REG_F, article: '§ 1006.10 (acquisition of location information)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-14', title: REG_F, article: '§ 1006.14 (harassing, oppressive or abusive conduct)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-18', title: REG_F, article: '§ 1006.18 (false, deceptive or misleading representations)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-26-b', title: REG_F, article: '§ 1006.26(b) (no suit or threat of suit on a time-barred debt)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-34', title: REG_F, article: '§ 1006.34 and model form B-1 (validation information)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-38', title: REG_F, article: '§ 1006.38 (disputes: collection stops until verification is provided)', binding: 'regulation', secondary: false },
  { id: 'regf-1006-100', title: REG_F, article: '§ 1006.100 (records kept 3 years after the last collection activity)', binding: 'regulation', secondary: false },
  { id: 'fdcpa-1692c-b', title: FDCPA, article: '§ 1692c(b) (communication with third parties)', binding: 'law', secondary: false },
  { id: 'fdcpa-1692d', title: FDCPA, article: '§ 1692d(1)–(3) (violence, obscene language, publishing lists of debtors)', binding: 'law', secondary: false },
  { id: 'fdcpa-1692e', title: FDCPA, article: '§ 1692e(1), (4), (9) (government affiliation, arrest or imprisonment, simulated court documents)', binding: 'law', secondary: false },
  { id: 'us-bank-policy', title: 'Bank collections policy', article: '', binding: 'bank_policy', secondary: false },
];

/** Not a consumer: may be asked where the consumer is, never told about the debt. */
const outsider = (id: string, partyClass: ThirdPartyRule['partyClass']): ThirdPartyRule => ({
  id,
  sourceIds: ['regf-1006-6-d', 'regf-1006-10', 'fdcpa-1692c-b'],
  action: 'block',
  partyClass,
  allowed: 'always',
  unreachable: null,
  mayMentionDebt: false,
  stopOnRequest: true,
});

export const US_REGF: Pack = {
  meta: {
    id: 'us-regf',
    jurisdiction: 'US',
    version: '2026.1',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    defaultTimeZone: 'America/New_York',
    sources: SOURCES,
  },
  contactWindows: [
    {
      id: 'us.window.inconvenientTimes',
      sourceIds: ['regf-1006-6-b-1-i'],
      action: 'block',
      channels: ['phone', 'sms', 'visit', 'email'],
      start: '08:00',
      end: '21:00',
      // "Absent ... the consumer's prior consent": consent opens other hours.
      consentOpensOtherHours: true,
    },
  ],
  frequency: [
    {
      kind: 'cap',
      id: 'us.cap.callsPer7Days',
      sourceIds: ['regf-1006-14-b-2'],
      action: 'block',
      channels: ['phone'],
      scope: 'per_debt',
      window: { kind: 'rolling_days', days: 7 },
      counts: 'all_attempts',
      limit: 7,
    },
    {
      kind: 'cool_down',
      id: 'us.coolDown.afterConversation',
      sourceIds: ['regf-1006-14-b-2'],
      action: 'block',
      channels: ['phone'],
      scope: 'per_debt',
      days: 7,
    },
  ],
  thirdParties: [
    { id: 'us.thirdParty.coBorrower', sourceIds: ['regf-1006-6-a'], action: 'block', partyClass: 'co_borrower', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
    { id: 'us.thirdParty.guarantor', sourceIds: ['regf-1006-6-a'], action: 'block', partyClass: 'guarantor', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
    { id: 'us.thirdParty.mortgagor', sourceIds: ['regf-1006-6-a'], action: 'block', partyClass: 'mortgagor', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
    { id: 'us.thirdParty.spouse', sourceIds: ['regf-1006-6-a'], action: 'block', partyClass: 'spouse', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
    outsider('us.thirdParty.emergencyContact', 'emergency_contact'),
    outsider('us.thirdParty.unrelated', 'unrelated'),
  ],
  holds: [
    { id: 'us.hold.dispute', sourceIds: ['regf-1006-38'], action: 'block', kind: 'dispute', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
    { id: 'us.hold.complaint', sourceIds: ['us-bank-policy'], action: 'warn', kind: 'complaint', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
    { id: 'us.hold.hardship', sourceIds: ['us-bank-policy'], action: 'warn', kind: 'hardship', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
    { id: 'us.hold.deceased', sourceIds: ['us-bank-policy'], action: 'block', kind: 'deceased', appliesTo: 'all_except_legal', lasts: { kind: 'until_lifted' } },
    { id: 'us.hold.incapacity', sourceIds: ['us-bank-policy'], action: 'block', kind: 'incapacity', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
    { id: 'us.hold.litigation', sourceIds: ['us-bank-policy'], action: 'block', kind: 'litigation', appliesTo: 'all_except_legal', lasts: { kind: 'until_lifted' } },
    { id: 'us.hold.other', sourceIds: ['us-bank-policy'], action: 'override', kind: 'other', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
  ],
  visit: null,
  requirements: [
    { id: 'us.requirement.optOut', sourceIds: ['regf-1006-6-e'], action: 'warn', channels: ['email', 'sms'], requirement: 'opt_out_notice' },
  ],
  wording: [
    { id: 'us.wording.impersonation', sourceIds: ['fdcpa-1692e', 'regf-1006-18'], action: 'block', category: 'impersonation', appliesWhen: 'always', patterns: [], senses: ['en.impersonation'] },
    { id: 'us.wording.threats', sourceIds: ['fdcpa-1692d', 'regf-1006-14'], action: 'block', category: 'threat_insult', appliesWhen: 'always', patterns: [], senses: ['en.threatInsult'] },
    { id: 'us.wording.arrest', sourceIds: ['fdcpa-1692e', 'regf-1006-18'], action: 'block', category: 'legal_consequences', appliesWhen: 'always', patterns: [], senses: ['en.legalConsequences'] },
    { id: 'us.wording.disclosure', sourceIds: ['fdcpa-1692c-b', 'regf-1006-6-d'], action: 'block', category: 'disclosure_to_others', appliesWhen: 'always', patterns: [], senses: ['en.disclosure'] },
    { id: 'us.wording.publicPosting', sourceIds: ['fdcpa-1692d', 'regf-1006-14'], action: 'block', category: 'public_posting', appliesWhen: 'always', patterns: [], senses: ['en.publicPosting'] },
    { id: 'us.wording.timeBarredSuit', sourceIds: ['regf-1006-26-b'], action: 'block', category: 'statute_barred_court_threat', appliesWhen: 'statute_barred', patterns: [], senses: ['en.courtThreat'] },
  ],
  personalData: [
    { id: 'us.personalData.phone', sourceIds: ['us-bank-policy'], action: 'block', field: 'phone', sensitivity: 'personal', displayMask: 'phone_first3_last4', exportMask: 'phone_first3_last4', unmaskRoles: ['collector', 'supervisor'], logUnmask: true },
    { id: 'us.personalData.idNumber', sourceIds: ['us-bank-policy'], action: 'block', field: 'idNumber', sensitivity: 'sensitive', displayMask: 'id_first6_last4', exportMask: 'id_first6_last4', unmaskRoles: ['supervisor', 'head_office_admin'], logUnmask: true },
    { id: 'us.personalData.card', sourceIds: ['us-bank-policy'], action: 'block', field: 'card', sensitivity: 'sensitive', displayMask: 'card_first6_last4', exportMask: 'card_first6_last4', unmaskRoles: ['supervisor', 'head_office_admin'], logUnmask: true },
    { id: 'us.personalData.name', sourceIds: ['us-bank-policy'], action: 'block', field: 'name', sensitivity: 'personal', displayMask: 'none', exportMask: 'name_surname_only', unmaskRoles: ['collector', 'clerk', 'supervisor', 'head_office_admin'], logUnmask: false },
  ],
  retention: [
    { id: 'us.retention.collectionRecords', sourceIds: ['regf-1006-100'], action: 'block', recordClass: 'contact_attempt', minYears: 3, from: 'last_collection_activity' },
  ],
  letters: [
    {
      id: 'us.letter.validationNotice',
      sourceIds: ['regf-1006-34'],
      action: 'block',
      letterType: 'validation_notice',
      requiredStatements: [
        'itemization_date',
        'amount_on_itemization_date',
        'interest_since',
        'fees_since',
        'payments_and_credits_since',
        'current_amount',
        'creditor',
        'account_number',
        'validation_period_end',
      ],
      minDeadline: { days: 30, dayKind: 'calendar' },
      acknowledgementRequired: null,
    },
  ],
  // Regulation F sets no time to answer a dispute (§ 1006.38: collection stops until verification is sent) nor a complaint.
  handling: [],
};
