import type { WorkingCalendar } from './workingCalendar';

/**
 * Mainland China's working calendar: Saturday and Sunday off, plus each year's public holidays and make-up
 * working days as the State Council General Office announces them (国务院办公厅关于XXXX年部分节假日安排的通知).
 * The law that sets the holidays is 全国年节及纪念日放假办法 (revised November 2024: from 2025 one more day at
 * 春节 and at 劳动节); the notice fixes the dates each year.
 *
 * Covered: 2025 and 2026, checked against reposted full texts of the Xinhua releases (checkedAgainst); check them
 * against the official publication on the central government's site before relying on them in court.
 * NOT covered: 2027. Its notice is normally issued in November of the year before; we could not confirm its
 * dates from the official text when this calendar was built, so none are entered rather than guessed. Until a
 * version with the 2027 notice is published, a deadline counted into 2027 carries a warning (see
 * addWorkingDays' uncoveredYears) and the clerk checks it by hand.
 */
export const CN_MAINLAND_CALENDAR: WorkingCalendar = {
  id: 'cn-mainland',
  version: '2026.1',
  name: '中国大陆工作日（国务院办公厅节假日安排）',
  weekend: [0, 6],
  notices: [
    {
      year: 2025,
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      issuedOn: '2024-11-12',
      documentNumber: '国办发明电〔2024〕12号',
      checkedAgainst: '新华社 2024-11-12 通稿的转载全文（未对照中国政府网原件）',
      holidays: [
        // 元旦：1月1日（周三）放假1天，不调休。
        '2025-01-01',
        // 春节：1月28日（除夕）至2月4日（正月初七）放假调休，共8天。
        '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
        // 清明节：4月4日至6日，共3天。
        '2025-04-04', '2025-04-05', '2025-04-06',
        // 劳动节：5月1日至5日放假调休，共5天。
        '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
        // 端午节：5月31日至6月2日，共3天。
        '2025-05-31', '2025-06-01', '2025-06-02',
        // 国庆节、中秋节：10月1日至8日放假调休，共8天。
        '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
      ],
      // 1月26日（周日）、2月8日（周六）；4月27日（周日）；9月28日（周日）、10月11日（周六）上班。
      workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    {
      year: 2026,
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      issuedOn: '2025-11-04',
      checkedAgainst: '新华社 2025-11-04 通稿（光明网转载）全文（未对照中国政府网原件）',
      holidays: [
        // 元旦：1月1日（周四）至3日（周六）放假调休，共3天。
        '2026-01-01', '2026-01-02', '2026-01-03',
        // 春节：2月15日（腊月二十八）至23日（正月初七）放假调休，共9天。
        '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
        // 清明节：4月4日至6日，共3天。
        '2026-04-04', '2026-04-05', '2026-04-06',
        // 劳动节：5月1日至5日放假调休，共5天。
        '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
        // 端午节：6月19日至21日，共3天。
        '2026-06-19', '2026-06-20', '2026-06-21',
        // 中秋节：9月25日至27日，共3天。
        '2026-09-25', '2026-09-26', '2026-09-27',
        // 国庆节：10月1日至7日放假调休，共7天。
        '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
      ],
      // 1月4日（周日）；2月14日（周六）、2月28日（周六）；5月9日（周六）；9月20日（周日）、10月10日（周六）上班。
      workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
  ],
};

/** Weekends only, no holiday data: for a pack whose holidays the bank has not entered. Covers no year. */
export const WEEKENDS_ONLY_CALENDAR: WorkingCalendar = {
  id: 'weekends-only',
  version: '1',
  name: 'Monday to Friday, no public holidays entered',
  weekend: [0, 6],
  notices: [],
};
