import { describe, expect, it } from 'vitest';
import { Tally } from '../../../server/import/tally';

describe('Tally: an import counted in total and by branch, and its plan digest', () => {
  it('counts each outcome under its branch, rejected rows too, branches in code order', () => {
    const t = new Tally();
    t.add('new', 'case-A', '310115');
    t.add('updated', 'case-B', '110105');
    t.add('rejected', 'case-C', '310115', 3);
    t.add('closed', 'case-D', '110105');
    expect(t.counts).toEqual({ new: 1, updated: 1, unchanged: 0, closed: 1, rejected: 1, rejectedRows: 3 });
    expect(t.branches()).toEqual([
      { branchCode: '110105', new: 0, updated: 1, unchanged: 0, closed: 1, rejected: 0, rejectedRows: 0 },
      { branchCode: '310115', new: 1, updated: 0, unchanged: 0, closed: 0, rejected: 1, rejectedRows: 3 },
    ]);
  });

  it('the digest is the same for the same plan in any order, and differs when any case’s outcome or branch does', () => {
    const of = (entries: [Parameters<Tally['add']>[0], string, string][]) => {
      const t = new Tally();
      for (const [o, id, b] of entries) t.add(o, id, b);
      return t.digest();
    };
    const plan: [Parameters<Tally['add']>[0], string, string][] = [['new', 'case-A', '1'], ['unchanged', 'case-B', '1'], ['closed', 'case-C', '2']];
    expect(of([...plan].reverse())).toBe(of(plan));
    expect(of([['updated', 'case-A', '1'], plan[1]!, plan[2]!])).not.toBe(of(plan));
    expect(of([['new', 'case-A', '2'], plan[1]!, plan[2]!])).not.toBe(of(plan));
    expect(of(plan.slice(0, 2))).not.toBe(of(plan));
    expect(of(plan)).toMatch(/^[0-9a-f]{64}$/);
  });
});
