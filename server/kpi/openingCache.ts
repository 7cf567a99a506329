import type { Db } from '../db/types';
import { overdueOn } from './trendOpening';

/**
 * The trend's opening balances kept between requests (docs/benchmarks.md, "The console's trend"): at 200,000
 * cases one month's openings cost PostgreSQL seconds, and they change only when an import writes snapshot rows,
 * a case is added or removed, or a case moves branch — each of which moves `kpi_generation` (migration 35).
 * Kept per date for the whole bank (a branch's are its share), per database, in this process: a restart or a
 * second head-office process computes them again. A value computed while the counter moved is not kept.
 */
interface Kept {
  generation: string;
  byDate: Map<string, ReadonlyMap<string, number>>;
}

const kept = new WeakMap<Db, Kept>();

async function generationOf(db: Db): Promise<string> {
  return String((await db.query<{ n: string }>('SELECT n FROM kpi_generation')).rows[0]!.n);
}

/** Each date's overdue balance by branch (server/kpi/trendOpening.ts overdueOn), of one branch or all. */
export async function openingsOn(db: Db, dates: readonly string[], branch: string | null): Promise<Map<string, Map<string, number>>> {
  const generation = await generationOf(db);
  let k = kept.get(db);
  if (!k || k.generation !== generation) kept.set(db, (k = { generation, byDate: new Map() }));
  const missing = [...new Set(dates)].filter((d) => !k.byDate.has(d));
  const computed = missing.length > 0 ? await overdueOn(db, missing, null) : new Map<string, Map<string, number>>();
  if (computed.size > 0 && (await generationOf(db)) === generation) for (const [d, m] of computed) k.byDate.set(d, m);
  return new Map(dates.map((d) => {
    const all = k.byDate.get(d) ?? computed.get(d) ?? new Map<string, number>();
    return [d, branch === null ? new Map(all) : new Map(all.has(branch) ? [[branch, all.get(branch)!]] : [])];
  }));
}

export interface WarmLog {
  error(obj: object, msg: string): void;
}

/**
 * Computes the openings the console's 业绩 page asks for first (the 12 month starts and 13 Mondays up to today)
 * shortly after start and then every `everyMs`, so that after an import the first head-office user does not wait
 * for them. Cheap when nothing changed (one read of the counter). Returns a stop function; the timer never keeps
 * the process alive.
 */
export function scheduleOpeningWarmup(db: Db, dates: () => string[], log: WarmLog, options: { everyMs?: number; firstAfterMs?: number; onPass?: () => void } = {}): () => void {
  const everyMs = options.everyMs ?? 5 * 60_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const arm = (ms: number) => {
    timer = setTimeout(() => {
      openingsOn(db, dates(), null)
        .catch((err: unknown) => { if (!stopped) log.error({ err }, 'computing the trend\'s opening balances failed; tried again at the next interval'); })
        .finally(() => {
          options.onPass?.();
          if (!stopped) arm(everyMs);
        });
    }, ms);
    timer.unref?.();
  };
  arm(options.firstAfterMs ?? 30_000);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
