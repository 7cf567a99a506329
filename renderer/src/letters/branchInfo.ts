import type { LetterBranch, LetterLanguage } from '../../../shared/letters';
import { DEMO_BRANCHES } from '../../../shared/demo';

/** The demo portfolio's bank: a made-up name, so no demo letter can pass for a real bank's. */
export const DEMO_BANK_NAME = '示例商业银行';

/** Area codes of the demo branches' cities. */
const AREA_CODES: Record<string, string> = { 上海市: '021', 北京市: '010', 广州市: '020', 杭州市: '0571', 成都市: '028' };

/**
 * The issuing branch as printed on letters of the DEMO store only, which has no head office; the real store prints
 * the letterhead head office publishes (config/configInForce.ts letterheadFor; docs/server.md, Published
 * configuration). The demo branches carry plausible addresses and numbers that cannot be anyone's (a local number
 * never starts with 0 after the area code), never a real bank's hotline.
 */
export function branchInfo(code: string, name: string, language: LetterLanguage = 'zh-CN'): LetterBranch {
  const demo = DEMO_BRANCHES.find((b) => b.code === code);
  // 上海市 is both province and city: printed once.
  const place = demo ? (demo.province === demo.city ? demo.city : `${demo.province}${demo.city}`) : '';
  const area = demo ? (AREA_CODES[demo.city] ?? '0000') : '0000';
  return {
    code,
    name: name.startsWith(DEMO_BANK_NAME) ? name : `${DEMO_BANK_NAME}${name}`,
    address: demo ? `${place}${demo.district}金融街 8 号` : '',
    postcode: code.startsWith('31') ? '200120' : code.startsWith('11') ? '100020' : code.startsWith('44') ? '510620' : code.startsWith('33') ? '310013' : '610041',
    phone: `${area}-0000 0000`,
    disputePhone: `${area}-0000 0001`,
    repayChannels: language === 'en' ? ['our mobile banking app', 'online banking', 'the counter of any of our branches'] : ['手机银行 App', '网上银行', '各营业网点柜面'],
  };
}
