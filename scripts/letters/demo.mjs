// Demo inputs for the letters CLI: branch contact data, and a plausible receipt or plan for a demo case.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The shared/ TypeScript through Vite's module runner (as bench/cases/pure.mjs does). */
export async function loadShared() {
  const load = async (path) => (await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'error', root })).module;
  const [letters, demo, compliance, fieldwork, limitation, calendar] = await Promise.all([
    load('shared/letters/index.ts'),
    load('shared/demo/index.ts'),
    load('shared/compliance/index.ts'),
    load('shared/fieldwork/index.ts'),
    load('shared/limitation/index.ts'),
    load('shared/calendar/index.ts'),
  ]);
  return { letters, demo, compliance, fieldwork, limitation, calendar };
}

export const DEMO_SEED = 20261123;
export const BANK_NAME = '示例商业银行';

/** Street addresses and phones for the demo branches (made up, plausible). */
const CONTACTS = {
  310115: { street: '上海市浦东新区世纪大道100号', postcode: '200120', phone: '021-58880000', disputePhone: '021-58881111' },
  110105: { street: '北京市朝阳区建国路88号', postcode: '100022', phone: '010-65880000', disputePhone: '010-65881111' },
  440106: { street: '广州市天河区天河路208号', postcode: '510620', phone: '020-38880000', disputePhone: '020-38881111' },
  330106: { street: '杭州市西湖区文三路398号', postcode: '310013', phone: '0571-88880000', disputePhone: '0571-88881111' },
  510107: { street: '成都市武侯区人民南路四段12号', postcode: '610041', phone: '028-85880000', disputePhone: '028-85881111' },
};

export function demoBranch(shared, code) {
  const b = shared.demo.DEMO_BRANCHES.find((x) => x.code === code) ?? shared.demo.DEMO_BRANCHES[0];
  const c = CONTACTS[b.code];
  return {
    code: b.code,
    name: `${BANK_NAME}${b.name}`,
    address: c.street,
    postcode: c.postcode,
    phone: c.phone,
    disputePhone: c.disputePhone,
    repayChannels: ['本行手机银行 App', '网上银行', '各营业网点柜面', `客服电话 ${c.phone}`],
  };
}

/** A cash receipt for about a tenth of the balance, taken the day before the letter date at 15:20 Beijing time. */
export function demoReceipt(shared, kase, payer, date, counter) {
  const total = kase.accounts.reduce((s, a) => s + Object.values(a.amounts).reduce((x, y) => x + y, 0), 0);
  const amountFen = Math.max(100, Math.round(total / 1000) * 100);
  const day = shared.calendar.addDays(date, -1);
  return {
    id: `demo-receipt-${kase.id}`,
    number: shared.fieldwork.formatReceiptNumber('DK7Q2M', day.replaceAll('-', ''), counter),
    caseId: kase.id,
    payerName: payer.name,
    amountFen,
    method: 'cash',
    receivedAt: `${day}T15:20:00+08:00`,
    userId: kase.assignment.officerId ?? 'demo-officer',
    deviceId: 'DK7Q2M',
    voided: null,
  };
}

/** The whole balance in a down payment and 6 monthly instalments, no waiver (so no approval is needed). */
export function demoPlan(shared, kase, date) {
  const outstandingFen = kase.accounts.reduce((s, a) => s + Object.values(a.amounts).reduce((x, y) => x + y, 0), 0);
  const downPaymentFen = Math.round(outstandingFen / 10 / 100) * 100;
  const instalments = shared.fieldwork.buildSchedule({ totalFen: outstandingFen, downPaymentFen, count: 6, firstDueDate: shared.calendar.addDays(date, 7), interval: 'monthly' });
  return shared.fieldwork.draftPlan(
    { id: `demo-plan-${kase.id}`, caseId: kase.id, outstandingFen, instalments, kind: 'equal', createdAt: `${date}T10:00:00+08:00`, makerId: kase.assignment.officerId ?? 'demo-officer' },
    0,
  );
}

/**
 * The guarantee status of a demo guarantor from the limitation engine (shared/limitation). A demo case has no
 * recorded field work, so only the guarantee's own dates count; the strictest of its accounts decides.
 */
export function demoGuarantee(shared, kase, guarantor, date) {
  const results = shared.limitation.guaranteeFor(kase, [], date).filter((g) => g.partyId === guarantor.id);
  const verdicts = results.map((g) => shared.limitation.guarantorLetterAllowed(g, date));
  const worst = verdicts.find((v) => !v.allowed) ?? verdicts.find((v) => v.code !== 'ok') ?? verdicts[0];
  return worst ? { allowed: worst.allowed, code: worst.code, daysLeft: worst.daysLeft ?? 0 } : { allowed: false, code: 'unknown_period', daysLeft: 0 };
}

/** The recipient a letter type goes to in a demo case (undefined when the case has none, e.g. no guarantor). */
export function recipientFor(kase, type) {
  const role = type === 'guarantor_demand' ? 'guarantor' : 'borrower';
  return kase.parties.find((p) => p.role === role);
}

/** The letter input for demo case `kase`; `counter` numbers the letter (and the receipt). */
export function demoInput(shared, kase, { type, lang, date, counter, noticeCount = type === 'final_demand' ? 3 : 1 }) {
  const party = recipientFor(kase, type);
  if (!party) return { error: type === 'guarantor_demand' ? 'no_guarantor' : 'no_recipient' };
  const branch = demoBranch(shared, kase.assignment.branchCode);
  const input = {
    type,
    language: lang,
    case: kase,
    partyId: party.id,
    issueDate: date,
    branch,
    serial: { branchCode: branch.code, year: Number(date.slice(0, 4)), deviceCode: 'DK7Q2M', counter },
    noticeCount,
    deadlineWorkingDays: 5,
    calendar: shared.calendar.CN_MAINLAND_CALENDAR,
    pack: shared.compliance.CN_2026,
  };
  if (type === 'field_receipt') input.receipt = demoReceipt(shared, kase, party, date, counter);
  if (type === 'plan_confirmation') input.plan = demoPlan(shared, kase, date);
  if (type === 'guarantor_demand') input.guarantee = demoGuarantee(shared, kase, party, date);
  return { input };
}
