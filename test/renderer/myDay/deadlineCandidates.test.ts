import { describe, expect, it } from 'vitest';
import { generateCase } from '../../../shared/demo';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import { computeMyDay, deadlineCandidates } from '../../../renderer/src/myDay/computeMyDay';

const records = { promises: [], payments: [], plans: [], visits: [], letters: [], latestActivities: [] };

describe("My day's limitation pre-filter", () => {
  it.each(['2026-11-23', '2027-06-30', '2029-01-15'])('on %s lists exactly the deadlines a full read would', (today) => {
    const cases = Array.from({ length: 600 }, (_, i) => generateCase(20261123, i, { snapshotDate: '2026-11-20' }));
    const rows = cases.map(summarizeCase);
    const candidates = new Set(deadlineCandidates(rows, today).map((r) => r.id));
    const full = computeMyDay(rows, records, today, new Date(`${today}T02:00:00Z`), 3, 'Asia/Shanghai', cases);
    const filtered = computeMyDay(rows, records, today, new Date(`${today}T02:00:00Z`), 3, 'Asia/Shanghai', cases.filter((c) => candidates.has(c.id)));
    expect(filtered).toEqual(full);
    // It must actually skip something, or it is no filter.
    expect(candidates.size).toBeLessThan(rows.length);
    expect(full.some((e) => e.kinds.includes('limitation_expiring') || e.kinds.includes('guarantee_expiring'))).toBe(true);
  });
});
