import type { MessageShape } from './common';

/** 客户分群决策表 and 联系策略 in the console (issue 16 §2–§3). zh-CN is the source; `en` is typed against it. */
const zhCN = {
  nav: { segmentTable: '分群决策表', contactStrategy: '联系策略' },
  segments: {
    scope: '适用范围',
    bank: '全行',
    builtIn: '尚未发布：设备使用内置示例版本，下面从它开始编辑。',
    usesBank: '本网点没有单独版本：使用全行 v{{version}}。',
    segment: { able_willing: '有能力有意愿', able_unwilling: '有能力无意愿', unable_willing: '无能力有意愿', unable_unwilling: '无能力无意愿', lost_contact: '失联', suspected_evasion: '疑似恶意逃废', unknown: '尚未了解' },
    fact: { reason: '逾期原因', ability: '还款能力', willingness: '还款意愿', bucket: '账龄', brokenPromises: '近半年违约次数', keptPromises: '近半年履约次数', lostContact: '失联', riskGrade: '核心系统风险等级' },
    reason: { unemployment: '失业', illness: '疾病', business_failure: '经营失败', over_indebted: '多头负债', dispute: '有争议', fraud_victim: '被骗', forgot: '忘记还款', unwilling: '不愿还款', other: '其他', none: '未记录' },
    risk: { low: '低', medium: '中', high: '高', none: '无' },
    cond: { oneOf: '{{fact}} 属于 {{values}}', is: '{{fact}} 为 {{value}}', unknown: '{{fact}} 未了解', sep: '、', and: '，且 ' },
    step: { call: '电话', sms: '短信', letter: '函件', visit: '上门', plan_offer: '提出还款计划', legal_review: '法务评估' },
    letter: { reminder: '提醒函', demand_notice: '催收通知书', guarantor_demand: '担保人催收函', plan_confirmation: '还款计划确认书', final_demand: '最后催告函', field_receipt: '外访收据', outsourcing_notice: '委外告知函' },
    weekday: { '0': '周日', '1': '周一', '2': '周二', '3': '周三', '4': '周四', '5': '周五', '6': '周六' },
    table: {
      title: '客户分群决策表',
      intro: '自上而下逐行判断，第一条全部条件都满足的行决定案件的分群；最后一行没有条件，保证每个案件都有分群。还款能力与意愿为 0–3 级（无、弱、一般、强）。没有记录任何情况的案件也按失联、还款承诺记录、账龄和核心系统风险等级分群。发布后，适用范围内的设备在下次同步时使用新版本。',
      col: { id: '行标识', when: '条件', segment: '分群', note: '说明' },
      always: '（无条件：其余所有案件）',
      unreachable: '第 {{rowNumber}} 行「{{rowId}}」永远用不到：上面的「{{shadowedBy}}」行没有条件',
    },
    strategy: {
      title: '分群联系策略',
      intro: '每个分群、每个账龄对应的联系步骤（渠道与最短间隔），按顺序尝试；时间建议只在规则包允许的时间内给出。每个分群的每个账龄都必须有规则，以保证工作台为每个案件给出下一步。',
      col: { segments: '分群', buckets: '账龄', steps: '步骤（按顺序）' },
      allBuckets: '全部账龄',
      stepLine: '{{step}}，每 {{days}} 天至多一次',
      timing: '工作时间 {{start}}–{{end}}（债务人当地时间），建议时间最远 {{days}} 天内',
      hint: {
        workday_start: '工作日开始后的前 {{minutes}} 分钟',
        avoid: '避开 {{from}}–{{to}}',
        weekday: '星期偏好：{{days}}',
        before_payday: '发薪日前 {{days}} 天',
      },
      uncovered: '分群「{{segment}}」在账龄 {{buckets}} 没有规则：这些案件将没有下一步',
    },
    editor: {
      edit: '编辑为新版本',
      label: '新版本的内容（JSON 格式；上方为其预览）',
      preview: '以下为编辑中的新版本预览：',
      noPreview: '编辑中的内容有误（见下方），以下仍为现行版本：',
      publish: '发布到{{scope}}',
      discard: '放弃修改',
      syntax: 'JSON 格式有误：{{message}}',
    },
  },
  errors: {
    segment_rows_unreachable: '决策表有永远用不到的行，未发布：第 {{rowNumber}} 行「{{rowId}}」在无条件的「{{shadowedBy}}」行之后。',
    strategy_uncovered: '联系策略不完整，未发布：分群 {{segment}} 在账龄 {{buckets}} 没有规则，这些案件将没有下一步。',
  },
};

const en: MessageShape<typeof zhCN> = {
  nav: { segmentTable: 'Segment table', contactStrategy: 'Contact strategy' },
  segments: {
    scope: 'Applies to',
    bank: 'the whole bank',
    builtIn: 'Nothing published yet: devices use the built-in demo version, which the editor starts from.',
    usesBank: 'No version of this branch’s own: it uses the bank’s v{{version}}.',
    segment: { able_willing: 'Able and willing', able_unwilling: 'Able but unwilling', unable_willing: 'Willing but unable', unable_unwilling: 'Unable and unwilling', lost_contact: 'Lost contact', suspected_evasion: 'Suspected evasion', unknown: 'Not known yet' },
    fact: { reason: 'Reason for arrears', ability: 'Ability to pay', willingness: 'Willingness to pay', bucket: 'Bucket', brokenPromises: 'Promises broken (6 months)', keptPromises: 'Promises kept (6 months)', lostContact: 'Lost contact', riskGrade: "Core banking's risk grade" },
    reason: { unemployment: 'Unemployment', illness: 'Illness', business_failure: 'Business failure', over_indebted: 'Over-indebted', dispute: 'Dispute', fraud_victim: 'Fraud victim', forgot: 'Forgot', unwilling: 'Unwilling', other: 'Other', none: 'Not recorded' },
    risk: { low: 'Low', medium: 'Medium', high: 'High', none: 'None' },
    cond: { oneOf: '{{fact}} is one of {{values}}', is: '{{fact}} is {{value}}', unknown: '{{fact}} not known', sep: ', ', and: '; and ' },
    step: { call: 'Call', sms: 'SMS', letter: 'Letter', visit: 'Visit', plan_offer: 'Offer a repayment plan', legal_review: 'Legal review' },
    letter: { reminder: 'Reminder', demand_notice: 'Demand notice', guarantor_demand: 'Guarantor demand', plan_confirmation: 'Plan confirmation', final_demand: 'Final demand', field_receipt: 'Field receipt', outsourcing_notice: 'Outsourcing notice' },
    weekday: { '0': 'Sun', '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat' },
    table: {
      title: 'Customer segment decision table',
      intro: 'Read top to bottom: the first row whose every condition holds puts the case in its segment; the last row has no condition, so every case gets one. Ability and willingness are on a 0–3 scale (none, weak, some, strong). A case nothing was learned about is segmented by lost contact, promise history, bucket and core banking’s risk grade. Devices in scope use a published version from their next sync.',
      col: { id: 'Row id', when: 'Conditions', segment: 'Segment', note: 'Note' },
      always: '(no condition: every other case)',
      unreachable: 'Row {{rowNumber}} "{{rowId}}" is never reached: row "{{shadowedBy}}" above has no condition',
    },
    strategy: {
      title: 'Contact strategy by segment',
      intro: 'For each segment and bucket, the contact steps (channel and least interval), tried in order; times are suggested only where the rule pack allows contact. Every segment needs a rule in every bucket, so My day proposes a next step for every case.',
      col: { segments: 'Segments', buckets: 'Buckets', steps: 'Steps (in order)' },
      allBuckets: 'every bucket',
      stepLine: '{{step}}, at most once every {{days}} days',
      timing: 'Working day {{start}}–{{end}} (debtor’s local time); suggestions up to {{days}} days ahead',
      hint: {
        workday_start: 'First {{minutes}} minutes of the working day',
        avoid: 'Not {{from}}–{{to}}',
        weekday: 'Weekdays preferred: {{days}}',
        before_payday: '{{days}} days before payday',
      },
      uncovered: 'Segment "{{segment}}" has no rule in bucket(s) {{buckets}}: those cases would get no next step',
    },
    editor: {
      edit: 'Edit as a new version',
      label: 'The new version (JSON; previewed above)',
      preview: 'Preview of the version being edited:',
      noPreview: 'The version being edited has problems (below); this is still the version in force:',
      publish: 'Publish for {{scope}}',
      discard: 'Discard changes',
      syntax: 'The JSON is not valid: {{message}}',
    },
  },
  errors: {
    segment_rows_unreachable: 'Not published: row {{rowNumber}} "{{rowId}}" of the table is never reached, after row "{{shadowedBy}}" which has no condition.',
    strategy_uncovered: 'Not published: segment {{segment}} has no rule in bucket(s) {{buckets}}, so those cases would get no next step.',
  },
};

export default { 'zh-CN': zhCN, en };
