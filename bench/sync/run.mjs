#!/usr/bin/env node
// Sync at scale, on PGlite and on PostgreSQL (a throwaway cluster, scripts/pg-cluster.mjs):
//   (a) first sync of a new device: the demo portfolio (10,000 cases) into an empty store, in real Chromium
//       with the app's Dexie store (field encryption on) and the app's sync client; time, and bytes on the
//       wire per case (pull answers as sent: gzip);
//   (b) push of 1,000 mutations from that device's outbox (the app's client: batches of 500);
//   (c) 200 simulated devices (Node, over loopback HTTP) each syncing rounds at once: push 3 contact records,
//       then pull since its cursor: throughput, p50, p99, errors; before that, --serial-rounds rounds one at a
//       time for what a round costs in CPU (cpu_ms_per_round: head office's Node process, and PostgreSQL's).
// The head office runs in its own process (bench/sync/server.mjs). One JSON line per figure on stdout (and
// in bench/results/), progress on stderr.
//
//   npm run bench -- sync [--db pglite,postgres] [--cases 10000] [--runs 3] [--mutations 1000]
//                         [--devices 200] [--rounds 5] [--serial-rounds 200] [--page-size N] [--trace] [--no-build]
//                         [--profile] [--server-profile] [--pg-statements] [--pg-socket] [--demo N] [--no-push] [--sealer-workers N]
// (a) also measures, in the same page right after each first sync, the raw IndexedDB floor (the same stored rows
// written again with plain IndexedDB: floor_ratio = first sync / floor) and the UI thread's longest task during
// the sync (PerformanceObserver 'longtask'). --demo N: the demo load of N cases (the app's loader, demo store),
// timed once before the head-office parts, with its longest task. --no-push skips (b). --sealer-workers N: the
// first syncs' row-preparing workers (the app's default: one per core, at most four).
// --page-size: the first sync's changes per pull page (default: the app client's own choice).
// --trace: log when each pull request and each Dexie transaction of a first sync started and ended (the
// traced fetch reads each body once more, so traced runs are a little slower).
// --profile: after the figures, one more (untimed) first sync under a CPU profile of the page, written to
// bench/results/sync-profile-first-sync-<db>.{cpuprofile,txt}. --runs 0 or --devices 0 skip a part (--runs 0
// also skips the browser); --rounds 0 keeps only the one-at-a-time rounds of (c). --server-profile: a CPU profile of
// head office over those rounds (bench/results/sync-profile-rounds-<db>.txt); --pg-statements: PostgreSQL's
// statements over them (pg_stat_statements, bench/results/sync-pg-statements-rounds.txt); --pg-socket: head office
// connects to PostgreSQL by its Unix socket instead of TCP.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, runnerImport } from 'vite';
import { startPgCluster } from '../../scripts/pg-cluster.mjs';
import { createReporter, launchFreshProfile, log, median, parseOptions, percentile, RESULTS_DIR, round } from '../lib/common.mjs';
import { clusterCpuMs, descendantsCpuMs } from '../lib/procCpu.mjs';
import { profileStep, summarizeProfile, writeProfile } from '../lib/profile.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_ROOT = fileURLToPath(new URL('./page/', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../../out/bench-sync/', import.meta.url));
const PROTOCOL = { protocolVersion: 1, schemaVersion: 1 };
const TARGETS = { first_sync_ms: 3_000, first_sync_floor_ratio: 2.5, longest_task_ms: 100, first_sync_bytes_per_case: 1_024, push_ms: 3_000, devices_p99_ms: 1_000, head_office_cpu_ms_per_round: 3, demo_load_ms: 20_000 };

const opts = parseOptions(process.argv.slice(2));
if (opts.help) {
  console.error('usage: npm run bench -- sync [--db pglite,postgres|none] [--cases 10000] [--runs 3] [--mutations 1000] [--devices 200] [--rounds 5] [--serial-rounds 200] [--page-size N] [--trace] [--no-build] [--profile] [--server-profile] [--pg-statements] [--pg-socket] [--demo N] [--no-push] [--sealer-workers N]');
  process.exit(0);
}
const backends = opts.db === 'none' ? [] : String(opts.db ?? 'pglite,postgres').split(','); // none: only --demo
const caseCount = Number(opts.cases ?? 10_000);
const runs = Number(opts.runs ?? 3);
const mutationCount = Number(opts.mutations ?? 1_000);
const deviceCount = Number(opts.devices ?? 200);
const rounds = Number(opts.rounds ?? 5);
const serialRounds = Number(opts['serial-rounds'] ?? 200);
const pageSize = opts['page-size'] !== undefined ? Number(opts['page-size']) : undefined;
const sealerWorkers = opts['sealer-workers'] !== undefined ? Number(opts['sealer-workers']) : undefined;
const reporter = createReporter('sync');

const { module: versions } = await runnerImport(`${ROOT}shared/sync/versions.ts`, { configFile: false, logLevel: 'error', root: ROOT });
Object.assign(PROTOCOL, { protocolVersion: versions.PROTOCOL_VERSION, schemaVersion: versions.MUTATION_SCHEMA_VERSION });
const { module: mutations } = await runnerImport(`${ROOT}bench/sync/mutations.ts`, { configFile: false, logLevel: 'error', root: ROOT });

/**
 * CPU time (ms) of a PostgreSQL cluster so far: the postmaster, its live children (backends, writers) and the
 * children it has reaped, from /proc (Linux). Null where that cannot be read.
 */
function pgCpuMs(cluster) {
  const pidFile = [join(cluster.dir, 'data', 'postmaster.pid'), join(cluster.dir, 'postmaster.pid')].find((f) => existsSync(f));
  return pidFile ? clusterCpuMs(Number(readFileSync(pidFile, 'utf8').split('\n')[0])) : null;
}

/**
 * CPU time (ms) so far of this process's descendants, the head office's process tree left out: Chromium (its
 * browser, renderer and GPU processes; the page's workers are threads of its renderer), live processes only.
 * Null where that cannot be read. The device's CPU during a first sync or a demo load.
 */
const deviceCpuMs = (exclude) => descendantsCpuMs(exclude);

/** Starts bench/sync/server.mjs and resolves with its ready line. */
function startHeadOffice(args) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        const info = JSON.parse(buf.slice(0, nl));
        resolve({ ...info, url: info.ready, pid: child.pid, kill: () => child.kill('SIGTERM'), stop: () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')))) });
      }
    });
    child.once('exit', (code) => reject(new Error(`bench head office exited (${code}) before it was ready`)));
  });
}

async function postJson(base, path, body, token) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

let deviceSeq = 0;
async function signIn(base, userId) {
  const deviceId = `bench-${process.pid}-${Date.now().toString(36)}-${++deviceSeq}`;
  const res = await postJson(base, '/auth/sign-in', { userId, password: 'demo1234', deviceId });
  if (res.status !== 200) throw new Error(`sign-in ${userId}: ${res.status} ${JSON.stringify(res.body)}`);
  return { deviceId, userId, accessToken: res.body.accessToken };
}

const readBytes = async (base) => (await fetch(`${base}/bench/bytes`)).json();

async function startPage() {
  if (!opts['no-build']) {
    log('building the bench device page (the app\'s store and sync client) into out/bench-sync');
    const rollupOptions = { onwarn: (w, warn) => (w.code === 'INVALID_ANNOTATION' && w.id?.includes('node_modules') ? undefined : warn(w)) };
    await build({ configFile: false, root: PAGE_ROOT, logLevel: 'warn', base: './', build: { outDir: OUT_DIR, emptyOutDir: true, sourcemap: true, rollupOptions } });
  }
  const server = await preview({ configFile: false, root: PAGE_ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: 4291, strictPort: false, open: false } });
  return { url: server.resolvedUrls.local[0], close: () => server.close() };
}

/** The collector whose device pushes in (b). */
const PUSH_USER = 'demo-officer-310115-01';

/** (a) and (b): new devices in real Chromium. */
async function benchDevice(backend, ho, page) {
  const firsts = [];
  const pushes = [];
  for (let r = 0; r < runs; r++) {
    // The head-office admin's scope is the whole demo portfolio: one device receives all of it.
    const login = { ...(await signIn(ho.url, 'demo-admin')), baseUrl: ho.url, pullLimit: pageSize, sealerWorkers };
    await readBytes(ho.url);
    const cpu0 = deviceCpuMs(ho.pid);
    const first = await page.evaluate(([l, t]) => globalThis.__syncBench.firstSync(l, t), [login, Boolean(opts.trace)]);
    const deviceCpu = cpu0 === null ? null : deviceCpuMs(ho.pid) - cpu0;
    if (first.timeline) log(`${backend}: timeline (ms) ${first.timeline.map((e) => `${e.what} ${round(e.from, 0)}–${round(e.to, 0)}`).join(', ')}`);
    if (!first.result.ok) throw new Error(`first sync failed: ${JSON.stringify(first.result.error)}`);
    const served = await readBytes(ho.url);
    const wire = served['/sync/pull'];
    const perCase = wire.responseBytes / first.cases;
    const floor = await page.evaluate(([l, n]) => globalThis.__syncBench.floor(l, n), [login, pageSize ?? 2000]);
    log(`${backend}: first sync ${first.cases} cases in ${round(first.ms)} ms (head office ${round(wire.serverMs)} ms of it), ${wire.requests} pages, ${round(wire.responseBytes / 2 ** 20, 2)} MB on the wire (${round(perCase)} B a case); IndexedDB floor ${round(floor.ms)} ms (×${round(first.ms / floor.ms, 2)}); longest task ${round(first.longTasks.longest_ms)} ms (${first.longTasks.count} over 50 ms); CPU: device ${deviceCpu ?? '—'} ms, head office ${round(served.cpuMs)} ms`);
    firsts.push({ ms: first.ms, serverMs: wire.serverMs, deviceCpuMs: deviceCpu, serverCpuMs: served.cpuMs, cases: first.cases, pages: wire.requests, bytes: wire.responseBytes, perCase, floorMs: floor.ms, longest: first.longTasks.longest_ms, longCount: first.longTasks.count });
    if (opts['no-push']) {
      await page.evaluate(() => globalThis.__syncBench.close());
      continue;
    }

    // A collector's device pushes contact records on their own cases (a head-office admin may not log
    // contacts: head office refuses them, permissions.ts). Its first sync is not measured.
    const collector = { ...(await signIn(ho.url, PUSH_USER)), baseUrl: ho.url, pullLimit: pageSize };
    const scope = await page.evaluate((l) => globalThis.__syncBench.firstSync(l), collector);
    if (!scope.result.ok || scope.cases === 0) throw new Error(`the collector's first sync failed or brought no case: ${JSON.stringify(scope.result)}`);
    await readBytes(ho.url);
    const push = await page.evaluate(([l, n]) => globalThis.__syncBench.pushOutbox(l, n), [collector, mutationCount]);
    if (!push.result.ok) throw new Error(`push failed: ${JSON.stringify(push.result.error)}`);
    const pushWire = (await readBytes(ho.url))['/sync/push'];
    log(`${backend}: push ${mutationCount} in ${round(push.ms)} ms (head office ${round(pushWire.serverMs)} ms of it; ${JSON.stringify(push.result.value)}; ${round(pushWire.requestBytes / 1024)} KB sent)`);
    pushes.push({ ms: push.ms, serverMs: pushWire.serverMs, ...push.result.value, requestBytes: pushWire.requestBytes, left: push.left });
    await page.evaluate(() => globalThis.__syncBench.close());
  }
  if (opts.profile) {
    const login = { ...(await signIn(ho.url, 'demo-admin')), baseUrl: ho.url, pullLimit: pageSize };
    const cdp = await page.context().newCDPSession(page);
    const profile = await profileStep(cdp, () => page.evaluate((l) => globalThis.__syncBench.firstSync(l), login));
    const path = join(RESULTS_DIR, `sync-profile-first-sync-${backend}`);
    writeProfile(path, profile, summarizeProfile(profile, join(OUT_DIR, 'assets')));
    await page.evaluate(() => globalThis.__syncBench.close());
    log(`${backend}: CPU profile of a first sync in ${path}.txt`);
  }
  const m = median(firsts.map((f) => f.ms));
  const perCase = median(firsts.map((f) => f.perCase));
  // Each run against its own floor, measured right after it in the same page: the ratio holds when the machine drifts.
  const floorRatio = median(firsts.map((f) => f.ms / f.floorMs));
  const longest = Math.max(...firsts.map((f) => f.longest));
  reporter.emit({
    name: 'first_sync', db: backend, n: firsts[0].cases, runs, median_ms: round(m), samples_ms: firsts.map((f) => round(f.ms)),
    server_median_ms: round(median(firsts.map((f) => f.serverMs))),
    // CPU during the sync: the device (Chromium's processes, from /proc) and head office's Node process.
    ...(firsts.every((f) => f.deviceCpuMs !== null) ? { cpu_device_median_ms: round(median(firsts.map((f) => f.deviceCpuMs))), cpu_device_samples_ms: firsts.map((f) => f.deviceCpuMs) } : {}),
    cpu_head_office_median_ms: round(median(firsts.map((f) => f.serverCpuMs))),
    floor_median_ms: round(median(firsts.map((f) => f.floorMs))), floor_samples_ms: firsts.map((f) => round(f.floorMs)),
    floor_ratio: round(floorRatio, 2), floor_ratio_samples: firsts.map((f) => round(f.ms / f.floorMs, 2)), target_floor_ratio: TARGETS.first_sync_floor_ratio, met_floor_ratio: floorRatio <= TARGETS.first_sync_floor_ratio,
    longest_task_ms: round(longest), longest_task_samples_ms: firsts.map((f) => round(f.longest)), long_tasks_per_run: firsts.map((f) => f.longCount), target_longest_task_ms: TARGETS.longest_task_ms, met_longest_task: longest < TARGETS.longest_task_ms,
    pages: firsts[0].pages, wire_bytes: round(median(firsts.map((f) => f.bytes)), 0), wire_bytes_per_case: round(perCase),
    target_ms: TARGETS.first_sync_ms, met_ms: m <= TARGETS.first_sync_ms, target_bytes_per_case: TARGETS.first_sync_bytes_per_case, met_bytes: perCase <= TARGETS.first_sync_bytes_per_case,
    device: 'Chromium, Dexie with field encryption, the app sync client', page_size: pageSize ?? 'app default (2,000)', sealer_workers: sealerWorkers ?? 'app default (one per core, at most 4)',
    machine_load_avg: (await import('node:os')).loadavg().map((x) => round(x, 1)),
  });
  if (pushes.length === 0) return;
  const pm = median(pushes.map((p) => p.ms));
  reporter.emit({
    name: 'push', db: backend, n: mutationCount, runs, median_ms: round(pm), samples_ms: pushes.map((p) => round(p.ms)),
    server_median_ms: round(median(pushes.map((p) => p.serverMs))),
    batches: pushes[0].batches, applied: pushes[0].applied, rejected: pushes[0].rejected, duplicate: pushes[0].duplicate,
    request_bytes: pushes[0].requestBytes, target_ms: TARGETS.push_ms,
    // Refusals are quick: the target counts only a push where every mutation was applied.
    met: pm <= TARGETS.push_ms && pushes.every((p) => p.applied === mutationCount),
  });
}

/** One device's sync round: push 3 contact records, then pull since its cursor (every page). */
async function oneRound(ho, d, statuses, pulled) {
  const entries = mutations.activityEntries(d, d.cases, d.nextMutation, 3);
  d.nextMutation += 3;
  const push = await postJson(ho.url, '/sync/push', { ...PROTOCOL, deviceId: d.deviceId, mutations: entries }, d.accessToken);
  if (push.status !== 200) throw new Error(`push ${push.status} ${push.body?.error?.code ?? ''}`);
  for (const x of push.body.results) statuses[x.status]++;
  for (;;) {
    const pull = await postJson(ho.url, '/sync/pull', { ...PROTOCOL, deviceId: d.deviceId, cursor: d.cursor, limit: 2000 }, d.accessToken);
    if (pull.status !== 200) throw new Error(`pull ${pull.status} ${pull.body?.error?.code ?? ''}`);
    pulled.changes += pull.body.changes.length;
    d.cursor = pull.body.cursor;
    if (!pull.body.hasMore) break;
  }
}

/**
 * What one round costs in CPU, without queueing: --serial-rounds rounds one after another, going round the
 * devices (so each pull brings back what the collector's other devices pushed), head office's Node CPU
 * (process.cpuUsage, read by GET /bench/bytes) and PostgreSQL's (its processes in /proc) divided by the
 * rounds. The figure that carries across machines. --server-profile adds a CPU profile of head office over
 * these rounds; --pg-statements the statements PostgreSQL spent its time on (pg_stat_statements).
 */
async function benchRoundCost(backend, ho, cluster, devices) {
  const statuses = { applied: 0, duplicate: 0, rejected: 0 };
  const pulled = { changes: 0 };
  // A few rounds first, so the figure is of a warm process (JIT, connection pool, plan caches).
  for (let i = 0; i < Math.min(40, devices.length); i++) await oneRound(ho, devices[i], statuses, pulled);
  if (cluster && opts['pg-statements']) await pgStatements(cluster, 'reset');
  if (opts['server-profile']) await fetch(`${ho.url}/bench/profile/start`, { method: 'POST' });
  await readBytes(ho.url);
  const pgBefore = cluster ? pgCpuMs(cluster) : null;
  const t0 = performance.now();
  for (let i = 0; i < serialRounds; i++) await oneRound(ho, devices[i % devices.length], statuses, pulled);
  const wallMs = performance.now() - t0;
  const served = await readBytes(ho.url);
  const pgCpu = cluster && pgBefore !== null ? pgCpuMs(cluster) - pgBefore : null;
  if (opts['server-profile']) {
    const profile = await (await fetch(`${ho.url}/bench/profile/stop`, { method: 'POST' })).json();
    const path = join(RESULTS_DIR, `sync-profile-rounds-${backend}`);
    writeProfile(path, profile, summarizeProfile(profile, null));
    log(`${backend}: CPU profile of head office over ${serialRounds} rounds in ${path}.txt`);
  }
  if (cluster && opts['pg-statements']) await pgStatements(cluster, 'report', serialRounds);
  const figure = {
    name: 'round_cpu', db: backend, rounds: serialRounds, round: 'push 3 + pull since cursor, one device at a time',
    cpu_ms_per_round: round(served.cpuMs / serialRounds, 2),
    ...(pgCpu !== null ? { postgres_cpu_ms_per_round: round(pgCpu / serialRounds, 2) } : {}),
    wall_ms_per_round: round(wallMs / serialRounds, 2),
    server_mean_push_ms: round(served['/sync/push'].serverMs / served['/sync/push'].requests, 2),
    server_mean_pull_ms: round(served['/sync/pull'].serverMs / served['/sync/pull'].requests, 2),
    mutations: statuses, changes_pulled: pulled.changes,
    target_cpu_ms_per_round: TARGETS.head_office_cpu_ms_per_round, met: served.cpuMs / serialRounds <= TARGETS.head_office_cpu_ms_per_round,
    machine_load_avg: (await import('node:os')).loadavg().map((x) => round(x, 1)),
  };
  log(`${backend}: ${serialRounds} rounds one at a time: head office ${figure.cpu_ms_per_round} ms CPU a round, PostgreSQL ${figure.postgres_cpu_ms_per_round ?? '—'} ms`);
  reporter.emit(figure);
}

/** pg_stat_statements (--pg-statements): reset before the rounds, then the top statements by time, to a file. */
async function pgStatements(cluster, what, n) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    if (what === 'reset') {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT pg_stat_statements_reset()');
      return;
    }
    const res = await client.query(
      `SELECT calls, round((total_plan_time + total_exec_time)::numeric, 1) AS ms, round(total_plan_time::numeric, 1) AS plan_ms, rows,
              regexp_replace(query, '\\s+', ' ', 'g') AS query
         FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_plan_time + total_exec_time DESC LIMIT 40`,
    );
    const calls = res.rows.reduce((t, r) => t + Number(r.calls), 0);
    const lines = [`${n} rounds; top statements by planning + execution time (ms); calls per round in brackets`];
    for (const r of res.rows) lines.push(`${String(r.ms).padStart(8)} ms (plan ${r.plan_ms})  ${String(r.calls).padStart(6)} calls (${round(r.calls / n, 2)})  ${r.query.slice(0, 220)}`);
    lines.push(`statements in the top 40: ${calls} calls, ${round(calls / n, 1)} a round`);
    const path = join(RESULTS_DIR, 'sync-pg-statements-rounds.txt');
    writeFileSync(path, `${lines.join('\n')}\n`);
    log(`postgres: statements of the rounds in ${path}`);
  } finally {
    await client.end();
  }
}

/** (c): many devices at once, from Node. */
async function benchManyDevices(backend, ho, cluster) {
  const collectors = ['310115', '110105', '440106', '330106', '510107'].flatMap((b) => [1, 2, 3, 4].map((i) => `demo-officer-${b}-0${i}`));
  log(`${backend}: signing in ${deviceCount} devices and pulling their scopes (not measured)`);
  const devices = [];
  for (let i = 0; i < deviceCount; i++) devices.push(await signIn(ho.url, collectors[i % collectors.length]));
  // Initial download, 20 at a time: every device starts from its cursor with its cases known.
  for (let i = 0; i < devices.length; i += 20) {
    await Promise.all(
      devices.slice(i, i + 20).map(async (d) => {
        d.cursor = null;
        d.cases = [];
        for (;;) {
          const res = await postJson(ho.url, '/sync/pull', { ...PROTOCOL, deviceId: d.deviceId, cursor: d.cursor, limit: 2000 }, d.accessToken);
          if (res.status !== 200) throw new Error(`initial pull: ${res.status} ${JSON.stringify(res.body)}`);
          for (const ch of res.body.changes) if (ch.kind === 'case' && d.cases.length < 20) d.cases.push(mutations.caseRefOf(ch.data));
          d.cursor = res.body.cursor;
          if (!res.body.hasMore) break;
        }
        d.nextMutation = 1;
      }),
    );
  }
  if (serialRounds > 0) await benchRoundCost(backend, ho, cluster, devices);
  if (rounds === 0) return;
  await readBytes(ho.url);
  const pgCpuBefore = cluster ? pgCpuMs(cluster) : null;
  const loadCpuBefore = process.cpuUsage();
  const latencies = [];
  const errors = [];
  const statuses = { applied: 0, duplicate: 0, rejected: 0 };
  const pulled = { changes: 0 };
  const started = performance.now();
  await Promise.all(
    devices.map(async (d) => {
      for (let r = 0; r < rounds; r++) {
        const t0 = performance.now();
        try {
          await oneRound(ho, d, statuses, pulled);
          latencies.push(performance.now() - t0);
        } catch (err) {
          errors.push(String(err.message ?? err));
        }
      }
    }),
  );
  const changesPulled = pulled.changes;
  const wallMs = performance.now() - started;
  const p99 = percentile(latencies, 99);
  // Head office's own time per request (received to answered), to tell its queue from the load generator's.
  const served = await readBytes(ho.url);
  const pgCpuAfter = cluster ? pgCpuMs(cluster) : null;
  const loadCpu = process.cpuUsage(loadCpuBefore);
  const pgCpu = pgCpuBefore !== null && pgCpuAfter !== null ? pgCpuAfter - pgCpuBefore : null;
  const perRequest = (route) => (served[route] ? round(served[route].serverMs / served[route].requests) : null);
  const figure = {
    name: 'devices_at_once', db: backend, devices: deviceCount, rounds_each: rounds, round: 'push 3 + pull since cursor',
    rounds_ok: latencies.length, errors: errors.length, error_samples: [...new Set(errors)].slice(0, 3),
    wall_ms: round(wallMs), rounds_per_s: round((latencies.length / wallMs) * 1000), requests_per_s: round(((latencies.length * 2) / wallMs) * 1000),
    p50_ms: round(percentile(latencies, 50)), p90_ms: round(percentile(latencies, 90)), p99_ms: round(p99), max_ms: round(Math.max(...latencies)),
    mutations: statuses, changes_pulled: changesPulled,
    server_mean_push_ms: perRequest('/sync/push'), server_mean_pull_ms: perRequest('/sync/pull'),
    // Head office's CPU per round (its Node process; PostgreSQL's own CPU not included): capacity per core.
    server_cpu_ms_per_round: round(served.cpuMs / Math.max(1, latencies.length)), server_cpu_ms: round(served.cpuMs),
    cpu_ms_per_round: round(served.cpuMs / Math.max(1, latencies.length), 2),
    ...(pgCpu !== null ? { postgres_cpu_ms: pgCpu, postgres_cpu_ms_per_round: round(pgCpu / Math.max(1, latencies.length)) } : {}),
    // The 200 simulated devices' own CPU (this process): they share the machine with head office.
    load_generator_cpu_ms: round((loadCpu.user + loadCpu.system) / 1000),
    machine_load_avg: (await import('node:os')).loadavg().map((x) => round(x, 1)),
    target_p99_ms: TARGETS.devices_p99_ms, met: errors.length === 0 && p99 <= TARGETS.devices_p99_ms,
  };
  log(`${backend}: ${deviceCount} devices × ${rounds} rounds: p50 ${figure.p50_ms} ms, p99 ${figure.p99_ms} ms, ${figure.rounds_per_s} rounds/s, ${errors.length} errors`);
  reporter.emit(figure);
}

// (c) alone (--runs 0) needs no device page and no browser.
const page = runs > 0 ? await startPage() : null;
const browser = runs > 0 ? await launchFreshProfile('rd-bench-sync-') : null;
try {
  if (browser) {
    await browser.page.goto(page.url);
    await browser.page.waitForFunction(() => globalThis.document.title === 'sync bench ready');
    if (opts.demo) {
      const n = Number(opts.demo);
      log(`demo load of ${n} cases (the app's loader, into the demo store)`);
      const cpu0 = deviceCpuMs(null);
      const demo = await browser.page.evaluate((count) => globalThis.__syncBench.demoLoad(count), n);
      const cpuMs = cpu0 === null ? null : deviceCpuMs(null) - cpu0;
      log(`demo load: ${demo.cases} cases in ${round(demo.ms)} ms, longest task ${round(demo.longTasks.longest_ms)} ms, device CPU ${cpuMs ?? '—'} ms`);
      reporter.emit({
        name: 'demo_load', n: demo.cases, ms: round(demo.ms), ...(cpuMs !== null ? { cpu_device_ms: cpuMs } : {}), target_ms: TARGETS.demo_load_ms, met: demo.ms <= TARGETS.demo_load_ms,
        longest_task_ms: round(demo.longTasks.longest_ms), long_tasks: demo.longTasks.count, long_tasks_total_ms: round(demo.longTasks.total_ms),
        machine_load_avg: (await import('node:os')).loadavg().map((x) => round(x, 1)),
      });
    }
  }
  for (const backend of backends) {
    let cluster = null;
    let dataDir = null;
    let args;
    if (backend === 'postgres') {
      cluster = await startPgCluster({ maxConnections: 300, settings: opts['pg-statements'] ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track_planning=on'] : [] });
      if (!cluster) {
        log('postgres: no PostgreSQL installed here; skipped');
        reporter.emit({ name: 'skipped', db: 'postgres', reason: 'no PostgreSQL binaries' });
        continue;
      }
      // --pg-socket: head office reaches PostgreSQL by its Unix socket instead of TCP on 127.0.0.1 (the way a
      // head office on the database's own host connects; docs/benchmarks.md, "Issue 18 in one quiet sitting").
      args = ['--database-url', opts['pg-socket'] ? `postgres://postgres@/postgres?host=${encodeURIComponent(cluster.dir)}&port=${cluster.port}` : cluster.url];
    } else if (backend === 'pglite') {
      dataDir = mkdtempSync(join(tmpdir(), 'rd-bench-sync-pglite-'));
      args = ['--data-dir', dataDir];
    } else throw new Error(`--db: pglite or postgres, not ${backend}`);
    // A throwaway cluster must not outlive the run, whatever fails or whoever interrupts it.
    const cleanUp = () => {
      cluster?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    };
    const onSignal = () => {
      ho?.kill();
      cleanUp();
      process.exit(130);
    };
    let ho = null;
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      log(`${backend}: seeding ${caseCount} demo cases`);
      ho = await startHeadOffice([...args, '--cases', String(caseCount)]);
      log(`${backend}: head office ${ho.url}, seeded in ${round(ho.seedMs / 1000, 1)} s (${JSON.stringify(ho.imported)})`);
      reporter.emit({ name: 'seed_import', db: backend, n: caseCount, ms: round(ho.seedMs), counts: ho.imported });
      if (runs > 0) await benchDevice(backend, ho, browser.page);
      if (deviceCount > 0) await benchManyDevices(backend, ho, cluster);
    } finally {
      await ho?.stop();
      cleanUp();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
} finally {
  await browser?.close();
  await page?.close();
}
log(`figures in ${reporter.file}`);
