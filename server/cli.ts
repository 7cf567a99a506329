import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDemoConfiguration } from './console/config/demoSeed';
import { countUsers, DEMO_PASSWORD, DEMO_USERS, seedDemoOrganisation, type DemoUser } from './auth/seed';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/open';
import type { Db } from './db/types';
import { importFile, reassignCase, ReassignError, type ImportResult } from './import/apply';
import { newImportId, recordImport } from './import/history';
import { languageOf } from './import/messages';
import { importSummary } from './import/summary';
import { importPaymentsCommand } from './payments/command';
import { DEMO_PORTFOLIO_CASES, importDemoPortfolio } from './import/demoPortfolio';
import { closeOnSignals, startServer } from './main';

const USAGE = `usage:
  npm run server [-- --cases N]  start the head-office service (PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL,
                                 ALLOWED_ORIGINS); a fresh embedded database gets the demo organisation and
                                 a demo portfolio of N cases (default ${DEMO_PORTFOLIO_CASES})
  npm run server -- seed-demo [--cases N]
                                 add the demo branches and users (password ${DEMO_PASSWORD}) and the demo
                                 portfolio (N cases, default ${DEMO_PORTFOLIO_CASES}; 0 for none) and exit
  npm run server -- import FILE [--dry-run] [--confirm-closures N] [--replay-older-snapshot] [--sheet NAME] [--lang zh-CN|en]
                                 import a core-banking extract (CSV UTF-8/GB18030 or XLSX, docs/import-format.md);
                                 prints counts, writes FILE.rejections.csv (and FILE.closures.csv: the cases it
                                 settles); --dry-run writes nothing. Settling more than 3 % of the open cases
                                 needs --confirm-closures with the number the dry run showed; an extract older
                                 than the last one imported needs --replay-older-snapshot
  npm run server -- import-payments FILE [--dry-run] [--sheet NAME] [--lang zh-CN|en]
                                 import core banking's daily repayment extract (docs/import-format.md, "Repayment
                                 extract"): each transaction once, as a payment of its case sent to the devices
                                 holding it; prints counts and writes FILE.rejections.csv; --dry-run writes nothing
  npm run server -- reassign CASE_ID OFFICER_ID
                                 move a case to an officer (and the officer's branch)
  npm run server -- help
See docs/server.md.`;

const ROLE_LABEL: Record<DemoUser['role'], string> = { collector: '催收员', clerk: '柜员', supervisor: '主管', head_office_admin: '总行管理员' };

function printUsers(users: readonly DemoUser[]): void {
  console.log(`demo users (password ${DEMO_PASSWORD} for every one):`);
  console.log(`  ${'user id'.padEnd(28)} branch  role / name`);
  for (const u of users) console.log(`  ${u.id.padEnd(28)} ${u.branchCode}  ${ROLE_LABEL[u.role]} ${u.name}  ${DEMO_PASSWORD}`);
}

/** Loads the demo portfolio through the import and says what it did and how long it took. */
async function seedPortfolio(db: Db, cases: number): Promise<ImportResult> {
  const started = performance.now();
  const result = await importDemoPortfolio(db, { cases });
  const c = result.counts;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`demo portfolio: ${cases} cases imported in ${seconds} s (new ${c.new}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected})`);
  if (result.fileError) console.error(`demo portfolio refused: ${result.fileError}`);
  else console.log(`demo configuration: ${await seedDemoConfiguration(db, new Date().toISOString())} versions published (letterheads, 2027 calendar)`);
  return result;
}

async function hasCases(db: Db): Promise<boolean> {
  return (await db.query('SELECT 1 FROM cases LIMIT 1')).rows.length > 0;
}

function casesOption(value: string | undefined): number | null {
  if (value === undefined) return DEMO_PORTFOLIO_CASES;
  const n = Number(value);
  return /^\d+$/.test(value) && n <= 200_000 ? n : null;
}

/** The exit code (0 done, 2 bad configuration or usage), or 'running' while the service serves. */
export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<number | 'running'> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'dry-run': { type: 'boolean' },
      'confirm-closures': { type: 'string' },
      'replay-older-snapshot': { type: 'boolean' },
      sheet: { type: 'string' },
      lang: { type: 'string' },
      cases: { type: 'string' },
    },
  });
  const command = positionals[0] ?? 'start';
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'start' && command !== 'seed-demo' && command !== 'import' && command !== 'import-payments' && command !== 'reassign') {
    console.error(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
    return 2;
  }
  const demoCases = casesOption(values.cases);
  if (demoCases === null) {
    console.error(`--cases must be a whole number from 0 to 200000, not ${JSON.stringify(values.cases)}`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }

  if (command === 'import-payments') {
    const args = positionals.slice(1);
    if (args.length !== 1) {
      console.error(USAGE);
      return 2;
    }
    const db = await openDatabase(config);
    try {
      return await importPaymentsCommand(db, args[0]!, { dryRun: values['dry-run'] ?? false, sheet: values.sheet, lang: languageOf(values.lang ?? env.LANG) });
    } finally {
      await db.close();
    }
  }

  if (command === 'import' || command === 'reassign') {
    const args = positionals.slice(1);
    if ((command === 'import' && args.length !== 1) || (command === 'reassign' && args.length !== 2)) {
      console.error(USAGE);
      return 2;
    }
    const db = await openDatabase(config);
    try {
      if (command === 'reassign') {
        try {
          const outcome = await reassignCase(db, args[0]!, args[1]!);
          console.log(outcome === 'reassigned' ? `case ${args[0]} reassigned to ${args[1]}` : `case ${args[0]} is already assigned to ${args[1]}`);
          return 0;
        } catch (err) {
          if (!(err instanceof ReassignError)) throw err;
          console.error(err.message);
          return 1;
        }
      }
      const confirm = values['confirm-closures'];
      if (confirm !== undefined && !/^\d{1,7}$/.test(confirm)) {
        console.error(`--confirm-closures takes the number of closures the dry run showed, not ${JSON.stringify(confirm)}`);
        return 2;
      }
      const lang = languageOf(values.lang ?? env.LANG);
      const result = await importFile(db, args[0]!, {
        dryRun: values['dry-run'] ?? false,
        confirmClosures: confirm === undefined ? undefined : Number(confirm),
        replayOlderSnapshot: values['replay-older-snapshot'] ?? false,
        sheet: values.sheet,
        lang,
      });
      // The import history (migration 14) lists the CLI's imports too, by 'cli'.
      const status = result.fileError ? 'refused' : result.dryRun ? 'dry_run' : 'applied';
      await recordImport(db, { id: newImportId(), file: { fileName: basename(args[0]!), bytes: await readFile(args[0]!) }, uploadedBy: 'cli', uploadedAt: new Date(), status, result, keepFile: false });
      const summary = importSummary(result, lang);
      for (const line of summary.out) console.log(line);
      for (const line of summary.err) console.error(line);
      return result.fileError ? 1 : 0;
    } finally {
      await db.close();
    }
  }

  if (command === 'seed-demo') {
    const db = await openDatabase(config);
    try {
      printUsers(await seedDemoOrganisation(db));
      if (demoCases > 0 && (await seedPortfolio(db, demoCases)).fileError) return 1;
    } finally {
      await db.close();
    }
    return 0;
  }

  // The embedded database of a fresh install gets the demo organisation and portfolio, so someone trying the
  // app can sign in and see cases arrive. A real PostgreSQL (DATABASE_URL) is never seeded without asking:
  // run seed-demo. An embedded database that has the demo users but no case yet (made before the demo
  // portfolio existed) gets the portfolio too; one with other users only is left alone (the import would
  // refuse the demo officers anyway).
  let demoUsers: readonly DemoUser[] = [];
  let empty = false;
  const server = await startServer(config, async (db) => {
    if ((await countUsers(db)) === 0) {
      if (config.databaseUrl) empty = true;
      else await seedDemoOrganisation(db);
    }
    const present = await db.query<{ id: string }>('SELECT id FROM users WHERE id = ANY($1::text[])', [DEMO_USERS.map((u) => u.id)]);
    const ids = new Set(present.rows.map((r) => r.id));
    demoUsers = DEMO_USERS.filter((u) => ids.has(u.id));
    if (!config.databaseUrl && demoUsers.length === DEMO_USERS.length && demoCases > 0 && !(await hasCases(db))) await seedPortfolio(db, demoCases);
  });
  closeOnSignals(server);
  if (demoUsers.length > 0) printUsers(demoUsers);
  if (empty) console.log('no users yet: run `npm run server -- seed-demo` for the demo organisation');
  console.log(`head office listening on ${server.url} (${server.db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`);
  return 'running';
}
