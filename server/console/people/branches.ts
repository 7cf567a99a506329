import type { Branch, BranchDetails } from '../../../shared/people/api';
import type { Db, Queryable } from '../../db/types';
import { HttpError } from '../../http/errors';

/** Branches as head office keeps them (docs/server.md, "People and devices"); null reader branch: all of them. */
export async function listBranches(db: Queryable, onlyCode: string | null): Promise<Branch[]> {
  const branches = await db.query<{ code: string; name: string; address: string; postcode: string; phone: string; rule_pack: string; user_count: number }>(
    `SELECT b.code, b.name, b.address, b.postcode, b.phone, b.rule_pack,
            (SELECT count(*)::integer FROM users u WHERE u.branch_code = b.code) AS user_count
       FROM branches b
      WHERE $1::text IS NULL OR b.code = $1
      ORDER BY b.code`,
    [onlyCode],
  );
  const accounts = await db.query<{ branch_code: string; account_name: string; account_number: string; bank: string }>(
    `SELECT branch_code, account_name, account_number, bank FROM branch_accounts WHERE $1::text IS NULL OR branch_code = $1 ORDER BY branch_code, position`,
    [onlyCode],
  );
  return branches.rows.map((b) => ({
    code: b.code,
    name: b.name,
    address: b.address,
    postcode: b.postcode,
    phone: b.phone,
    rulePack: b.rule_pack,
    userCount: b.user_count,
    accounts: accounts.rows.filter((a) => a.branch_code === b.code).map((a) => ({ accountName: a.account_name, accountNumber: a.account_number, bank: a.bank })),
  }));
}

async function writeAccounts(tx: Queryable, code: string, details: BranchDetails): Promise<void> {
  await tx.query('DELETE FROM branch_accounts WHERE branch_code = $1', [code]);
  for (const [position, a] of details.accounts.entries()) {
    await tx.query('INSERT INTO branch_accounts (branch_code, position, account_name, account_number, bank) VALUES ($1, $2, $3, $4, $5)', [code, position, a.accountName, a.accountNumber, a.bank]);
  }
}

/** Replaces a branch's details and accounts in one transaction; 404 for a branch that does not exist. */
export async function updateBranch(db: Db, code: string, details: BranchDetails): Promise<Branch> {
  await db.transaction(async (tx) => {
    const res = await tx.query('UPDATE branches SET name = $2, address = $3, postcode = $4, phone = $5, rule_pack = $6 WHERE code = $1', [
      code,
      details.name,
      details.address,
      details.postcode,
      details.phone,
      details.rulePack,
    ]);
    if (res.rowCount === 0) throw new HttpError(404, 'not_found', `there is no branch ${code}`);
    await writeAccounts(tx, code, details);
  });
  return (await listBranches(db, code))[0]!;
}

/** A new branch; 409 branch_exists when the code is taken. */
export async function createBranch(db: Db, code: string, details: BranchDetails): Promise<Branch> {
  await db.transaction(async (tx) => {
    const res = await tx.query(
      'INSERT INTO branches (code, name, address, postcode, phone, rule_pack) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING',
      [code, details.name, details.address, details.postcode, details.phone, details.rulePack],
    );
    if (res.rowCount === 0) throw new HttpError(409, 'branch_exists', `branch ${code} exists already`);
    await writeAccounts(tx, code, details);
  });
  return (await listBranches(db, code))[0]!;
}
