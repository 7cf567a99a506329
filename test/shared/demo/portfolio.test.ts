import { describe, expect, it } from 'vitest';
import { CaseSchema, PRODUCTS, type Case } from '../../../shared/domain/case';
import { DEMO_BRANCHES, DEMO_OFFICERS, generateCase, generatePortfolio, iteratePortfolio } from '../../../shared/demo';

const SNAPSHOT = '2026-11-20';
const opts = { snapshotDate: SNAPSHOT };

// Built once: the checks below read the same 2,000 cases (the first 1,000 are "1,000 cases").
const cases2000 = generatePortfolio({ seed: 20261120, count: 2000, ...opts });
const cases1000 = cases2000.slice(0, 1000);

// Independent of the generator's own code: UTC Date arithmetic and the MOD 11-2 definition.
const dayOf = (d: string): number => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
function validResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  // ISO 7064 MOD 11-2: sum of a_i * 2^(i-1) over all 18 positions (i counted from the right, X = 10) ≡ 1 mod 11.
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const c = id[17 - i] as string;
    sum += (c === 'X' ? 10 : Number(c)) * (2 ** i % 11);
  }
  return sum % 11 === 1;
}
function validBirthDate(id: string): boolean {
  const y = +id.slice(6, 10);
  const m = +id.slice(10, 12);
  const d = +id.slice(12, 14);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
const bucketOf = (dpd: number): string => (dpd === 0 ? 'M0' : dpd > 180 ? 'M6+' : `M${Math.ceil(dpd / 30)}`);
const caseDpd = (c: Case): number => Math.max(...c.accounts.map((a) => a.dpd));
const allParties = (cs: Case[]) => cs.flatMap((c) => c.parties);
const isLoanCase = (c: Case): boolean => c.accounts.some((a) => a.product !== 'credit_card');

/** Real postal prefixes (first two digits) of each province used. */
const POSTCODE_PREFIX: Record<string, string[]> = {
  北京市: ['10'], 天津市: ['30'], 河北省: ['05', '06', '07'], 山西省: ['03', '04'], 内蒙古自治区: ['01', '02'],
  辽宁省: ['11', '12'], 吉林省: ['13'], 黑龙江省: ['15', '16'], 上海市: ['20'], 江苏省: ['21', '22'],
  浙江省: ['31', '32'], 安徽省: ['23', '24'], 福建省: ['35', '36'], 江西省: ['33', '34'], 山东省: ['25', '26', '27'],
  河南省: ['45', '46', '47'], 湖北省: ['43', '44'], 湖南省: ['41', '42'], 广东省: ['51', '52'], 广西壮族自治区: ['53', '54'],
  海南省: ['57'], 重庆市: ['40'], 四川省: ['61', '62', '63', '64'], 贵州省: ['55', '56'], 云南省: ['65', '66', '67'],
  陕西省: ['71', '72'], 甘肃省: ['73', '74'], 新疆维吾尔自治区: ['83', '84'],
};

describe('determinism', () => {
  it('the same seed gives identical cases, another seed different ones', () => {
    const a = generatePortfolio({ seed: 7, count: 200, ...opts });
    expect(generatePortfolio({ seed: 7, count: 200, ...opts })).toEqual(a);
    const b = generatePortfolio({ seed: 8, count: 200, ...opts });
    expect(b).not.toEqual(a);
    // Not just one field: nearly every borrower differs.
    const same = a.filter((c, i) => c.parties[0]?.idNumber === b[i]?.parties[0]?.idNumber).length;
    expect(same).toBeLessThan(5);
    // String seeds work too, and differ from each other.
    expect(generateCase('demo', 0, opts)).toEqual(generateCase('demo', 0, opts));
    expect(generateCase('demo', 0, opts)).not.toEqual(generateCase('demo2', 0, opts));
  });

  it('case i is the same alone, in a batch of 100, or in a chunk that starts elsewhere', () => {
    const batch = generatePortfolio({ seed: 99, count: 100, ...opts });
    for (const i of [0, 1, 37, 99]) expect(generateCase(99, i, opts)).toEqual(batch[i]);
    expect([...iteratePortfolio({ seed: 99, count: 40, start: 60, ...opts })]).toEqual(batch.slice(60));
  });

  it('does not depend on the process time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = generatePortfolio({ seed: 3, count: 50, ...opts });
      process.env.TZ = 'Pacific/Kiritimati';
      expect(generatePortfolio({ seed: 3, count: 50, ...opts })).toEqual(west);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('rejects bad options', () => {
    expect(() => generatePortfolio({ seed: 1, count: 1, snapshotDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => generatePortfolio({ seed: 1, count: 1, snapshotDate: '20261120' })).toThrow(RangeError);
    expect(() => generatePortfolio({ seed: 1, count: -1, ...opts })).toThrow(RangeError);
    expect(() => generateCase(1, 1.5, opts)).toThrow(RangeError);
    expect(() => generatePortfolio({ seed: 1, count: 1, branches: [], ...opts })).toThrow(RangeError);
  });
});

describe('shape', () => {
  it('every case of 2,000 passes CaseSchema unchanged', () => {
    for (const c of cases2000) expect(CaseSchema.parse(c)).toEqual(c);
  });

  it('ids are stable, unique strings and case numbers name the branch', () => {
    expect(cases2000[122]?.id).toBe('demo-case-000123');
    const ids = new Set<string>();
    for (const c of cases2000) {
      expect(c.caseNumber).toBe(`DEMO-${c.assignment.branchCode}-${c.id.slice(-6)}`);
      for (const id of [c.id, ...c.accounts.map((a) => a.id), ...c.parties.flatMap((p) => [p.id, ...p.phones.map((x) => x.id), ...p.addresses.map((x) => x.id)])]) {
        expect(ids.has(id)).toBe(false);
        ids.add(id);
      }
    }
  });

  it('assigns cases to the demo branches and their own officers', () => {
    const branchCodes = new Set(cases2000.map((c) => c.assignment.branchCode));
    expect([...branchCodes].sort()).toEqual(DEMO_BRANCHES.map((b) => b.code).sort());
    let unassigned = 0;
    for (const c of cases2000) {
      expect(c.timeZone).toBe('Asia/Shanghai');
      const branch = DEMO_BRANCHES.find((b) => b.code === c.assignment.branchCode);
      expect(c.assignment.branchName).toBe(branch?.name);
      if (c.assignment.officerId === null) {
        unassigned++;
        expect(c.assignment.officerName).toBeNull();
      } else {
        const officer = DEMO_OFFICERS.find((o) => o.id === c.assignment.officerId);
        expect(officer?.branchCode).toBe(c.assignment.branchCode);
        expect(officer?.name).toBe(c.assignment.officerName);
      }
    }
    expect(unassigned).toBeGreaterThan(0);
    expect(unassigned).toBeLessThan(cases2000.length * 0.2);
  });

  it('honours custom branches and officers', () => {
    const branches = [{ code: '999999', name: '测试支行', province: '上海市', city: '上海市', district: '黄浦区' }];
    const officers = [{ id: 'o-1', name: '测试员', branchCode: '999999' }];
    const cs = generatePortfolio({ seed: 1, count: 50, snapshotDate: SNAPSHOT, branches, officers });
    expect(new Set(cs.map((c) => c.assignment.branchName))).toEqual(new Set(['测试支行']));
    expect(cs.every((c) => c.assignment.officerId === null || c.assignment.officerId === 'o-1')).toBe(true);
  });

  it('status and hold reason go together; most cases are new or being contacted', () => {
    for (const c of cases2000) expect(c.holdReason !== null).toBe(c.status === 'on_hold');
    const early = cases2000.filter((c) => c.status === 'new' || c.status === 'contacting').length;
    expect(early / cases2000.length).toBeGreaterThan(0.6);
    expect(new Set(cases2000.map((c) => c.status))).toEqual(new Set(['new', 'contacting', 'promised', 'on_plan', 'legal', 'on_hold']));
    expect(new Set(cases2000.map((c) => c.risk))).toEqual(new Set(['low', 'medium', 'high']));
  });

  it('no instant is later than the case update, and dates fit the snapshot', () => {
    for (const c of cases2000) {
      const updated = Date.parse(c.updatedAt);
      expect(Date.parse(c.createdAt)).toBeLessThanOrEqual(updated);
      expect(Date.parse(c.assignment.assignedAt)).toBeGreaterThanOrEqual(Date.parse(c.createdAt));
      expect(Date.parse(c.assignment.assignedAt)).toBeLessThanOrEqual(updated);
      for (const x of c.parties.flatMap((p) => [...p.phones, ...p.addresses])) {
        expect(Date.parse(x.addedAt)).toBeLessThanOrEqual(updated);
        if (x.retiredAt !== null) {
          expect(Date.parse(x.retiredAt)).toBeGreaterThan(Date.parse(x.addedAt));
          expect(Date.parse(x.retiredAt)).toBeLessThanOrEqual(updated);
          expect(x.retiredReason).toBeTruthy();
        } else expect(x.retiredReason).toBeNull();
      }
    }
  });
});

describe('accounts and money', () => {
  const accounts = cases2000.flatMap((c) => c.accounts);

  it('DPD covers every bucket M1..M6+ in 1,000 cases, and M0 accounts sit beside late ones', () => {
    const buckets = new Set(cases1000.map((c) => bucketOf(caseDpd(c))));
    for (const b of ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M6+']) expect(buckets).toContain(b);
    expect(buckets).not.toContain('M0');
    const multi = cases1000.filter((c) => c.accounts.length > 1);
    expect(multi.some((c) => c.accounts.some((a) => a.dpd === 0))).toBe(true);
    expect(cases1000.every((c) => c.accounts.length >= 1 && c.accounts.length <= 3)).toBe(true);
  });

  it('every product is present, with amounts in its range', () => {
    expect(new Set(cases1000.flatMap((c) => c.accounts.map((a) => a.product)))).toEqual(new Set(PRODUCTS));
    const range = { credit_card: [2_000, 200_000], consumer_loan: [10_000, 500_000], business_loan: [100_000, 5_000_000], mortgage: [200_000, 3_000_000] };
    for (const a of accounts) {
      const [lo, hi] = range[a.product];
      expect(a.amounts.principalFen).toBeGreaterThanOrEqual((lo as number) * 100);
      expect(a.amounts.principalFen).toBeLessThanOrEqual((hi as number) * 100);
      expect(a.originalPrincipalFen).toBeGreaterThanOrEqual(a.amounts.principalFen);
    }
  });

  it('all amounts are non-negative integer fen', () => {
    for (const a of accounts) {
      for (const v of [a.originalPrincipalFen, ...Object.values(a.amounts)]) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('rates, interest and penalty follow the DPD', () => {
    for (const a of accounts) {
      expect(a.penaltyRateBps).toBeGreaterThanOrEqual(a.contractRateBps * 1.3 - 1);
      expect(a.penaltyRateBps).toBeLessThanOrEqual(a.contractRateBps * 1.5 + 1);
      expect(a.snapshotDate).toBe(SNAPSHOT);
      if (a.dpd === 0) {
        expect(a.overdueSince).toBeNull();
        expect(a.amounts.penaltyFen + a.amounts.compoundFen).toBe(0);
        continue;
      }
      expect(dayOf(SNAPSHOT) - dayOf(a.overdueSince as string)).toBe(a.dpd);
      const penalty = (a.amounts.principalFen * a.penaltyRateBps * a.dpd) / 10_000 / 360;
      expect(Math.abs(a.amounts.penaltyFen - penalty)).toBeLessThanOrEqual(1);
      const interest = (a.amounts.principalFen * a.contractRateBps * a.dpd) / 10_000 / 360;
      expect(Math.abs(a.amounts.interestFen - interest)).toBeLessThanOrEqual(1);
      expect(a.amounts.compoundFen).toBeLessThanOrEqual(a.amounts.interestFen);
    }
  });

  it('cards have no maturity, loans do, and a missed bullet repayment fell due on its maturity date', () => {
    for (const a of accounts) {
      if (a.product === 'credit_card') expect(a.maturityDate).toBeNull();
      else expect(a.maturityDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(accounts.some((a) => a.overdueSince !== null && a.overdueSince === a.maturityDate)).toBe(true);
  });

  it('five-category classification agrees with DPD', () => {
    for (const a of accounts) {
      if (a.dpd === 0) expect(a.classification).toBe('pass');
      if (a.dpd > 0 && a.dpd <= 60) expect(['pass', 'special_mention']).toContain(a.classification);
      if (a.dpd > 90) expect(['substandard', 'doubtful', 'loss']).toContain(a.classification);
      if (a.dpd > 270) expect(['doubtful', 'loss']).toContain(a.classification);
      if (a.dpd > 360) expect(a.classification).toBe('loss');
    }
    expect(new Set(accounts.map((a) => a.classification))).toEqual(new Set(['pass', 'special_mention', 'substandard', 'doubtful', 'loss']));
  });
});

describe('parties', () => {
  it('every ID number has a valid check character and birth date, and is an adult', () => {
    for (const c of cases2000) {
      for (const p of c.parties) {
        expect(validResidentId(p.idNumber), p.idNumber).toBe(true);
        expect(validBirthDate(p.idNumber), p.idNumber).toBe(true);
        const birth = `${p.idNumber.slice(6, 10)}-${p.idNumber.slice(10, 12)}-${p.idNumber.slice(12, 14)}`;
        expect(dayOf(SNAPSHOT) - dayOf(birth)).toBeGreaterThan(18 * 365);
      }
    }
    // The checker itself rejects a wrong check character.
    const id = cases2000[0]?.parties[0]?.idNumber as string;
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(validResidentId(wrong)).toBe(false);
  });

  it('guarantors are on 20-40% of loan cases, never on card-only cases, with a guarantee type', () => {
    const loanCases = cases1000.filter(isLoanCase);
    const guaranteed = loanCases.filter((c) => c.parties.some((p) => p.role === 'guarantor'));
    expect(guaranteed.length / loanCases.length).toBeGreaterThanOrEqual(0.2);
    expect(guaranteed.length / loanCases.length).toBeLessThanOrEqual(0.4);
    expect(cases1000.filter((c) => !isLoanCase(c)).every((c) => c.parties.every((p) => p.role !== 'guarantor'))).toBe(true);
    for (const p of allParties(cases1000)) expect(p.guaranteeType !== null).toBe(p.role === 'guarantor');
    const types = new Set(allParties(cases1000).map((p) => p.guaranteeType));
    expect(types).toContain('joint');
    expect(types).toContain('general');
  });

  it('mortgages bring co-borrowers and mortgagors', () => {
    const mortgages = cases1000.filter((c) => c.accounts.some((a) => a.product === 'mortgage'));
    expect(mortgages.some((c) => c.parties.some((p) => p.role === 'co_borrower'))).toBe(true);
    expect(mortgages.some((c) => c.parties.some((p) => p.role === 'mortgagor'))).toBe(true);
    expect(cases1000.every((c) => c.parties[0]?.role === 'borrower')).toBe(true);
  });

  it('𠮷 and 䶮 both appear in 1,000 cases, for several seeds, as do compound surnames', () => {
    for (const seed of [20261120, 1, 'demo']) {
      const names = allParties(seed === 20261120 ? cases1000 : generatePortfolio({ seed, count: 1000, ...opts })).map((p) => p.name);
      expect(names.some((n) => n.startsWith('𠮷')), `𠮷 with seed ${seed}`).toBe(true);
      expect(names.some((n) => n.includes('䶮')), `䶮 with seed ${seed}`).toBe(true);
      expect(names.some((n) => /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容)/.test(n)), `compound with seed ${seed}`).toBe(true);
    }
    // 𠮷 is outside the BMP: two UTF-16 code units.
    expect('𠮷'.length).toBe(2);
    const names = allParties(cases1000).map((p) => p.name);
    // Rare, not common: well under 2% of names each.
    expect(names.filter((n) => n.startsWith('𠮷')).length).toBeLessThan(names.length * 0.02);
    for (const n of names) expect([...n].length).toBeGreaterThanOrEqual(2);
  });

  it('phones: 1-3 per party, mobiles and landlines, some retired', () => {
    const phones = allParties(cases1000).flatMap((p) => {
      expect(p.phones.length).toBeGreaterThanOrEqual(1);
      expect(p.phones.length).toBeLessThanOrEqual(3);
      return p.phones;
    });
    for (const ph of phones) {
      if (ph.kind === 'mobile') expect(ph.number).toMatch(/^1[3-9]\d{9}$/);
      else expect(ph.number).toMatch(/^0\d{2,3}-[2-8]\d{7}$/);
    }
    expect(phones.some((ph) => ph.kind !== 'mobile')).toBe(true);
    const retired = phones.filter((ph) => ph.retiredAt !== null).length;
    expect(retired).toBeGreaterThan(phones.length * 0.05);
    expect(retired).toBeLessThan(phones.length * 0.4);
    expect(new Set(phones.map((ph) => ph.source))).toEqual(new Set(['core_banking', 'skip_trace', 'collector', 'customer']));
  });

  it('addresses: 1-2 per party, 15+ provinces, postcodes with the province prefix', () => {
    const addresses = allParties(cases1000).flatMap((p) => {
      expect(p.addresses.length).toBeGreaterThanOrEqual(1);
      expect(p.addresses.length).toBeLessThanOrEqual(2);
      expect(p.addresses[0]?.kind).toBe('home');
      return p.addresses;
    });
    const provinces = new Set(addresses.map((a) => a.province));
    expect(provinces.size).toBeGreaterThanOrEqual(15);
    for (const a of addresses) {
      expect(POSTCODE_PREFIX[a.province], a.province).toBeDefined();
      expect(POSTCODE_PREFIX[a.province]).toContain(a.postcode.slice(0, 2));
      expect(a.city.length).toBeGreaterThan(1);
      expect(a.district.length).toBeGreaterThan(1);
      expect(a.line).toMatch(/\d+号/);
    }
  });
});

describe('volume', () => {
  it('generates 100,000 cases by index without keeping them', () => {
    const t0 = performance.now();
    let n = 0;
    let accounts = 0;
    for (const c of iteratePortfolio({ seed: 1, count: 100_000, ...opts })) {
      n++;
      accounts += c.accounts.length;
    }
    const ms = performance.now() - t0;
    // Measured, not asserted (shared machines are noisy): see bench/ for numbers that count.
    console.info(`100,000 demo cases (${accounts} accounts) in ${Math.round(ms)} ms`);
    expect(n).toBe(100_000);
  });
});
