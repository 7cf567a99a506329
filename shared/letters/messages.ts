import type { LetterLanguage, LetterProblemCode } from './types';

/**
 * i18n templates (i18next syntax) for letter problems: merge with
 * `i18next.addResourceBundle(lng, 'translation', LETTER_MESSAGES[lng], true, false)`; keys resolve as
 * `letters.problem.<code>` (see letterProblemKey).
 */
export const LETTER_MESSAGES: Record<LetterLanguage, { letters: { problem: Record<LetterProblemCode, string> } }> = {
  'zh-CN': {
    letters: {
      problem: {
        unknown_template: '没有 {{type}}（{{language}}）的函件模板',
        missing_field: '缺少必填内容：{{field}}',
        missing_statement: '函件缺少必备内容：{{statement}}',
        placeholder_unfilled: '模板占位符 {{placeholder}} 没有取值',
        amounts_mismatch: '金额明细与合计不符（{{where}}：应为 {{expectedFen}} 分，实为 {{actualFen}} 分）',
        no_amount: '欠款合计为零，不应发出催收函件',
        deadline_too_short: '还款期限 {{days}} 个工作日，短于规定的至少 {{minDays}} 个工作日',
        letterhead_missing: '总行尚未发布 {{branch}} 的信头{{version}}，不能打印函件；请同步后再试，或联系总行发布信头',
        calendar_not_covered: '还款期限 {{deadline}} 按工作日计算时跨入 {{years}} 年，但节假日日历（{{calendar}}，版本 {{version}}）没有该年的放假调休安排，期限仅按周末推算，请人工核对',
        prohibited_wording: '含有禁止使用的表述：“{{phrase}}”',
        unmasked_personal_data: '函件中出现未脱敏的个人信息（{{field}}）',
        guarantee_not_allowed: '不得向保证人发函：{{reason}}',
        guarantee_close_to_lapse: '保证期间即将届满（剩余 {{daysLeft}} 天），请尽快送达并保留送达凭证',
        guarantee_unknown: '保证期间未核实，请先确认保证期间',
        recipient_role: '收件人身份（{{role}}）不适用此类函件',
        frequency_cap: '近 {{days}} 天已向该当事人发出 {{count}} 封同类函件，上限 {{limit}} 封',
        repeat_within_interval: '{{lastOn}} 已向该当事人发出同类函件，{{days}} 天内不重复发送；确需再发，请填写理由',
        no_valid_address: '收件人没有有效地址',
        hold: '案件有未解除的暂停事由（{{reason}}，规则 {{rule}}），不得发函',
        missing_glyph: '字体无法显示以下字符：{{chars}}（{{codePoints}}），请核对姓名或地址',
        invalid_serial: '函件编号无效：{{reason}}',
        receipt_missing: '缺少收款记录',
        plan_missing: '缺少还款计划',
        plan_not_approved: '还款计划尚未审批通过（{{status}}）',
        receipt_voided: '该收据已作废：{{reason}}',
        unknown_party: '案件中没有该当事人',
      },
    },
  },
  en: {
    letters: {
      problem: {
        unknown_template: 'No letter template for {{type}} ({{language}})',
        missing_field: 'Required item missing: {{field}}',
        missing_statement: 'The letter lacks a required statement: {{statement}}',
        placeholder_unfilled: 'Template placeholder {{placeholder}} has no value',
        amounts_mismatch: 'Itemised amounts do not add up ({{where}}: expected {{expectedFen}} fen, got {{actualFen}})',
        no_amount: 'Nothing is owed: no demand letter',
        deadline_too_short: 'Deadline of {{days}} working days is shorter than the required {{minDays}}',
        letterhead_missing: 'Head office has not published the letterhead of {{branch}}{{version}}: the letter cannot be printed. Sync and try again, or ask head office to publish it',
        calendar_not_covered: 'The deadline {{deadline}} is counted in working days into {{years}}, which the holiday calendar ({{calendar}}, version {{version}}) does not cover: only weekends were skipped, so check it by hand',
        prohibited_wording: 'Prohibited wording: "{{phrase}}"',
        unmasked_personal_data: 'Unmasked personal data on the letter ({{field}})',
        guarantee_not_allowed: 'The guarantor may not be demanded: {{reason}}',
        guarantee_close_to_lapse: 'Guarantee period ends soon ({{daysLeft}} days left): deliver with proof quickly',
        guarantee_unknown: 'Guarantee period not checked: confirm it first',
        recipient_role: 'This letter type does not go to a {{role}}',
        frequency_cap: '{{count}} letters of this type to this party in the last {{days}} days; the limit is {{limit}}',
        repeat_within_interval: 'A letter of this type went to this party on {{lastOn}}; none is sent again within {{days}} days unless a reason is given',
        no_valid_address: 'The recipient has no valid address',
        hold: 'The case is held ({{reason}}, rule {{rule}}): no letters',
        missing_glyph: 'The font cannot print: {{chars}} ({{codePoints}}); check the name or address',
        invalid_serial: 'Invalid letter number: {{reason}}',
        receipt_missing: 'No receipt record',
        plan_missing: 'No repayment plan',
        plan_not_approved: 'The repayment plan is not approved ({{status}})',
        receipt_voided: 'This receipt is void: {{reason}}',
        unknown_party: 'No such party in the case',
      },
    },
  },
};

export const letterProblemKey = (code: LetterProblemCode) => `letters.problem.${code}` as const;
