import type { AttachmentCheckCode, VisitProblemCode } from './visits';
import type { TransitionResult } from './caseStatus';
import type { PlanDecisionCode, ScheduleInputCode, ScheduleProblemCode } from './plans';
import type { VoidReceiptCode } from './receipts';
import type { MyDayReasonKey } from './myDay';
import { PLAN_MAX_INSTALMENTS, VOID_REASON_MIN_LENGTH } from '../records/limits';

/**
 * i18n templates (i18next syntax, {{name}}) for field work. Merge them into the app's resources, e.g.
 * `i18next.addResourceBundle(lng, 'translation', MYDAY_MESSAGES[lng], true, false)`; keys then resolve as
 * `fieldwork.myDay.promiseDue` and `fieldwork.error.not_supervisor` (see fieldworkErrorKey).
 */
export type FieldworkLanguage = 'zh-CN' | 'en';

type ReasonName = MyDayReasonKey extends `fieldwork.myDay.${infer N}` ? N : never;

export const MYDAY_MESSAGES: Record<FieldworkLanguage, { fieldwork: { myDay: Record<ReasonName, string> } }> = {
  'zh-CN': {
    fieldwork: {
      myDay: {
        promiseDue: '承诺还款 {{amount}} 于 {{dueDate}} 到期（宽限至 {{graceEndsOn}}），已还 {{paid}}',
        promiseBroken: '承诺 {{dueDate}} 还款 {{amount}}，宽限期满未还，承诺已违约',
        promisePartlyKept: '承诺 {{dueDate}} 还款 {{amount}}，仅还 {{paid}}，尚差 {{shortfall}}',
        planInstalmentDue: '还款计划第 {{seq}} 期 {{amount}} 于 {{dueDate}} 到期，尚欠 {{shortfall}}',
        planBroken: '还款计划第 {{seq}} 期（{{dueDate}} 到期）逾期未还，计划已违约，剩余 {{remaining}}',
        followUpDue: '今日约定跟进：{{action}}',
        followUpOverdue: '约定 {{date}} 跟进（{{action}}），已过 {{days}} 天尚未跟进',
        followUpDueUnnamed: '今日约定回访',
        followUpOverdueUnnamed: '约定 {{date}} 回访，已过 {{days}} 天尚未跟进',
        followUpDueAt: '今日 {{time}} 约定跟进：{{action}}',
        followUpDueAtUnnamed: '今日 {{time}} 约定回电',
        visitPlanned: '今日计划外访',
        visitOverdue: '原定 {{plannedFor}} 的外访尚未完成（已过 {{days}} 天）',
        limitationExpiring: '诉讼时效将于 {{date}} 届满，剩余 {{days}} 天',
        limitationExpiringActBy: '诉讼时效将于 {{date}} 届满，剩余 {{days}} 天；该日为法定节假日或休息日，请在最后一个工作日 {{actBy}} 前处理',
        limitationExpiringUnchecked: '诉讼时效将于 {{date}} 届满，剩余 {{days}} 天；节假日日历未覆盖 {{years}} 年，请人工核对该日是否为节假日',
        guaranteeExpiring: '保证期间将于 {{date}} 届满，剩余 {{days}} 天',
        guaranteeExpiringActBy: '保证期间将于 {{date}} 届满，剩余 {{days}} 天；该日为法定节假日或休息日，请在最后一个工作日 {{actBy}} 前处理',
        guaranteeExpiringUnchecked: '保证期间将于 {{date}} 届满，剩余 {{days}} 天；节假日日历未覆盖 {{years}} 年，请人工核对该日是否为节假日',
        newHighRisk: '高风险新案件，分配 {{days}} 天尚未联系',
        hearingScheduled: '{{date}} {{time}} 开庭（{{place}}），还有 {{days}} 天',
        enforcementExpiring: '申请执行期限将于 {{date}} 届满，剩余 {{days}} 天',
        enforcementExpiringActBy: '申请执行期限将于 {{date}} 届满，剩余 {{days}} 天；该日为法定节假日或休息日，请在 {{actBy}} 前申请',
        enforcementExpiringUnchecked: '申请执行期限将于 {{date}} 届满，剩余 {{days}} 天；节假日日历未覆盖 {{years}} 年，请人工核对',
      },
    },
  },
  en: {
    fieldwork: {
      myDay: {
        promiseDue: 'Promise of {{amount}} due {{dueDate}} (grace until {{graceEndsOn}}); paid so far {{paid}}',
        promiseBroken: 'Promise of {{amount}} due {{dueDate}} was broken: nothing paid by the end of grace',
        promisePartlyKept: 'Promise of {{amount}} due {{dueDate}} partly kept: paid {{paid}}, short {{shortfall}}',
        planInstalmentDue: 'Plan instalment {{seq}} of {{amount}} due {{dueDate}}; still owed {{shortfall}}',
        planBroken: 'Plan broken: instalment {{seq}} due {{dueDate}} unpaid after grace; {{remaining}} remaining',
        followUpDue: 'Follow-up due today: {{action}}',
        followUpOverdue: 'Follow-up set for {{date}} ({{action}}) not done yet ({{days}} days late)',
        followUpDueUnnamed: 'Follow-up (callback) due today',
        followUpOverdueUnnamed: 'Follow-up set for {{date}} not done yet ({{days}} days late)',
        followUpDueAt: 'Follow-up due today at {{time}}: {{action}}',
        followUpDueAtUnnamed: 'Callback due today at {{time}}',
        visitPlanned: 'Field visit planned for today',
        visitOverdue: 'Field visit planned for {{plannedFor}} not done yet ({{days}} days late)',
        limitationExpiring: 'Limitation period ends {{date}} (days left: {{days}})',
        limitationExpiringActBy: 'Limitation period ends {{date}} (days left: {{days}}), a public holiday or rest day: act by the last working day, {{actBy}}',
        limitationExpiringUnchecked: 'Limitation period ends {{date}} (days left: {{days}}); the holiday calendar does not cover {{years}}: check whether that day is a holiday',
        guaranteeExpiring: 'Guarantee period ends {{date}} (days left: {{days}})',
        guaranteeExpiringActBy: 'Guarantee period ends {{date}} (days left: {{days}}), a public holiday or rest day: act by the last working day, {{actBy}}',
        guaranteeExpiringUnchecked: 'Guarantee period ends {{date}} (days left: {{days}}); the holiday calendar does not cover {{years}}: check whether that day is a holiday',
        newHighRisk: 'New high-risk case, not contacted {{days}} days after assignment',
        hearingScheduled: 'Hearing {{date}} {{time}} ({{place}}), in {{days}} days',
        enforcementExpiring: 'The period to apply for enforcement ends {{date}} (days left: {{days}})',
        enforcementExpiringActBy: 'The period to apply for enforcement ends {{date}} (days left: {{days}}), a public holiday or rest day: apply by {{actBy}}',
        enforcementExpiringUnchecked: 'The period to apply for enforcement ends {{date}} (days left: {{days}}); the holiday calendar does not cover {{years}}: check by hand',
      },
    },
  },
};

export type FieldworkErrorCode =
  | ScheduleInputCode
  | ScheduleProblemCode
  | PlanDecisionCode
  | VoidReceiptCode
  | Extract<TransitionResult, { ok: false }>['code']
  | VisitProblemCode
  | AttachmentCheckCode;

export const fieldworkErrorKey = (code: FieldworkErrorCode) => `fieldwork.error.${code}` as const;

export const FIELDWORK_MESSAGES: Record<FieldworkLanguage, { fieldwork: { error: Record<FieldworkErrorCode, string> } }> = {
  'zh-CN': {
    fieldwork: {
      error: {
        total_invalid: '约定还款总额须大于 0',
        down_payment_invalid: '首付款不能为负，且须小于约定总额',
        count_invalid: `期数须为 1 至 ${PLAN_MAX_INSTALMENTS} 的整数`,
        date_invalid: '日期无效',
        instalment_too_small: '期数过多：每期金额至少 0.01 元',
        empty: '内容为空',
        seq_invalid: '期次应为 {{expected}}，实为 {{seq}}',
        amount_not_positive: '第 {{seq}} 期金额须大于 0',
        dates_not_increasing: '第 {{seq}} 期到期日 {{date}} 须晚于上一期 {{previous}}',
        sum_mismatch: '各期合计 {{actual}}，与约定总额 {{expected}} 不符',
        not_supervisor: '只有催收主管可以审批',
        maker_cannot_approve: '经办人不能审批自己制定的方案',
        not_pending: '该方案不在待审批状态',
        reason_required: '请填写原因',
        already_voided: '该收据已作废',
        reason_too_short: `作废原因至少 ${VOID_REASON_MIN_LENGTH} 个字`,
        invalid_transition: '案件不能从当前状态变更为所选状态',
        hold_reason_required: '暂停催收须选择原因',
        hold_reason_not_allowed: '只有暂停催收才需要原因',
        too_few_staff: '外访须至少 {{min}} 人（现有 {{actual}} 人）',
        staff_name_empty: '外访人员姓名不能为空',
        staff_duplicate: '外访人员重复：{{name}}',
        people_met_required: '请填写见到的人',
        outcome_required: '已完成的外访须填写结果',
        outcome_not_for_visit: '该结果不适用于外访',
        result_before_visit_day: '这次外访安排在 {{date}}，当天或之后才能记录结果',
        too_large: '文件超过 10 MB',
        type_not_allowed: '只能上传 JPEG、PNG 图片或 PDF 文件',
        content_mismatch: '文件内容与其类型不符',
        unsafe_name: '文件名含有不允许的字符',
      },
    },
  },
  en: {
    fieldwork: {
      error: {
        total_invalid: 'The agreed total must be more than 0',
        down_payment_invalid: 'The down payment cannot be negative and must be less than the agreed total',
        count_invalid: `The number of instalments must be a whole number from 1 to ${PLAN_MAX_INSTALMENTS}`,
        date_invalid: 'The date is not valid',
        instalment_too_small: 'Too many instalments: each must be at least ¥0.01',
        empty: 'It is empty',
        seq_invalid: 'Instalment number should be {{expected}}, not {{seq}}',
        amount_not_positive: 'Instalment {{seq}} must be more than 0',
        dates_not_increasing: 'Instalment {{seq}} due {{date}} must come after the previous one ({{previous}})',
        sum_mismatch: 'The instalments add up to {{actual}}, not the agreed total {{expected}}',
        not_supervisor: 'Only a supervisor can approve',
        maker_cannot_approve: 'The maker of a plan cannot approve it',
        not_pending: 'The plan is not awaiting approval',
        reason_required: 'Please give a reason',
        already_voided: 'This receipt is already void',
        reason_too_short: `The reason for voiding must be at least ${VOID_REASON_MIN_LENGTH} characters`,
        invalid_transition: 'The case cannot move from its current status to the one chosen',
        hold_reason_required: 'Choose why the case is put on hold',
        hold_reason_not_allowed: 'Only a hold takes a reason',
        too_few_staff: 'A field visit needs at least {{min}} staff ({{actual}} given)',
        staff_name_empty: 'A staff name is empty',
        staff_duplicate: 'Staff listed twice: {{name}}',
        people_met_required: 'Say who was met',
        outcome_required: 'A visit that is done needs an outcome',
        outcome_not_for_visit: 'That outcome does not apply to a visit',
        result_before_visit_day: 'This visit is planned for {{date}}: its result can be recorded on that day or later',
        too_large: 'The file is larger than 10 MB',
        type_not_allowed: 'Only JPEG or PNG images and PDF files can be attached',
        content_mismatch: 'The file content does not match its type',
        unsafe_name: 'The file name contains characters that are not allowed',
      },
    },
  },
};
