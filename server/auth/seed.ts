import type { Role } from '../../shared/domain/staff';
import { DEMO_BRANCHES } from '../../shared/demo/branches';
import { DEMO_STAFF } from '../../shared/demo/staff';
import type { Db } from '../db/types';
import { DEFAULT_KDF, hashPassword, type KdfParams } from './password';

/** Every demo user's password (docs/server.md). Demo only: a real organisation is never seeded with it. */
export const DEMO_PASSWORD = 'demo1234';

export const HEAD_OFFICE_BRANCH = { code: '000000', name: '总行资产保全部' } as const;
export const DEMO_ADMIN = { id: 'demo-admin', name: '总行管理员', role: 'head_office_admin' as const, branchCode: HEAD_OFFICE_BRANCH.code };

export interface DemoUser {
  id: string;
  name: string;
  role: Role;
  branchCode: string;
}

/** The demo staff (shared/demo/staff.ts) plus one head-office admin. */
export const DEMO_USERS: readonly DemoUser[] = [...DEMO_STAFF, DEMO_ADMIN];

/**
 * Seeds the demo branches and users. Idempotent: existing rows are left as they are (a password someone
 * changed stays changed). Returns the users that exist afterwards.
 */
export async function seedDemoOrganisation(db: Db, options: { password?: string; kdf?: KdfParams } = {}): Promise<DemoUser[]> {
  const password = options.password ?? DEMO_PASSWORD;
  // scrypt runs on libuv's thread pool, so the hashes are made in parallel, outside the transaction.
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(password, options.kdf ?? DEFAULT_KDF)));
  await db.transaction(async (tx) => {
    for (const b of [HEAD_OFFICE_BRANCH, ...DEMO_BRANCHES]) {
      await tx.query('INSERT INTO branches (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING', [b.code, b.name]);
    }
    for (const [i, u] of DEMO_USERS.entries()) {
      await tx.query(
        'INSERT INTO users (id, branch_code, name, role, password_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING',
        [u.id, u.branchCode, u.name, u.role, hashes[i]],
      );
    }
  });
  return [...DEMO_USERS];
}

/** How many users exist: the start command seeds the demo organisation into an empty embedded database. */
export async function countUsers(db: Db): Promise<number> {
  const res = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM users');
  return res.rows[0]?.n ?? 0;
}
