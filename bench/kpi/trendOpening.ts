// The console trend's opening balances (server/kpi/trendOpening.ts overdueOn: the overdue balance at the start of
// each of the last 12 months or 13 weeks, for the recovery rate per period) on a database the head-office bench
// seeded (headOffice.ts: 40 branches, 90 days of snapshots). Run alternately, in one sitting: the overview alone
// (readBankFigures), the overview with the trend's openings read beside it (as the route does), and the openings
// alone by month and by week, and the route as it runs now: the overview with the openings kept between requests
// (server/kpi/openingCache.ts, warmed once before the runs). Wall time and this process's CPU time; one JSON line
// per figure.
//   npx vite-node bench/kpi/trendOpening.ts -- --pg postgres://… [--runs 5]
import { openPostgres } from '../../server/db/postgres';
import { readBankFigures, trendPeriods } from '../../server/kpi/bankFigures';
import { overdueOn } from '../../server/kpi/trendOpening';
import { openingsOn } from '../../server/kpi/openingCache';
import { monthPeriod } from '../../shared/kpi';

const arg = (name: string, fallback: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1]! : fallback);
const runs = Number(arg('runs', '5'));
const pgUrl = arg('pg', '');
if (!pgUrl) throw new Error('--pg URL of a database the head-office bench seeded');

const db = await openPostgres(pgUrl);
const period = monthPeriod('2026-11');
const months = trendPeriods('month', period.to, 12).map((p) => p.from);
const weeks = trendPeriods('week', period.to, 13).map((p) => p.from);
const overview = () => readBankFigures(db, null, period, { graceDays: () => 3 });
const variants: [string, () => Promise<unknown>][] = [
  ['overview', overview],
  ['overview_with_trend_openings', () => Promise.all([overview(), overdueOn(db, months, null)])],
  ['trend_openings_months', () => overdueOn(db, months, null)],
  ['trend_openings_weeks', () => overdueOn(db, weeks, null)],
  ['overview_with_kept_openings_months', () => Promise.all([overview(), openingsOn(db, months, null)])],
  ['overview_with_kept_openings_weeks', () => Promise.all([overview(), openingsOn(db, weeks, null)])],
];
const times = new Map<string, { wall: number[]; cpu: number[] }>(variants.map(([n]) => [n, { wall: [], cpu: [] }]));
try {
  const check = await overdueOn(db, months, null);
  console.error(`[trend openings] ${months.length} dates, bank's opening on ${months.at(-1)}: ${[...check.get(months.at(-1)!)!.values()].reduce((s, f) => s + f, 0)} fen; on ${months[0]}: ${[...check.get(months[0]!)!.values()].reduce((s, f) => s + f, 0)} fen`);
  await openingsOn(db, [...months, ...weeks], null);
  for (let r = 0; r < runs; r++) {
    for (const [name, run] of variants) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await run();
      const wall = performance.now() - t0;
      const c = process.cpuUsage(c0);
      times.get(name)!.wall.push(wall);
      times.get(name)!.cpu.push((c.user + c.system) / 1000);
      console.error(`[trend openings] run ${r + 1} ${name}: ${Math.round(wall)} ms wall, ${Math.round((c.user + c.system) / 1000)} ms CPU (node)`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, t] of times) console.log(JSON.stringify({ suite: 'kpi', name, runs, median_ms: Math.round(median(t.wall)), cpu_node_ms: Math.round(median(t.cpu)), min_ms: Math.round(Math.min(...t.wall)), max_ms: Math.round(Math.max(...t.wall)) }));
} finally {
  await db.close();
}
