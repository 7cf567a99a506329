import type { Db } from '../../db/types';
import { DEMO_BRANCHES } from '../../../shared/demo';
import { CALENDAR_2027_PROVISIONAL, demoLetterhead } from '../../../shared/publishedConfig/demo';
import { CalendarYearSchema, LetterheadSchema } from '../../../shared/publishedConfig';
import { publishConfig } from './store';

/**
 * The demo head office's first publications (with the demo portfolio): a letterhead for each demo branch that has
 * none yet, so devices of the demo branches print letters, and the provisional 2027 calendar if 2027 has none.
 * Published by the demo admin, checked by the same schemas as the console's.
 */
export async function seedDemoConfiguration(db: Db, nowIso: string, by = 'demo-admin'): Promise<number> {
  let published = 0;
  const has = async (kind: string, scope: string, key: string) => (await db.query('SELECT 1 FROM published_configs WHERE kind = $1 AND scope = $2 AND key = $3 LIMIT 1', [kind, scope, key])).rows.length > 0;
  for (const b of DEMO_BRANCHES) {
    const head = demoLetterhead(b.code);
    if (!head) continue;
    // The branch record (the console's 网点 page) says what its letterhead says, where nobody has set it yet.
    await db.query(`UPDATE branches SET address = $2, postcode = $3, phone = $4 WHERE code = $1 AND address = ''`, [b.code, head.address, head.postcode, head.phone]);
    await db.query(
      `INSERT INTO branch_accounts (branch_code, position, account_name, account_number, bank)
       SELECT $1, 0, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM branch_accounts WHERE branch_code = $1)`,
      [b.code, head.repayAccount.name, head.repayAccount.number, head.repayAccount.bank],
    );
    if (await has('letterhead', b.code, '')) continue;
    await publishConfig(db, 'letterhead', b.code, '', LetterheadSchema.parse(head), by, nowIso);
    published++;
  }
  if (!(await has('calendar', 'bank', '2027'))) {
    await publishConfig(db, 'calendar', 'bank', '2027', CalendarYearSchema.parse(CALENDAR_2027_PROVISIONAL), by, nowIso);
    published++;
  }
  return published;
}
