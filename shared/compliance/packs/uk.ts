import type { Pack, Source, ThirdPartyRule } from '../packSchema';

/**
 * United Kingdom: a lender collecting its own debt under FCA CONC 7 and the Consumer Credit Act 1974
 * (docs/compliance.md). The same engine as China with other data: no fixed call count, a configurable soft cap.
 */

const CONC = 'FCA Handbook, Consumer Credit sourcebook (CONC)';
const SOURCES: Source[] = [
  { id: 'conc-7-9-4', title: CONC, article: '7.9.4R (no contact at unreasonable times; reasonable requests on when, where and how)', binding: 'regulation', secondary: false },
  { id: 'mcob-13-5-4', title: 'FCA Handbook, Mortgages and Home Finance: Conduct of Business sourcebook (MCOB)', article: '13.5.4G (reasonable hours, applied by analogy)', binding: 'regulation', secondary: false },
  { id: 'conc-7-1-4', title: CONC, article: '7.1.4R (a guarantor counts as the customer)', binding: 'regulation', secondary: false },
  { id: 'conc-7-9-6', title: CONC, article: '7.9.6R (no unfair disclosure, or threat of disclosure, to third parties)', binding: 'regulation', secondary: false },
  { id: 'conc-7-9-7', title: CONC, article: '7.9.7R (nothing publicly embarrassing; third parties must not learn of the debt)', binding: 'regulation', secondary: false },
  { id: 'conc-7-9-8', title: CONC, article: '7.9.8G (post marked "private and confidential")', binding: 'regulation', secondary: false },
  { id: 'conc-7-9-10', title: CONC, article: '7.9.10R (establish identity before disclosing details of a debt)', binding: 'regulation', secondary: false },
  { id: 'conc-7-3-4', title: CONC, article: '7.3.4R (forbearance and due consideration)', binding: 'regulation', secondary: false },
  { id: 'conc-7-3-pressure', title: CONC, article: '7.3 (no pressure to raise funds by borrowing to repay)', binding: 'regulation', secondary: false },
  { id: 'conc-7-11', title: CONC, article: '7.11.1R, 7.11.3R, 7.11.6R (authority, official-looking documents, action that cannot be taken)', binding: 'regulation', secondary: false },
  { id: 'conc-7-14-1', title: CONC, article: '7.14.1R (suspend recovery of a debt disputed on valid grounds)', binding: 'regulation', secondary: false },
  { id: 'conc-7-15', title: CONC, article: '7.15 (statute-barred debts: 6 years, 5 in Scotland; no threat of court action)', binding: 'regulation', secondary: false },
  { id: 'conc-2-10', title: CONC, article: '2.10 (mental capacity guidance)', binding: 'regulation', secondary: false },
  { id: 'aja-1970-s40', title: 'Administration of Justice Act 1970', article: 's.40 (harassment of debtors)', binding: 'law', secondary: false },
  { id: 'drs-regs-2020', title: 'Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) (England and Wales) Regulations 2020', article: '', binding: 'regulation', secondary: false },
  { id: 'cca-1974-s86b', title: 'Consumer Credit Act 1974', article: 's.86B–86C (notices of sums in arrears)', binding: 'law', secondary: false },
  { id: 'cca-1974-s87-88', title: 'Consumer Credit Act 1974', article: 's.87–88 (default notice; remedy date at least 14 days after service)', binding: 'law', secondary: false },
  { id: 'uk-gdpr-art5', title: 'UK GDPR', article: 'Art. 5(1)(c), (f) (data minimisation; integrity and confidentiality)', binding: 'law', secondary: false },
  { id: 'uk-bank-policy', title: 'Bank collections policy', article: '', binding: 'bank_policy', secondary: false },
  { id: 'disp-1-6-2', title: 'FCA Handbook, Dispute resolution: Complaints (DISP)', article: '1.6.2R (final or other written response by the end of eight weeks after receipt of the complaint)', binding: 'regulation', secondary: false },
];

/** Anyone who owes nothing: contact is allowed (to trace the customer), the debt is never mentioned, stop means stop. */
const outsider = (id: string, partyClass: ThirdPartyRule['partyClass']): ThirdPartyRule => ({
  id,
  sourceIds: ['conc-7-9-6', 'conc-7-9-10'],
  action: 'block',
  partyClass,
  allowed: 'always',
  unreachable: null,
  mayMentionDebt: false,
  stopOnRequest: true,
});

export interface UkPackOptions {
  /** Calls per customer per day before the soft cap warns (the 4th call warns with 3). */
  dailySoftCap?: number;
}

export function ukPack(options: UkPackOptions = {}): Pack {
  return {
    meta: {
      id: 'uk-fca',
      jurisdiction: 'GB',
      version: '2026.1',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      defaultTimeZone: 'Europe/London',
      sources: SOURCES,
    },
    contactWindows: [
      {
        id: 'uk.window.reasonableTimes',
        sourceIds: ['conc-7-9-4', 'mcob-13-5-4'],
        action: 'block',
        channels: ['phone', 'sms', 'visit', 'email'],
        start: '08:00',
        end: '21:00',
        // The customer's stated preferences are honoured (CONC 7.9.4R).
        consentOpensOtherHours: true,
      },
    ],
    frequency: [
      {
        kind: 'cap',
        id: 'uk.cap.dailySoftCap',
        sourceIds: ['uk-bank-policy', 'conc-7-9-4'],
        action: 'warn',
        channels: ['phone'],
        scope: 'per_debtor',
        window: { kind: 'calendar_day' },
        counts: 'all_attempts',
        limit: options.dailySoftCap ?? 3,
      },
    ],
    thirdParties: [
      { id: 'uk.thirdParty.coBorrower', sourceIds: ['conc-7-1-4'], action: 'block', partyClass: 'co_borrower', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
      { id: 'uk.thirdParty.guarantor', sourceIds: ['conc-7-1-4'], action: 'block', partyClass: 'guarantor', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
      { id: 'uk.thirdParty.mortgagor', sourceIds: ['conc-7-1-4'], action: 'block', partyClass: 'mortgagor', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
      outsider('uk.thirdParty.spouse', 'spouse'),
      outsider('uk.thirdParty.emergencyContact', 'emergency_contact'),
      outsider('uk.thirdParty.unrelated', 'unrelated'),
    ],
    holds: [
      { id: 'uk.hold.dispute', sourceIds: ['conc-7-14-1'], action: 'block', kind: 'dispute', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'uk.hold.complaint', sourceIds: ['uk-bank-policy'], action: 'warn', kind: 'complaint', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'uk.hold.hardship', sourceIds: ['conc-7-3-4'], action: 'warn', kind: 'hardship', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'uk.hold.deceased', sourceIds: ['uk-bank-policy'], action: 'block', kind: 'deceased', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'uk.hold.incapacity', sourceIds: ['conc-2-10', 'uk-bank-policy'], action: 'block', kind: 'incapacity', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'uk.hold.litigation', sourceIds: ['uk-bank-policy'], action: 'block', kind: 'litigation', appliesTo: 'all_except_legal', lasts: { kind: 'until_lifted' } },
      // A standard breathing space stops enforcement too, court action included, for 60 days.
      { id: 'uk.hold.breathingSpace', sourceIds: ['drs-regs-2020'], action: 'block', kind: 'breathing_space', appliesTo: 'all_channels', lasts: { kind: 'days', days: 60 } },
      { id: 'uk.hold.mentalHealthCrisis', sourceIds: ['drs-regs-2020'], action: 'block', kind: 'mental_health_crisis', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'uk.hold.other', sourceIds: ['uk-bank-policy'], action: 'override', kind: 'other', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
    ],
    visit: null,
    requirements: [
      { id: 'uk.requirement.privateAndConfidential', sourceIds: ['conc-7-9-8'], action: 'warn', channels: ['letter'], requirement: 'private_and_confidential' },
    ],
    wording: [
      { id: 'uk.wording.misrepresentAuthority', sourceIds: ['conc-7-11', 'aja-1970-s40'], action: 'block', category: 'impersonation', appliesWhen: 'always', patterns: [], senses: ['en.impersonation'] },
      { id: 'uk.wording.threats', sourceIds: ['aja-1970-s40'], action: 'block', category: 'threat_insult', appliesWhen: 'always', patterns: [], senses: ['en.threatInsult'] },
      { id: 'uk.wording.criminalProceedings', sourceIds: ['aja-1970-s40', 'conc-7-11'], action: 'block', category: 'legal_consequences', appliesWhen: 'always', patterns: [], senses: ['en.legalConsequences'] },
      { id: 'uk.wording.blacklist', sourceIds: ['conc-7-11'], action: 'warn', category: 'fake_blacklist', appliesWhen: 'always', patterns: [], senses: ['en.fakeBlacklist'] },
      { id: 'uk.wording.disclosure', sourceIds: ['conc-7-9-6'], action: 'block', category: 'disclosure_to_others', appliesWhen: 'always', patterns: [], senses: ['en.disclosure'] },
      { id: 'uk.wording.publicEmbarrassment', sourceIds: ['conc-7-9-7'], action: 'block', category: 'public_posting', appliesWhen: 'always', patterns: [], senses: ['en.publicPosting'] },
      { id: 'uk.wording.borrowToRepay', sourceIds: ['conc-7-3-pressure'], action: 'block', category: 'borrow_to_repay', appliesWhen: 'always', patterns: [], senses: ['en.borrowToRepay'] },
      { id: 'uk.wording.statuteBarredCourtThreat', sourceIds: ['conc-7-15'], action: 'block', category: 'statute_barred_court_threat', appliesWhen: 'statute_barred', patterns: [], senses: ['en.courtThreat'] },
    ],
    personalData: [
      { id: 'uk.personalData.phone', sourceIds: ['uk-gdpr-art5', 'uk-bank-policy'], action: 'block', field: 'phone', sensitivity: 'personal', displayMask: 'phone_first3_last4', exportMask: 'phone_first3_last4', unmaskRoles: ['collector', 'supervisor'], logUnmask: true },
      { id: 'uk.personalData.idNumber', sourceIds: ['uk-gdpr-art5', 'uk-bank-policy'], action: 'block', field: 'idNumber', sensitivity: 'personal', displayMask: 'id_first6_last4', exportMask: 'id_first6_last4', unmaskRoles: ['supervisor', 'head_office_admin'], logUnmask: true },
      { id: 'uk.personalData.card', sourceIds: ['uk-gdpr-art5', 'uk-bank-policy'], action: 'block', field: 'card', sensitivity: 'personal', displayMask: 'card_first6_last4', exportMask: 'card_first6_last4', unmaskRoles: ['supervisor', 'head_office_admin'], logUnmask: true },
      { id: 'uk.personalData.name', sourceIds: ['uk-gdpr-art5', 'uk-bank-policy'], action: 'block', field: 'name', sensitivity: 'personal', displayMask: 'none', exportMask: 'name_surname_only', unmaskRoles: ['collector', 'clerk', 'supervisor', 'head_office_admin'], logUnmask: false },
    ],
    retention: [],
    letters: [
      { id: 'uk.letter.arrearsNotice', sourceIds: ['cca-1974-s86b'], action: 'block', letterType: 'arrears_notice', requiredStatements: ['sums_in_arrears', 'arrears_information_sheet'], minDeadline: null, acknowledgementRequired: null },
      { id: 'uk.letter.defaultNotice', sourceIds: ['cca-1974-s87-88'], action: 'block', letterType: 'default_notice', requiredStatements: ['nature_of_breach', 'action_to_remedy', 'remedy_date', 'consequences', 'default_information_sheet'], minDeadline: { days: 14, dayKind: 'calendar' }, acknowledgementRequired: null },
    ],
    // Eight weeks (56 calendar days) for a complaint; CONC 7.14.1R suspends a disputed debt but sets no time limit.
    handling: [{ id: 'uk.handling.complaint', sourceIds: ['disp-1-6-2'], action: 'warn', kind: 'complaint', within: { days: 56, dayKind: 'calendar' } }],
  };
}

export const UK_FCA: Pack = ukPack();
