import type { Staff } from '../domain/staff';
import { DEMO_BRANCHES, DEMO_OFFICERS } from './branches';

const SUPERVISORS: Record<string, string> = { '310115': '陈建国', '110105': '马秀兰', '440106': '郭振华', '330106': '钱文静', '510107': '宋志刚' };
const CLERKS: Record<string, string> = { '310115': '蒋晓雯', '110105': '韩磊', '440106': '冯婉婷', '330106': '曹宇', '510107': '彭丽' };

/** Demo staff: the officers as collectors, and a supervisor and a clerk per branch, for maker-checker. */
export const DEMO_STAFF: readonly Staff[] = [
  ...DEMO_OFFICERS.map((o) => ({ id: o.id, name: o.name, role: 'collector' as const, branchCode: o.branchCode })),
  ...DEMO_BRANCHES.flatMap((b) => [
    { id: `demo-supervisor-${b.code}`, name: SUPERVISORS[b.code] ?? '主管', role: 'supervisor' as const, branchCode: b.code },
    { id: `demo-clerk-${b.code}`, name: CLERKS[b.code] ?? '柜员', role: 'clerk' as const, branchCode: b.code },
  ]),
];
