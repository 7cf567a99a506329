import type { GuaranteeStatus, HistoryEffect, LimitationNoteName, LimitationStatus } from './engine';
import type { LimitationEventKind } from './events';
import type { GuarantorLetterCode } from './alerts';

/**
 * i18n templates (i18next syntax, {{name}}) for limitation and guarantee results. Merge them into the app's
 * resources, e.g. `i18next.addResourceBundle(lng, 'translation', LIMITATION_MESSAGES[lng], true, false)`;
 * a note's key then resolves as `limitation.note.lateDemand` with the note's params, a status as
 * `limitation.status.expired`, a letter check as `limitation.letter.general_without_lawsuit`.
 */
export type LimitationLanguage = 'zh-CN' | 'en';

export interface LimitationMessageTree {
  limitation: {
    status: Record<LimitationStatus, string>;
    guaranteeStatus: Record<GuaranteeStatus, string>;
    guaranteeType: Record<'joint' | 'general', string>;
    event: Record<LimitationEventKind | 'start', string>;
    effect: Record<HistoryEffect, string>;
    note: Record<LimitationNoteName, string>;
    letter: Record<GuarantorLetterCode, string>;
    alert: Record<'limitation' | 'guarantee', string>;
  };
}

export const LIMITATION_MESSAGES: Record<LimitationLanguage, LimitationMessageTree> = {
  'zh-CN': {
    limitation: {
      status: {
        running: '诉讼时效期间进行中',
        expired: '诉讼时效期间已届满',
        waived_by_acknowledgement: '时效届满后债务人签字同意履行，已放弃时效抗辩',
        suspended_by_lawsuit: '已起诉，诉讼时效中断，待程序终结后重新计算',
        no_due_date: '缺少到期日，无法计算诉讼时效',
      },
      guaranteeStatus: {
        running: '保证期间进行中',
        preserved: '已在保证期间内主张权利，保证责任存续',
        lapsed: '保证期间已届满，保证人不再承担保证责任',
        no_due_date: '缺少主债务到期日，无法计算保证期间',
      },
      guaranteeType: { joint: '连带责任保证', general: '一般保证' },
      event: {
        start: '主债务到期',
        demand_delivered: '催收函件送达',
        promise: '承诺还款',
        plan: '还款计划',
        partial_payment: '部分还款',
        lawsuit: '提起诉讼',
        acknowledgement_after_expiry: '时效届满后签收催收通知并同意还款',
        guarantor_signature: '保证人签收',
        lawsuit_ended: '诉讼程序终结（撤诉或驳回起诉）',
      },
      effect: {
        started: '期间开始计算',
        restarted: '时效中断，重新计算三年',
        restarted_capped: '时效中断，但不得超过二十年最长期间',
        suspended: '起诉中断时效，自程序终结时重新计算',
        waived: '债务人放弃时效抗辩，自签字之日起重新计算',
        preserved: '在保证期间内主张权利，保证责任得以保全',
        already_preserved: '保证责任此前已保全',
        ignored_after_expiry: '发生在时效届满之后，不能恢复时效',
        ignored_after_cap: '已超过二十年最长期间，不予保护',
        ignored_before_start: '发生在期间起算之前，不计入',
        ignored_future: '日期在今天之后，暂不计入',
        ignored_no_evidence: '缺少送达或签字证据，不计入',
        ignored_during_lawsuit: '诉讼进行中，时效待程序终结后重新计算',
        ignored_after_lapse: '发生在保证期间届满之后，不产生效力',
        no_effect_on_guarantee: '保证期间不发生中断、中止和延长，此事项不影响保证期间',
      },
      note: {
        noDueDate: '账户 {{accountId}} 没有到期日或逾期日，请补充后再计算',
        notStarted: '期间自 {{start}} 起算，尚未开始',
        capReached: '已达到自权利受损之日起二十年的最长期间（{{cap}}），不再延长',
        expired: '诉讼时效已于 {{expiry}} 届满；此后的催收、承诺或还款不能恢复时效',
        possibleWaiver: '{{date}} 时效届满后债务人同意履行或还款，可能构成放弃时效抗辩；请取得债务人签字的催收通知单',
        waivedByAcknowledgement: '债务人于 {{date}} 在催收通知单上签字并同意还款，放弃时效抗辩（证据：{{evidence}}）',
        lawsuitPending: '{{date}} 起诉，诉讼时效中断，自程序终结时重新计算；判决生效后适用申请执行期间',
        typeUnclearTreatedAsGeneral: '保证方式没有约定或约定不明确，按一般保证处理',
        contractPeriod: '合同约定保证期间 {{months}} 个月',
        contractPeriodUnclear: '合同约定"直至本息还清"等，视为约定不明，保证期间为 {{months}} 个月',
        contractPeriodInvalid: '合同约定的保证期间（{{agreed}}）早于或同时于主债务届满，视为没有约定，保证期间为 {{months}} 个月',
        demandToBorrowerDoesNotExtend: '{{date}} 向借款人送达的催收不影响保证期间',
        demandDoesNotPreserveGeneral: '{{date}} 向一般保证人催收不能保全保证责任，须在保证期间内对借款人起诉或申请仲裁',
        lateDemand: '{{date}} 的催收晚于保证期间届满日 {{expiry}}，保证人不再承担保证责任',
        lateLawsuit: '{{date}} 的起诉晚于保证期间届满日 {{expiry}}，一般保证人不再承担保证责任',
        signatureAfterLapse: '保证期间已于 {{expiry}} 届满，保证人 {{date}} 的签字不能恢复保证责任（另行成立新保证合同的除外）',
        guarantorLimitation: '自 {{from}} 请求保证人承担责任之日起，保证债务诉讼时效开始计算，至 {{expiry}} 届满',
        generalGuarantorLimitationNotStarted: '一般保证的保证债务诉讼时效自保证人先诉抗辩权消灭之日起计算，届时请记录',
        mainDebtTimeBarred: '主债务诉讼时效已于 {{date}} 届满，保证人可以主张该抗辩（借款人放弃抗辩不约束保证人）',
        lastDayNotWorking: '期间最后一日 {{expiry}} 是法定节假日或休息日；本系统不按民法典第二百零三条顺延，请在最后一个工作日 {{actBy}} 前采取行动',
        calendarNotCovered: '期间最后一日 {{date}} 涉及的年份（{{years}}）不在节假日日历（{{calendar}}，版本 {{version}}）范围内，无法判断是否为节假日，请人工核对',
      },
      letter: {
        ok: '可以向保证人发送催收函',
        lapsed: '保证期间已届满，保证人不再承担保证责任，不得发送催收函',
        general_without_lawsuit: '一般保证须在保证期间内对借款人起诉或申请仲裁，仅发催收函不能保全保证责任',
        close_to_lapse: '保证期间将于 {{deliverBy}} 届满（剩余 {{daysLeft}} 天），催收函须在此之前送达并取得送达证据',
        unknown_period: '缺少主债务到期日，无法确认保证期间，请核实后尽快送达',
      },
      alert: {
        limitation: '诉讼时效将于 {{date}} 届满，剩余 {{daysLeft}} 天',
        guarantee: '保证期间将于 {{date}} 届满，剩余 {{daysLeft}} 天',
      },
    },
  },
  en: {
    limitation: {
      status: {
        running: 'Limitation period running',
        expired: 'Limitation period expired',
        waived_by_acknowledgement: 'After expiry the debtor signed and agreed to pay: the limitation defence is waived',
        suspended_by_lawsuit: 'Lawsuit filed: limitation interrupted until the proceedings end',
        no_due_date: 'No due date: the limitation period cannot be worked out',
      },
      guaranteeStatus: {
        running: 'Guarantee period running',
        preserved: 'Claim made within the guarantee period: the guarantor remains liable',
        lapsed: 'Guarantee period over: the guarantor is released',
        no_due_date: 'No due date on the main debt: the guarantee period cannot be worked out',
      },
      guaranteeType: { joint: 'Joint-liability guarantee', general: 'General guarantee' },
      event: {
        start: 'Main debt due',
        demand_delivered: 'Demand delivered',
        promise: 'Promise to pay',
        plan: 'Repayment plan',
        partial_payment: 'Part payment',
        lawsuit: 'Lawsuit filed',
        acknowledgement_after_expiry: 'Signed demand notice after expiry, agreeing to pay',
        guarantor_signature: 'Guarantor signed',
        lawsuit_ended: 'Proceedings ended (withdrawn or dismissed)',
      },
      effect: {
        started: 'Period starts',
        restarted: 'Interrupted: the full period starts again',
        restarted_capped: 'Interrupted, but not past the 20-year cap',
        suspended: 'Lawsuit: starts again when the proceedings end',
        waived: 'Debtor waived the limitation defence: a new period runs from the signature',
        preserved: 'Claim made within the guarantee period: guarantee preserved',
        already_preserved: 'Guarantee already preserved',
        ignored_after_expiry: 'After expiry: does not revive the period',
        ignored_after_cap: 'Past the 20-year cap: not protected',
        ignored_before_start: 'Before the period started: not counted',
        ignored_future: 'Dated after today: not counted yet',
        ignored_no_evidence: 'No proof of delivery or signature: not counted',
        ignored_during_lawsuit: 'Lawsuit pending: the period restarts when the proceedings end',
        ignored_after_lapse: 'After the guarantee period: no effect',
        no_effect_on_guarantee: 'A guarantee period is never interrupted, suspended or extended: no effect',
      },
      note: {
        noDueDate: 'Account {{accountId}} has neither a due date nor an overdue date; add one first',
        notStarted: 'The period starts on {{start}}',
        capReached: 'The 20-year absolute period ends on {{cap}}: no further extension',
        expired: 'Limitation expired on {{expiry}}; later demands, promises or payments do not revive it',
        possibleWaiver: 'On {{date}}, after expiry, the debtor agreed to pay or paid: this may waive the defence; get a signed demand notice',
        waivedByAcknowledgement: 'On {{date}} the debtor signed a demand notice agreeing to pay, waiving the limitation defence (evidence: {{evidence}})',
        lawsuitPending: 'Lawsuit filed on {{date}}: limitation restarts when the proceedings end; after judgment the enforcement application period applies',
        typeUnclearTreatedAsGeneral: 'The guarantee type is not stated or unclear: treated as a general guarantee',
        contractPeriod: 'Guarantee period agreed in the contract: {{months}} months',
        contractPeriodUnclear: 'The contract says "until repaid" or similar, which is unclear: the guarantee period is {{months}} months',
        contractPeriodInvalid: 'The agreed period ({{agreed}}) ends with or before the main debt, so counts as none: the guarantee period is {{months}} months',
        demandToBorrowerDoesNotExtend: 'The demand delivered to the borrower on {{date}} does not extend the guarantee period',
        demandDoesNotPreserveGeneral: 'A demand to a general guarantor (on {{date}}) does not preserve the guarantee: the borrower must be sued within the period',
        lateDemand: 'The demand of {{date}} came after the guarantee period ended on {{expiry}}: the guarantor is released',
        lateLawsuit: 'The lawsuit of {{date}} came after the guarantee period ended on {{expiry}}: the general guarantor is released',
        signatureAfterLapse: 'The guarantee period ended on {{expiry}}; the guarantor\'s signature of {{date}} revives nothing (unless a new guarantee contract was made)',
        guarantorLimitation: 'The guarantor\'s own limitation runs from the demand of {{from}} and expires on {{expiry}}',
        generalGuarantorLimitationNotStarted: 'A general guarantor\'s own limitation starts when their right to insist the borrower be pursued first ends; record that date',
        mainDebtTimeBarred: 'The main debt\'s limitation expired on {{date}}; the guarantor may raise it (a borrower\'s waiver does not bind the guarantor)',
        lastDayNotWorking: 'The last day, {{expiry}}, is a public holiday or rest day; the app does not extend it under Civil Code art. 203: act by the last working day, {{actBy}}',
        calendarNotCovered: 'The last day, {{date}}, falls in years ({{years}}) the holiday calendar ({{calendar}}, version {{version}}) does not cover: whether it is a holiday is unknown, check by hand',
      },
      letter: {
        ok: 'A demand letter may be sent to the guarantor',
        lapsed: 'The guarantee period is over and the guarantor is released: no demand letter',
        general_without_lawsuit: 'A general guarantee is preserved only by suing the borrower within the period; a demand letter alone does not preserve it',
        close_to_lapse: 'The guarantee period ends on {{deliverBy}} ({{daysLeft}} days left): the letter must arrive, with proof, before then',
        unknown_period: 'No due date on the main debt, so the guarantee period is unknown: check it and deliver soon',
      },
      alert: {
        limitation: 'Limitation expires on {{date}}, {{daysLeft}} days left',
        guarantee: 'Guarantee period ends on {{date}}, {{daysLeft}} days left',
      },
    },
  },
};
