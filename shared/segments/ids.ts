/**
 * The customer segments a published decision table may put a case in (docs/domain.md, "Segments"). The table
 * (data) decides which; these ids are what screens, filters, strategies and scripts key on.
 */
export const SEGMENT_IDS = [
  'able_willing', // 有能力有意愿
  'able_unwilling', // 有能力无意愿
  'unable_willing', // 无能力有意愿
  'unable_unwilling', // 无能力无意愿
  'lost_contact', // 失联
  'suspected_evasion', // 疑似恶意逃废
  'unknown', // 尚未了解: nothing recorded yet that the table rules on
] as const;
export type SegmentId = (typeof SEGMENT_IDS)[number];
