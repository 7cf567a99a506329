import type { Rng } from './rng';

/**
 * Phone numbers in the shapes core banking exports them: 11-digit mobiles on real carrier prefixes
 * (1[3-9]x), and landlines as area code, hyphen, 8-digit local number (021-58881234).
 */

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '149', '150', '151', '152',
  '153', '155', '156', '157', '158', '159', '166', '170', '171', '173', '175', '176', '177', '178', '180', '181',
  '182', '183', '184', '185', '186', '187', '188', '189', '191', '193', '195', '196', '197', '198', '199',
];

export function mobileNumber(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/** Local numbers do not start with 0 (trunk prefix) or 1 (service numbers) or 9 (mostly special lines). */
export function landlineNumber(rng: Rng, areaCode: string): string {
  return `${areaCode}-${rng.int(2, 8)}${rng.digits(7)}`;
}

/** Why a number was retired, as collectors write it. */
export const PHONE_RETIRED_REASONS = ['空号', '停机', '非本人使用', '号码已销户', '本人要求更换号码', '第三方接听称不认识'] as const;
export const ADDRESS_RETIRED_REASONS = ['已搬离', '查无此人', '地址不详', '邮件退回', '房屋已出售'] as const;
