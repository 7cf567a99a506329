import { CAP_COUNTS, CAP_SCOPES, type CapCounts, type CapScope } from './packSchema';
import {
  BINDINGS,
  CONTACT_REQUIREMENTS,
  HOLD_KINDS,
  WORDING_CATEGORIES,
  type Binding,
  type ContactRequirement,
  type HoldKind,
  type RuleAction,
  type WordingCategory,
} from './vocabulary';
import type { Verdict } from './decision';

/**
 * Message templates for every messageKey the engine emits, in i18next style ({{param}}). The renderer merges
 * COMPLIANCE_MESSAGES[language] into its resources; the keys are nested under `compliance` the way i18next
 * reads 'compliance.frequency.unanswered.per_number.calendar_day'.
 */

export const COMPLIANCE_LANGUAGES = ['zh-CN', 'en'] as const;
export type ComplianceLanguage = (typeof COMPLIANCE_LANGUAGES)[number];

export interface MessageTree {
  [key: string]: string | MessageTree;
}

interface Texts {
  verdict: Record<Verdict, string>;
  action: Record<RuleAction, string>;
  binding: Record<Binding, string>;
  secondary: string;
  contactWindow: string;
  contactWindowWithConsent: string;
  frequency: { counts: Record<CapCounts, string>; scope: Record<CapScope, string>; day: string; rolling: string };
  frequencySentence: (counts: string, scope: string, window: string) => string;
  coolDown: string;
  thirdParty: Record<'stopRequested' | 'notAllowed' | 'debtorReachable' | 'noDebtMention', string>;
  hold: Record<HoldKind, string>;
  holdUntil: (holdText: string) => string;
  visitMinStaff: string;
  requirement: Record<ContactRequirement, string>;
  wording: Record<WordingCategory, string>;
}

const zhCN: Texts = {
  verdict: { allow: '允许', warn: '允许（请注意）', override_required: '需主管批准', block: '禁止' },
  action: { block: '禁止', warn: '提醒', override: '需主管批准并说明理由' },
  binding: { law: '法律', regulation: '部门规章', self_regulation: '行业自律', national_standard: '国家标准', bank_policy: '本行制度' },
  secondary: '（转载或新闻摘要，未核对原文）',
  contactWindow: '当地时间 {{localTime}}（{{timeZone}}）不在允许的联系时段 {{start}}–{{end}} 内。',
  contactWindowWithConsent:
    '当地时间 {{localTime}}（{{timeZone}}）既不在允许的联系时段 {{start}}–{{end}} 内，也不在对方同意的时段 {{consentStart}}–{{consentEnd}} 内。',
  frequency: {
    counts: { unanswered: '未接通的呼叫', connected: '已接通的通话', all_attempts: '联系尝试' },
    scope: { per_number: '该号码', per_debtor: '与该联系人', per_debt: '就该笔债务与该联系人' },
    day: '今日（当地时间）',
    rolling: '近 {{days}} 天内',
  },
  frequencySentence: (counts, scope, window) => `${scope}${window}${counts}已有 {{count}} 次，上限为 {{limit}} 次，本次将是第 {{next}} 次。`,
  coolDown: '已于 {{conversationDate}} 与对方就该笔债务通话，此后 {{days}} 天内不得再次致电，最早可于 {{nextAllowedDate}} 致电。',
  thirdParty: {
    stopRequested: '对方已要求不再联系，不得再次联系。',
    notAllowed: '不得联系此类第三方。',
    debtorReachable:
      '只有在债务人失联（号码无效，或连续 {{required}} 次未能联系上）时才可联系此人；目前连续未能联系上 {{failedInARow}} 次。',
    noDebtMention: '可以联系，但只能询问联系方式或请其转告，不得提及欠款。',
  },
  hold: {
    dispute: '案件自 {{since}} 起有未解决的争议（异议），争议处理完毕前暂停催收联系。',
    complaint: '客户自 {{since}} 起有未结投诉，联系时请谨慎并如实记录。',
    hardship: '客户自 {{since}} 起报告经济困难，请考虑还款安排，不得施压。',
    deceased: '债务人已故（{{since}} 登记），暂停对其催收联系。',
    incapacity: '自 {{since}} 起对其民事行为能力存疑，暂停催收联系。',
    litigation: '案件自 {{since}} 起进入诉讼，只能通过法律途径联系。',
    breathing_space: '自 {{since}} 起处于债务喘息期，暂停催收联系。',
    mental_health_crisis: '自 {{since}} 起处于心理健康危机暂停期，暂停催收联系。',
    other: '案件自 {{since}} 起暂停催收。',
  },
  holdUntil: (holdText) => `${holdText}该暂停至 {{until}} 结束。`,
  visitMinStaff: '外访至少需要 {{minStaff}} 名工作人员，本次为 {{staffCount}} 名。',
  requirement: {
    opt_out_notice: '电子邮件和短信须告知对方如何退订。',
    private_and_confidential: '邮件须标注“私人保密”（private and confidential）。',
    plain_envelope: '信封和地址标签不得出现任何与欠款有关的字样。',
  },
  wording: {
    impersonation: '冒充公安、法院、检察院或政府机关',
    threat_insult: '威胁、辱骂或恐吓',
    fake_blacklist: '虚构黑名单、征信或失信名单',
    legal_consequences: '夸大法律后果',
    extra_fees: '索要额外费用',
    borrow_to_repay: '诱导借款或套现还款',
    disclosure_to_others: '向他人透露或威胁透露欠款',
    public_posting: '公开张贴或曝光',
    statute_barred_court_threat: '对已过诉讼时效的债务以起诉相威胁',
  },
};

const en: Texts = {
  verdict: { allow: 'Allowed', warn: 'Allowed, with a warning', override_required: "Needs a supervisor's override", block: 'Not allowed' },
  action: { block: 'Block', warn: 'Warning', override: 'Supervisor override with a reason' },
  binding: { law: 'Law', regulation: 'Regulation', self_regulation: 'Self-regulation', national_standard: 'National standard', bank_policy: 'Bank policy' },
  secondary: '(from a repost or news summary, not checked against the official text)',
  contactWindow: 'Local time {{localTime}} ({{timeZone}}) is outside the contact hours {{start}}–{{end}}.',
  contactWindowWithConsent:
    'Local time {{localTime}} ({{timeZone}}) is outside both the contact hours {{start}}–{{end}} and the hours the person agreed to, {{consentStart}}–{{consentEnd}}.',
  frequency: {
    counts: { unanswered: 'unanswered calls', connected: 'connected calls', all_attempts: 'attempts' },
    scope: { per_number: 'on this number', per_debtor: 'with this person', per_debt: 'with this person about this debt' },
    day: 'today (local time)',
    rolling: 'in the last {{days}} days',
  },
  frequencySentence: (counts, scope, window) => `{{count}} ${counts} ${scope} ${window}; the limit is {{limit}}, so this would be number {{next}}.`,
  coolDown: 'There was a conversation about this debt on {{conversationDate}}: no call for {{days}} days, the earliest is {{nextAllowedDate}}.',
  thirdParty: {
    stopRequested: 'This person asked not to be contacted again.',
    notAllowed: 'This kind of third party may not be contacted.',
    debtorReachable:
      'This person may be contacted only when the debtor cannot be reached (number invalid, or {{required}} failed attempts in a row); so far {{failedInARow}} in a row.',
    noDebtMention: 'Contact is allowed only to ask for contact details or pass on a message: do not mention the debt.',
  },
  hold: {
    dispute: 'The debt has been disputed since {{since}}: collection contact is suspended until the dispute is resolved.',
    complaint: 'There has been an open complaint since {{since}}: take care and record the contact fully.',
    hardship: 'Financial hardship reported since {{since}}: consider an arrangement and do not put on pressure.',
    deceased: 'The debtor is recorded as deceased ({{since}}): collection contact is suspended.',
    incapacity: 'Concerns about mental capacity since {{since}}: collection contact is suspended.',
    litigation: 'The case has been in litigation since {{since}}: contact only through the legal channel.',
    breathing_space: 'In a breathing space since {{since}}: collection contact is suspended.',
    mental_health_crisis: 'In a mental health crisis moratorium since {{since}}: collection contact is suspended.',
    other: 'The case has been on hold since {{since}}.',
  },
  holdUntil: (holdText) => `${holdText} The hold ends on {{until}}.`,
  visitMinStaff: 'A visit needs at least {{minStaff}} staff; this one has {{staffCount}}.',
  requirement: {
    opt_out_notice: 'Every e-mail and text must tell the person how to opt out.',
    private_and_confidential: 'Post must be marked “private and confidential”.',
    plain_envelope: 'Envelopes and address labels must not show any word about debt.',
  },
  wording: {
    impersonation: 'Impersonating the police, a court, prosecutors or government',
    threat_insult: 'Threats, insults or intimidation',
    fake_blacklist: 'Fake blacklists, credit records or enforcement lists',
    legal_consequences: 'Exaggerating legal consequences',
    extra_fees: 'Demanding extra fees',
    borrow_to_repay: 'Urging the debtor to borrow to repay',
    disclosure_to_others: 'Telling, or threatening to tell, others about the debt',
    public_posting: 'Posting or exposing in public',
    statute_barred_court_threat: 'Threatening court action on a statute-barred debt',
  },
};

function treeOf(t: Texts): MessageTree {
  const frequency: MessageTree = {};
  for (const counts of CAP_COUNTS) {
    const byScope: MessageTree = {};
    for (const scope of CAP_SCOPES) {
      byScope[scope] = {
        calendar_day: t.frequencySentence(t.frequency.counts[counts], t.frequency.scope[scope], t.frequency.day),
        rolling_days: t.frequencySentence(t.frequency.counts[counts], t.frequency.scope[scope], t.frequency.rolling),
      };
    }
    frequency[counts] = byScope;
  }
  const holdUntil: MessageTree = {};
  for (const kind of HOLD_KINDS) holdUntil[kind] = t.holdUntil(t.hold[kind]);
  return {
    verdict: { ...t.verdict },
    action: { ...t.action },
    binding: Object.fromEntries(BINDINGS.map((b) => [b, t.binding[b]])),
    secondary: t.secondary,
    contactWindow: t.contactWindow,
    contactWindowWithConsent: t.contactWindowWithConsent,
    frequency,
    coolDown: t.coolDown,
    thirdParty: { ...t.thirdParty },
    hold: Object.fromEntries(HOLD_KINDS.map((k) => [k, t.hold[k]])),
    holdUntil,
    visit: { minStaff: t.visitMinStaff },
    requirement: Object.fromEntries(CONTACT_REQUIREMENTS.map((r) => [r, t.requirement[r]])),
    wording: Object.fromEntries(WORDING_CATEGORIES.map((c) => [c, t.wording[c]])),
  };
}

export const COMPLIANCE_MESSAGES: Record<ComplianceLanguage, { compliance: MessageTree }> = {
  'zh-CN': { compliance: treeOf(zhCN) },
  en: { compliance: treeOf(en) },
};

/** The template for a dotted key ('compliance.contactWindow'), or undefined when there is none. */
export function messageTemplate(language: ComplianceLanguage, key: string): string | undefined {
  let node: string | MessageTree | undefined = COMPLIANCE_MESSAGES[language];
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills {{param}} placeholders the way i18next does (no escaping); for logs, exports and tests. */
export function renderMessage(language: ComplianceLanguage, key: string, params: Record<string, string | number>): string {
  const template = messageTemplate(language, key);
  if (template === undefined) throw new Error(`no ${language} message for ${key}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${key} needs {{${name}}}`);
    return String(value);
  });
}
