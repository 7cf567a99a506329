/**
 * Limitation (诉讼时效) and guarantee-period (保证期间) rules as data: the numbers a rule pack sets and the
 * sources every result cites. Defaults are the mainland China pack (docs/compliance.md).
 *
 * Counting convention (Civil Code arts. 201–202), day-level, applied to both periods:
 * - the day of the triggering event (the due date, or the day of an interruption) is not counted; the period
 *   starts the next day (`start`);
 * - the period's last day (`expiry`) is the day in the last year/month that corresponds to the triggering
 *   day, or that month's last day when there is none (2024-02-29 + 3 years → 2027-02-28);
 * - the period ends at the end of `expiry`: something that happens on `expiry` is in time, the next day is late.
 * So a debt due 2023-03-15 has start 2023-03-16 and expiry 2026-03-15.
 * Not applied: art. 203 (a last day falling on a public holiday moves to the next working day). Leaving it
 * out can only make a date earlier, never later, so the app never promises a day the law may not give.
 */

export interface LimitationRules {
  /** Ordinary limitation period in years (Civil Code art. 188: 3). */
  limitationYears: number;
  /** Absolute cap in years from the day the right was infringed (art. 188: 20). Not interrupted. */
  absoluteCapYears: number;
  /** Guarantee period in months when the contract sets none or an unclear one (art. 692: 6). */
  guaranteeMonths: number;
  /** guarantorLetterAllowed warns this many days or fewer before a guarantee lapses. */
  closeToLapseDays: number;
  /**
   * Co-borrowers are joint debtors: an interruption for one interrupts for all (limitation provisions art. 15).
   * An acknowledgement after expiry (a waiver) binds only whoever gave it.
   */
  jointDebtors: boolean;
}

export const CN_LIMITATION_RULES: Readonly<LimitationRules> = Object.freeze({
  limitationYears: 3,
  absoluteCapYears: 20,
  guaranteeMonths: 6,
  closeToLapseDays: 30,
  jointDebtors: true,
});

export const LIMITATION_RULE_IDS = [
  'civil-code-188',
  'civil-code-189',
  'civil-code-192',
  'civil-code-195',
  'civil-code-201',
  'civil-code-202',
  'civil-code-686',
  'civil-code-692',
  'civil-code-693',
  'civil-code-694',
  'civil-code-701',
  'sol-provisions-8',
  'sol-provisions-10',
  'sol-provisions-14',
  'sol-provisions-15',
  'sol-provisions-18',
  'sol-provisions-19',
  'guarantee-interp-32',
  'guarantee-interp-34',
] as const;
export type LimitationRuleId = (typeof LIMITATION_RULE_IDS)[number];

export interface LimitationSource {
  title: string;
  article: string;
  binding: 'law' | 'judicial_interpretation';
}

const CIVIL_CODE = '中华人民共和国民法典';
const SOL_PROVISIONS = '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定（2020 年修正）';
const GUARANTEE_INTERP = '最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释（法释〔2020〕28 号）';

export const LIMITATION_SOURCES: Readonly<Record<LimitationRuleId, LimitationSource>> = {
  'civil-code-188': { title: CIVIL_CODE, article: '第一百八十八条（诉讼时效三年，自知道或应当知道权利受损及义务人之日起计算；最长二十年）', binding: 'law' },
  'civil-code-189': { title: CIVIL_CODE, article: '第一百八十九条（分期履行的债务，自最后一期履行期限届满之日起计算）', binding: 'law' },
  'civil-code-192': { title: CIVIL_CODE, article: '第一百九十二条（时效届满后义务人可以抗辩；同意履行的不得再抗辩）', binding: 'law' },
  'civil-code-195': { title: CIVIL_CODE, article: '第一百九十五条（履行请求、同意履行、起诉或仲裁使诉讼时效中断并重新计算）', binding: 'law' },
  'civil-code-201': { title: CIVIL_CODE, article: '第二百零一条（开始的当日不计入，自下一日开始计算）', binding: 'law' },
  'civil-code-202': { title: CIVIL_CODE, article: '第二百零二条（到期月的对应日为最后一日；没有对应日的，月末日为最后一日）', binding: 'law' },
  'civil-code-686': { title: CIVIL_CODE, article: '第六百八十六条（保证方式没有约定或约定不明确的，按照一般保证承担保证责任）', binding: 'law' },
  'civil-code-692': { title: CIVIL_CODE, article: '第六百九十二条（保证期间不发生中止、中断和延长；未约定或约定不明的为主债务履行期限届满之日起六个月）', binding: 'law' },
  'civil-code-693': { title: CIVIL_CODE, article: '第六百九十三条（一般保证须在保证期间内对债务人起诉或仲裁；连带责任保证须在保证期间内请求保证人承担责任）', binding: 'law' },
  'civil-code-694': { title: CIVIL_CODE, article: '第六百九十四条（保证债务诉讼时效的起算）', binding: 'law' },
  'civil-code-701': { title: CIVIL_CODE, article: '第七百零一条（保证人可以主张债务人的抗辩；债务人放弃抗辩的，保证人仍可主张）', binding: 'law' },
  'sol-provisions-8': { title: SOL_PROVISIONS, article: '第八条（提出履行请求：签收文书、信件或数据电文到达、金融机构扣收欠款等）', binding: 'judicial_interpretation' },
  'sol-provisions-10': { title: SOL_PROVISIONS, article: '第十条（自提交起诉状或口头起诉之日起中断）', binding: 'judicial_interpretation' },
  'sol-provisions-14': { title: SOL_PROVISIONS, article: '第十四条（分期履行、部分履行、制定清偿债务计划等属于同意履行义务）', binding: 'judicial_interpretation' },
  'sol-provisions-15': { title: SOL_PROVISIONS, article: '第十五条（连带债务人之一的中断事由对其他连带债务人发生效力）', binding: 'judicial_interpretation' },
  'sol-provisions-18': { title: SOL_PROVISIONS, article: '第十八条（主债务诉讼时效届满，保证人享有主债务人的诉讼时效抗辩权）', binding: 'judicial_interpretation' },
  'sol-provisions-19': { title: SOL_PROVISIONS, article: '第十九条（时效届满后同意履行或在催收通知单上签字的，不得再以时效届满抗辩）', binding: 'judicial_interpretation' },
  'guarantee-interp-32': { title: GUARANTEE_INTERP, article: '第三十二条（约定保证责任直至主债务本息还清为止等，视为约定不明，保证期间为六个月）', binding: 'judicial_interpretation' },
  'guarantee-interp-34': { title: GUARANTEE_INTERP, article: '第三十四条（保证责任消灭后保证人在催收通知书上签字的，不再承担保证责任，成立新保证合同的除外）', binding: 'judicial_interpretation' },
};
