import type { Pack, Source, ThirdPartyRule } from '../packSchema';

/**
 * Mainland China (the default pack), (docs/compliance.md). Sources marked secondary are known
 * from news summaries or reposted texts and carry `secondary: true`, so the UI can say so.
 */

const SOURCES: Source[] = [
  { id: 'cba-2026-hours', title: '中国银行业协会 个人消费贷款催收工作指引（2026）', article: '催收时间（08:00–22:00，债务人同意的除外）', binding: 'self_regulation', secondary: true },
  { id: 'cba-2026-calls', title: '中国银行业协会 个人消费贷款催收工作指引（2026）', article: '呼叫频次（每个号码每日未接通不超过 6 次）', binding: 'self_regulation', secondary: true },
  { id: 'cba-2026-art22', title: '中国银行业协会 个人消费贷款催收工作指引（2026）', article: '第二十二条（外访不少于 2 人）', binding: 'self_regulation', secondary: true },
  { id: 'cba-2026-third-parties', title: '中国银行业协会 个人消费贷款催收工作指引（2026）', article: '第三方联系（仅在失联时询问联系方式或转告，不得透露债务，对方拒绝后不得再联系）', binding: 'self_regulation', secondary: true },
  { id: 'cba-2026-conduct', title: '中国银行业协会 个人消费贷款催收工作指引（2026）', article: '禁止性催收行为', binding: 'self_regulation', secondary: true },
  { id: 'gbt-2025-hours', title: 'GB/T 贷后催收风险控制指南（国家标准，2025-02-28 批准）', article: '催收时间（08:00–22:00）', binding: 'national_standard', secondary: true },
  { id: 'gbt-2025-connected', title: 'GB/T 贷后催收风险控制指南（国家标准，2025-02-28 批准）', article: '接通频次（每个债务人每日不超过 3 次，本行各渠道及委外机构合计）', binding: 'national_standard', secondary: true },
  { id: 'cc-measures-art68', title: '商业银行信用卡业务监督管理办法', article: '第六十八条（催收行为；不得向无关第三人催收；录音至少保存 2 年）', binding: 'regulation', secondary: true },
  { id: 'cc-measures-art69', title: '商业银行信用卡业务监督管理办法', article: '第六十九条（催收函件内容）', binding: 'regulation', secondary: true },
  { id: 'cc-measures-art70', title: '商业银行信用卡业务监督管理办法', article: '第七十条（异议须核实处理）', binding: 'regulation', secondary: true },
  { id: 'cpm-art41', title: '银行保险机构消费者权益保护管理办法', article: '第四十一条（催收禁止行为）', binding: 'regulation', secondary: true },
  { id: 'criminal-law-293-1', title: '中华人民共和国刑法', article: '第二百九十三条之一（催收非法债务罪）', binding: 'law', secondary: false },
  { id: 'pipl', title: '中华人民共和国个人信息保护法', article: '第六条、第二十八条、第五十一条、第五十五条至第五十六条', binding: 'law', secondary: false },
  { id: 'bank-policy', title: '本行催收管理制度', article: '', binding: 'bank_policy', secondary: false },
  { id: 'complaint-measures-2020', title: '银行业保险业消费投诉处理管理办法（银保监会令 2020 年第 3 号）', article: '处理时限（收到投诉之日起 15 日内办结并告知投诉人；情况复杂的可延长）', binding: 'regulation', secondary: true },
];

const BANK_HOURS: Source = { id: 'bank-policy-hours', title: '本行催收管理制度', article: '联系时间（08:00–21:00，严于行业标准）', binding: 'bank_policy', secondary: false };

/** A third party who is no party to the loan: only when the debtor is unreachable, never the debt, never again once they say stop. */
const outsider = (id: string, partyClass: ThirdPartyRule['partyClass']): ThirdPartyRule => ({
  id,
  sourceIds: ['cba-2026-third-parties', 'cc-measures-art68'],
  action: 'block',
  partyClass,
  allowed: 'when_debtor_unreachable',
  unreachable: { numberInvalid: true, failedAttemptsInARow: 3 },
  mayMentionDebt: false,
  stopOnRequest: true,
});

export interface CnPackOptions {
  /** A bank may choose the stricter 21:00 end of the contact window. */
  contactWindowEnd?: '22:00' | '21:00';
}

export function cnPack(options: CnPackOptions = {}): Pack {
  const end = options.contactWindowEnd ?? '22:00';
  const stricter = end === '21:00';
  return {
    meta: {
      id: 'cn-2026',
      jurisdiction: 'CN',
      version: stricter ? '2026.1-21h' : '2026.1',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      defaultTimeZone: 'Asia/Shanghai',
      sources: stricter ? [...SOURCES, BANK_HOURS] : SOURCES,
    },
    contactWindows: [
      {
        id: 'cn.window.contactHours',
        sourceIds: stricter ? ['bank-policy-hours', 'cba-2026-hours', 'gbt-2025-hours'] : ['cba-2026-hours', 'gbt-2025-hours'],
        action: 'block',
        // Calls, visits and other contact; a posted letter has no time of day, court service is the court's.
        channels: ['phone', 'sms', 'visit', 'email'],
        start: '08:00',
        end,
        consentOpensOtherHours: true,
      },
    ],
    frequency: [
      {
        kind: 'cap',
        id: 'cn.cap.unansweredPerNumber',
        sourceIds: ['cba-2026-calls'],
        action: 'block',
        channels: ['phone'],
        scope: 'per_number',
        window: { kind: 'calendar_day' },
        counts: 'unanswered',
        limit: 6,
      },
      {
        kind: 'cap',
        id: 'cn.cap.connectedPerDebtor',
        sourceIds: ['gbt-2025-connected'],
        action: 'block',
        // Voice calls: the app's phone channel (agencies log their calls on the same case).
        channels: ['phone'],
        scope: 'per_debtor',
        window: { kind: 'calendar_day' },
        counts: 'connected',
        limit: 3,
      },
    ],
    thirdParties: [
      { id: 'cn.thirdParty.coBorrower', sourceIds: ['cba-2026-third-parties'], action: 'block', partyClass: 'co_borrower', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
      { id: 'cn.thirdParty.guarantor', sourceIds: ['cba-2026-third-parties'], action: 'block', partyClass: 'guarantor', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
      { id: 'cn.thirdParty.mortgagor', sourceIds: ['cba-2026-third-parties', 'bank-policy'], action: 'block', partyClass: 'mortgagor', allowed: 'always', unreachable: null, mayMentionDebt: true, stopOnRequest: false },
      // A spouse who did not sign and an emergency contact owe nothing: treated as unrelated (bank may relax).
      outsider('cn.thirdParty.spouse', 'spouse'),
      outsider('cn.thirdParty.emergencyContact', 'emergency_contact'),
      outsider('cn.thirdParty.unrelated', 'unrelated'),
    ],
    holds: [
      { id: 'cn.hold.dispute', sourceIds: ['cc-measures-art70', 'bank-policy'], action: 'block', kind: 'dispute', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'cn.hold.complaint', sourceIds: ['bank-policy'], action: 'warn', kind: 'complaint', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'cn.hold.hardship', sourceIds: ['bank-policy'], action: 'warn', kind: 'hardship', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'cn.hold.deceased', sourceIds: ['bank-policy'], action: 'block', kind: 'deceased', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
      { id: 'cn.hold.incapacity', sourceIds: ['bank-policy'], action: 'block', kind: 'incapacity', appliesTo: 'all_except_legal', lasts: { kind: 'until_lifted' } },
      { id: 'cn.hold.litigation', sourceIds: ['bank-policy'], action: 'block', kind: 'litigation', appliesTo: 'all_except_legal', lasts: { kind: 'until_lifted' } },
      // Any other hold (and kinds China does not know, like a UK breathing space): a supervisor decides.
      { id: 'cn.hold.other', sourceIds: ['bank-policy'], action: 'override', kind: 'other', appliesTo: 'all_channels', lasts: { kind: 'until_lifted' } },
    ],
    visit: { id: 'cn.visit.minStaff', sourceIds: ['cba-2026-art22'], action: 'block', minStaff: 2 },
    requirements: [
      { id: 'cn.requirement.plainEnvelope', sourceIds: ['cba-2026-conduct', 'bank-policy'], action: 'warn', channels: ['letter'], requirement: 'plain_envelope' },
    ],
    wording: [
      // Each rule is judged by meaning (senses: shared/compliance/wording/senses, Chinese and English notes alike).
      { id: 'cn.wording.impersonation', sourceIds: ['cba-2026-conduct', 'cpm-art41'], action: 'block', category: 'impersonation', appliesWhen: 'always', patterns: [], senses: ['zh.impersonation', 'en.impersonation'] },
      { id: 'cn.wording.threatInsult', sourceIds: ['cba-2026-conduct', 'cpm-art41', 'criminal-law-293-1'], action: 'block', category: 'threat_insult', appliesWhen: 'always', patterns: [], senses: ['zh.threatInsult', 'en.threatInsult'] },
      // There is no credit "blacklist" in China: any such claim is false.
      { id: 'cn.wording.fakeBlacklist', sourceIds: ['cba-2026-conduct', 'cpm-art41'], action: 'block', category: 'fake_blacklist', appliesWhen: 'always', patterns: [], senses: ['zh.fakeBlacklist', 'en.fakeBlacklist'] },
      {
        id: 'cn.wording.dishonestListClaim',
        sourceIds: ['cba-2026-conduct'],
        // 失信被执行人 is a real court list: true after a judgment the debtor ignores, false before. Warn, not block.
        action: 'warn',
        category: 'fake_blacklist',
        appliesWhen: 'always',
        patterns: [],
        senses: ['zh.dishonestList'],
      },
      { id: 'cn.wording.legalConsequences', sourceIds: ['cba-2026-conduct', 'cpm-art41'], action: 'block', category: 'legal_consequences', appliesWhen: 'always', patterns: [], senses: ['zh.legalConsequences', 'en.legalConsequences'] },
      { id: 'cn.wording.extraFees', sourceIds: ['cba-2026-conduct', 'cpm-art41'], action: 'block', category: 'extra_fees', appliesWhen: 'always', patterns: [], senses: ['zh.extraFees', 'en.extraFees'] },
      { id: 'cn.wording.borrowToRepay', sourceIds: ['cba-2026-conduct', 'cpm-art41'], action: 'block', category: 'borrow_to_repay', appliesWhen: 'always', patterns: [], senses: ['zh.borrowToRepay', 'en.borrowToRepay'] },
      { id: 'cn.wording.disclosure', sourceIds: ['cba-2026-conduct', 'cpm-art41', 'cc-measures-art68'], action: 'block', category: 'disclosure_to_others', appliesWhen: 'always', patterns: [], senses: ['zh.disclosure', 'en.disclosure'] },
      { id: 'cn.wording.publicPosting', sourceIds: ['cba-2026-conduct', 'cpm-art41'], action: 'block', category: 'public_posting', appliesWhen: 'always', patterns: [], senses: ['zh.publicPosting', 'en.publicPosting'] },
    ],
    personalData: [
      { id: 'cn.personalData.phone', sourceIds: ['pipl', 'bank-policy'], action: 'block', field: 'phone', sensitivity: 'personal', displayMask: 'phone_first3_last4', exportMask: 'phone_first3_last4', unmaskRoles: ['collector', 'supervisor'], logUnmask: true },
      // Financial accounts are sensitive personal information (PIPL art. 28); so is the resident ID number.
      { id: 'cn.personalData.idNumber', sourceIds: ['pipl', 'bank-policy'], action: 'block', field: 'idNumber', sensitivity: 'sensitive', displayMask: 'id_first6_last4', exportMask: 'id_first6_last4', unmaskRoles: ['supervisor', 'head_office_admin'], logUnmask: true },
      { id: 'cn.personalData.card', sourceIds: ['pipl', 'bank-policy'], action: 'block', field: 'card', sensitivity: 'sensitive', displayMask: 'card_first6_last4', exportMask: 'card_first6_last4', unmaskRoles: ['supervisor', 'head_office_admin'], logUnmask: true },
      // Names are masked (张*) where a third party could see them: exports, not the collector's own screen.
      { id: 'cn.personalData.name', sourceIds: ['pipl', 'bank-policy'], action: 'block', field: 'name', sensitivity: 'personal', displayMask: 'none', exportMask: 'name_surname_only', unmaskRoles: ['collector', 'clerk', 'supervisor', 'head_office_admin'], logUnmask: false },
    ],
    retention: [
      { id: 'cn.retention.callRecords', sourceIds: ['cc-measures-art68'], action: 'block', recordClass: 'call_record', minYears: 2, from: 'record_created' },
    ],
    letters: [
      {
        id: 'cn.letter.demandNotice',
        sourceIds: ['cc-measures-art69', 'bank-policy'],
        action: 'block',
        letterType: 'demand_notice',
        requiredStatements: [
          'name_and_balance',
          'reason_and_legal_basis',
          'rights_and_duties',
          'channels_check_repay_dispute',
          'bank_contact',
          'seal',
        ],
        // 5 working days is what real notices give (docs/domain.md); the bank's choice, not a regulator's.
        minDeadline: { days: 5, dayKind: 'working' },
        acknowledgementRequired: true,
      },
    ],
    // 投诉: 15 days (日, calendar days) from receipt; the extensions a complex complaint may take are not modelled,
    // so a complaint past 15 days shows overdue until resolved. 异议 (art. 70): investigated, no time limit stated.
    handling: [{ id: 'cn.handling.complaint', sourceIds: ['complaint-measures-2020'], action: 'warn', kind: 'complaint', within: { days: 15, dayKind: 'calendar' } }],
  };
}

export const CN_2026: Pack = cnPack();
