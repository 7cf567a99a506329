import type { ContactStrategy } from './schema';

// The hints are collection practice gathered from front-line staff for issue 16 (催收实务), not rules of law:
// each says so in its source, so a collector never takes one for a regulation.
const PRACTICE = { 'zh-CN': '清收实务经验（一线催收人员做法，见 docs/domain.md「Knowing the customer」之 Best time），非监管规定', en: 'Collection practice from front-line staff (docs/domain.md, "Knowing the customer", Best time), not a regulation' };

/** The contact strategy the app ships with, version 1 as data (published as `contactStrategy` by the demo head office). */
export const DEMO_CONTACT_STRATEGY: ContactStrategy = {
  title: '分群联系策略（示例 v1）',
  rules: [
    {
      id: 'unable-willing',
      segments: ['unable_willing'],
      buckets: [],
      steps: [{ step: 'plan_offer', everyDays: 7 }, { step: 'call', everyDays: 3 }, { step: 'letter', everyDays: 30, letterType: 'plan_confirmation' }],
      note: { 'zh-CN': '愿意还但暂时还不上：提出还款计划，按能力分期', en: 'Willing but unable for now: offer a repayment plan they can keep' },
    },
    {
      id: 'able-willing-early',
      segments: ['able_willing'],
      buckets: ['M0', 'M1', 'M2'],
      steps: [{ step: 'sms', everyDays: 3 }, { step: 'call', everyDays: 2 }],
      note: { 'zh-CN': '有能力有意愿的早期逾期：提醒为主', en: 'Able and willing, early arrears: a reminder is enough' },
    },
    {
      id: 'able-willing',
      segments: ['able_willing'],
      buckets: [],
      steps: [{ step: 'call', everyDays: 2 }, { step: 'letter', everyDays: 30, letterType: 'reminder' }],
      note: { 'zh-CN': '有能力有意愿：电话确认还款日期', en: 'Able and willing: a call to fix the date of payment' },
    },
    {
      id: 'able-unwilling',
      segments: ['able_unwilling'],
      buckets: [],
      steps: [{ step: 'call', everyDays: 2 }, { step: 'letter', everyDays: 30, letterType: 'demand_notice' }, { step: 'visit', everyDays: 30 }],
      note: { 'zh-CN': '有能力无意愿：电话施压并发催收通知书，必要时上门', en: 'Able but unwilling: calls, a demand notice, and a visit when needed' },
    },
    {
      id: 'unable-unwilling',
      segments: ['unable_unwilling'],
      buckets: [],
      steps: [{ step: 'call', everyDays: 5 }, { step: 'visit', everyDays: 45 }],
      note: { 'zh-CN': '无能力无意愿：了解真实情况，上门核实', en: 'Unable and unwilling: find out how things really are, visit to check' },
    },
    {
      id: 'lost',
      segments: ['lost_contact'],
      buckets: [],
      steps: [{ step: 'visit', everyDays: 30 }, { step: 'letter', everyDays: 30, letterType: 'reminder' }],
      note: { 'zh-CN': '失联：上门及按地址寄送提醒函', en: 'Lost contact: a visit and a reminder to the address' },
    },
    {
      id: 'evasion',
      segments: ['suspected_evasion'],
      buckets: [],
      steps: [{ step: 'legal_review', everyDays: 60 }, { step: 'letter', everyDays: 30, letterType: 'final_demand' }],
      note: { 'zh-CN': '疑似恶意逃废：提交法务评估诉讼，发最后催告函', en: 'Suspected evasion: legal review for a lawsuit, and a final demand' },
    },
    {
      id: 'unknown',
      segments: ['unknown'],
      buckets: [],
      steps: [{ step: 'call', everyDays: 1 }],
      note: { 'zh-CN': '情况未明：先打电话了解逾期原因与还款能力、意愿', en: 'Nothing known yet: call to find out why, and whether they can and will pay' },
    },
  ],
  timing: {
    workdayStart: '09:00',
    workdayEnd: '18:00',
    horizonDays: 10,
    hints: [
      { id: 'workday-start', kind: 'workday_start', minutes: 15, source: PRACTICE },
      { id: 'no-lunch', kind: 'avoid', from: '11:30', to: '13:30', source: PRACTICE },
      { id: 'friday-first', kind: 'weekday', order: [5, 2, 4], source: PRACTICE },
      { id: 'before-payday', kind: 'before_payday', days: 3, source: PRACTICE },
    ],
  },
};
