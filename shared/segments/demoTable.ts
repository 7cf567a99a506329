import type { SegmentTable } from './table';

/**
 * The decision table the app ships with, version 1 as data (published as `segmentTable` by the demo head office,
 * and used by a device until head office publishes one). Read top to bottom; the first row that holds decides.
 * Scale: 0 none, 1 weak, 2 some, 3 strong (shared/records/customerFacts.ts). "Able" is 2 or more.
 * A case nothing was learned about still gets a segment from what the device knows without asking: lost contact
 * (every number failed), promise history (kept, or broken with core banking's high grade), else 尚未了解 (unknown).
 */
export const DEMO_SEGMENT_TABLE: SegmentTable = {
  title: '客户分群决策表（示例 v1）',
  rows: [
    {
      id: 'evasion-broken',
      segment: 'suspected_evasion',
      when: [{ test: 'range', fact: 'ability', min: 2 }, { test: 'range', fact: 'willingness', max: 0 }, { test: 'range', fact: 'brokenPromises', min: 2 }],
      note: { 'zh-CN': '有还款能力、明确无意愿且多次违约：疑似恶意逃废债', en: 'Able, plainly unwilling and broken promises more than once: suspected deliberate evasion' },
    },
    {
      id: 'lost',
      segment: 'lost_contact',
      when: [{ test: 'is', fact: 'lostContact', value: true }],
      note: { 'zh-CN': '借款人已失联：先做信息修复', en: 'The borrower cannot be reached: trace them first' },
    },
    {
      id: 'forgot',
      segment: 'able_willing',
      when: [{ test: 'oneOf', fact: 'reason', values: ['forgot'] }, { test: 'unknown', fact: 'ability' }],
      note: { 'zh-CN': '忘记还款且未另行评估能力：按有能力有意愿处理', en: 'Forgot to pay, ability not assessed otherwise: treated as able and willing' },
    },
    {
      id: 'able-willing',
      segment: 'able_willing',
      when: [{ test: 'range', fact: 'ability', min: 2 }, { test: 'range', fact: 'willingness', min: 2 }],
      note: { 'zh-CN': '能力一般及以上、意愿一般及以上', en: 'Ability some or more, willingness some or more' },
    },
    {
      id: 'able-unwilling',
      segment: 'able_unwilling',
      when: [{ test: 'range', fact: 'ability', min: 2 }, { test: 'range', fact: 'willingness', max: 1 }],
      note: { 'zh-CN': '能力一般及以上、意愿弱或无', en: 'Ability some or more, willingness weak or none' },
    },
    {
      id: 'unable-willing',
      segment: 'unable_willing',
      when: [{ test: 'range', fact: 'ability', max: 1 }, { test: 'range', fact: 'willingness', min: 2 }],
      note: { 'zh-CN': '能力弱或无、意愿一般及以上：宜协商还款计划', en: 'Ability weak or none, willingness some or more: a plan is the way' },
    },
    {
      id: 'unable-unwilling',
      segment: 'unable_unwilling',
      when: [{ test: 'range', fact: 'ability', max: 1 }, { test: 'range', fact: 'willingness', max: 1 }],
      note: { 'zh-CN': '能力弱或无、意愿弱或无', en: 'Ability weak or none, willingness weak or none' },
    },
    {
      id: 'broken-unassessed',
      segment: 'able_unwilling',
      when: [{ test: 'unknown', fact: 'willingness' }, { test: 'range', fact: 'brokenPromises', min: 2 }, { test: 'oneOf', fact: 'riskGrade', values: ['high'] }],
      note: { 'zh-CN': '意愿未评估，但近半年违约两次以上且核心系统评为高风险', en: 'Willingness not assessed, two or more broken promises in six months and graded high risk by core banking' },
    },
    {
      id: 'unassessed-kept',
      segment: 'able_willing',
      when: [{ test: 'unknown', fact: 'willingness' }, { test: 'range', fact: 'keptPromises', min: 1 }, { test: 'range', fact: 'brokenPromises', max: 0 }],
      note: { 'zh-CN': '意愿未评估，但近半年的承诺都已兑现、没有违约：按有能力有意愿处理', en: 'Willingness not assessed, but every promise of the last six months kept and none broken: treated as able and willing' },
    },
    {
      id: 'default',
      segment: 'unknown',
      when: [],
      note: { 'zh-CN': '尚未了解到足以分群的情况：先了解逾期原因、还款能力与意愿', en: 'Not enough known to segment: find out the reason, the ability and the willingness first' },
    },
  ],
};
