import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CN_MAINLAND_CALENDAR, type WorkingCalendar } from '../../../shared/calendar';
import { CN_2026 } from '../../../shared/compliance';
import type { Case, Party } from '../../../shared/domain/case';
import type { LetterInput } from '../../../shared/letters';
import { renderPdf } from '../../../scripts/letters/pdf.mjs';

/**
 * A hand-made case with round numbers, so the expected amounts are known exactly:
 * as of 2026-12-25: principal 10,000.00 + interest 1,500.00 + penalty 800.00 + compound 125.23 + fees 200.00
 * = ¥12,625.23; letter on 2026-12-30 (5 days later) projects 10,000.00 × 18% × 5 / 360 = ¥25.00 penalty,
 * total ¥12,650.23. The borrower's name has a CJK Ext B (𠮷) and an Ext A (䶮) character.
 */
const at = '2026-12-01T09:00:00+08:00';

/**
 * The shipped mainland calendar plus a 2027 that knows only 元旦 (2027-01-01): TEST DATA, not the official
 * 2027 notice. The fixture's letter of 2026-12-30 counts its 5 working days into 2027.
 */
export const TEST_CALENDAR: WorkingCalendar = {
  ...CN_MAINLAND_CALENDAR,
  id: 'test-cn',
  version: 'test',
  notices: [...CN_MAINLAND_CALENDAR.notices, { year: 2027, title: 'test only', issuedOn: '2026-11-01', checkedAgainst: 'test fixture', holidays: ['2027-01-01'], workdays: [] }],
};

export const BORROWER: Party = {
  id: 'p-borrower',
  role: 'borrower',
  name: '𠮷䶮明',
  idNumber: '310101199001011234',
  guaranteeType: null,
  phones: [{ id: 'ph1', source: 'core_banking', addedAt: at, retiredAt: null, retiredReason: null, number: '13812345678', kind: 'mobile' }],
  addresses: [
    { id: 'a-old', source: 'core_banking', addedAt: at, retiredAt: at, retiredReason: '已搬离', kind: 'home', province: '上海市', city: '上海市', district: '徐汇区', line: '旧址路1号', postcode: '200030' },
    { id: 'a-home', source: 'core_banking', addedAt: at, retiredAt: null, retiredReason: null, kind: 'home', province: '上海市', city: '上海市', district: '浦东新区', line: '张杨路500号12楼1201室', postcode: '200122' },
  ],
};

export const GUARANTOR: Party = {
  id: 'p-guarantor',
  role: 'guarantor',
  name: '李保国',
  idNumber: '110105198505052345',
  guaranteeType: 'joint',
  phones: [],
  addresses: [{ id: 'a-g', source: 'core_banking', addedAt: at, retiredAt: null, retiredReason: null, kind: 'mailing', province: '北京市', city: '北京市', district: '朝阳区', line: '建国路88号', postcode: '100022' }],
};

export function fixtureCase(over: Partial<Case> = {}): Case {
  return {
    id: 'case-1',
    caseNumber: 'DEMO-310115-000042',
    parties: [BORROWER, GUARANTOR],
    accounts: [
      {
        id: 'acc-1',
        product: 'consumer_loan',
        accountNumber: '6222020012345678',
        contractNumber: 'GRXF2025310115000042',
        originalPrincipalFen: 5_000_000,
        amounts: { principalFen: 1_000_000, interestFen: 150_000, penaltyFen: 80_000, compoundFen: 12_523, feesFen: 20_000 },
        contractRateBps: 1200,
        penaltyRateBps: 1800,
        dpd: 95,
        overdueSince: '2026-09-21',
        maturityDate: '2027-06-30',
        classification: 'substandard',
        snapshotDate: '2026-12-25',
      },
    ],
    assignment: { branchCode: '310115', branchName: '上海浦东支行', officerId: 'o1', officerName: '陈静', assignedAt: at },
    status: 'contacting',
    holdReason: null,
    risk: 'medium',
    timeZone: 'Asia/Shanghai',
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

export function fixtureInput(over: Partial<LetterInput> = {}): LetterInput {
  return {
    type: 'demand_notice',
    language: 'zh-CN',
    case: fixtureCase(),
    partyId: BORROWER.id,
    issueDate: '2026-12-30',
    branch: {
      code: '310115',
      name: '示例商业银行上海浦东支行',
      address: '上海市浦东新区世纪大道100号',
      postcode: '200120',
      phone: '021-58880000',
      disputePhone: '021-58881111',
      repayChannels: ['本行手机银行 App', '各营业网点柜面'],
    },
    serial: { branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: 123 },
    noticeCount: 2,
    deadlineWorkingDays: 5,
    calendar: TEST_CALENDAR,
    pack: CN_2026,
    ...over,
  };
}

export const EXPECTED = {
  number: 'CS-310115-2026-DK7Q2M-000123',
  totalFigures: '¥12,650.23',
  totalCapitals: '人民币壹万贰仟陆佰伍拾元贰角叁分',
  asOfTotal: '¥12,625.23',
  projected: '¥25.00',
  deadline: '2027年1月7日',
  asOf: '2026年12月25日',
};

const has = (cmd: string): boolean => {
  try {
    execFileSync(cmd, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
/** poppler-utils (pdftotext, pdffonts): CI installs it; elsewhere the PDF-text tests skip and say so. */
export const POPPLER = has('pdftotext') && has('pdffonts');
if (!POPPLER) console.warn('letters: pdftotext/pdffonts (poppler-utils) not found — PDF text tests are SKIPPED. Install poppler-utils to run them.');

const dir = mkdtempSync(join(tmpdir(), 'letters-test-'));
let n = 0;

export interface RenderedPdf {
  bytes: Uint8Array;
  path: string;
  /** pdftotext output (reading order). */
  text: string;
  /** The same with all white space removed, for matching text that wraps. */
  flat: string;
  pages: number;
}

export async function renderToPdf(doc: object): Promise<RenderedPdf> {
  const bytes = await renderPdf(doc);
  const path = join(dir, `letter-${++n}.pdf`);
  writeFileSync(path, bytes);
  const text = POPPLER ? execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }) : '';
  const pages = text.split('\f').length - 1; // pdftotext ends every page with a form feed
  return { bytes, path, text, flat: text.replace(/\s+/g, ''), pages };
}

export const pdffonts = (path: string): string => execFileSync('pdffonts', [path], { encoding: 'utf8' });
