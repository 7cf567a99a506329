import type { HolidayNotice } from '../calendar';
import { DEMO_BRANCHES } from '../demo';
import type { Letterhead } from './letterhead';

/**
 * What the demo head office publishes when it seeds the demo portfolio (server/console/config/demoSeed.ts), so
 * the demo still prints letters: a letterhead per demo branch, with a made-up bank name and numbers that cannot
 * be anyone's (a local number never starts with 0 after the area code), and the 2027 calendar below.
 */
export const DEMO_BANK_NAME = '示例商业银行';

const CONTACTS: Record<string, { address: string; postcode: string; area: string }> = {
  310115: { address: '上海市浦东新区金融街 8 号', postcode: '200120', area: '021' },
  110105: { address: '北京市朝阳区金融街 8 号', postcode: '100020', area: '010' },
  440106: { address: '广东省广州市天河区金融街 8 号', postcode: '510620', area: '020' },
  330106: { address: '浙江省杭州市西湖区金融街 8 号', postcode: '310013', area: '0571' },
  510107: { address: '四川省成都市武侯区金融街 8 号', postcode: '610041', area: '028' },
};

export function demoLetterhead(code: string): Letterhead | null {
  const branch = DEMO_BRANCHES.find((b) => b.code === code);
  const c = CONTACTS[code];
  if (!branch || !c) return null;
  return {
    bankName: DEMO_BANK_NAME,
    branchName: branch.name,
    address: c.address,
    postcode: c.postcode,
    phone: `${c.area}-0000 0000`,
    disputePhone: `${c.area}-0000 0001`,
    repayAccount: { name: `${DEMO_BANK_NAME}${branch.name}贷款还款专户`, number: `0000 0000 ${code} 0001`, bank: `${DEMO_BANK_NAME}${branch.name}` },
    repayChannels: ['手机银行 App', '网上银行', '各营业网点柜面'],
    seal: null,
  };
}

/**
 * 2027, as seeded. NOT CONFIRMED against the State Council General Office's notice for 2027 (国务院办公厅关于2027年
 * 部分节假日安排的通知): we could not find its text when this was written. The days below are only the statutory
 * holidays of 全国年节及纪念日放假办法 (as revised in November 2024) on their 2027 dates — 元旦 1 day, 春节 4 (除夕
 * to 初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 — with no bridging days and no make-up working days, which only
 * the notice sets. Head office publishes the notice's dates as the next version when it is out; the title says
 * 暂定 until then, and the app shows it.
 */
export const CALENDAR_2027_PROVISIONAL: HolidayNotice = {
  year: 2027,
  title: '2027年法定节假日（暂定：仅法定假日，未含调休；待国务院办公厅2027年通知核对）',
  issuedOn: '2026-11-23',
  checkedAgainst: '全国年节及纪念日放假办法（2024年11月修订）第二条；农历日期：春节 2027-02-06，端午 2027-06-09，中秋 2027-09-15；清明 2027-04-05。未对照国务院办公厅2027年通知。',
  holidays: [
    '2027-01-01',
    // 春节：除夕（2月5日）至正月初三（2月8日）。
    '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08',
    '2027-04-05',
    '2027-05-01', '2027-05-02',
    '2027-06-09',
    '2027-09-15',
    '2027-10-01', '2027-10-02', '2027-10-03',
  ],
  workdays: [],
};
