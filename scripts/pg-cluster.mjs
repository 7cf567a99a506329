// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp folder, started on a free
// loopback port, removed on stop. PostgreSQL refuses to run as root, so as root the cluster belongs to the
// `postgres` system user (Debian's package creates it). Returns null when no PostgreSQL is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder with initdb and pg_ctl: PG_BIN, then Debian's /usr/lib/postgresql/<newest>/bin, then PATH. */
export function findPgBin() {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'dirname "$(command -v initdb)"'], { encoding: 'utf8' });
  const dir = which.stdout.trim();
  return which.status === 0 && dir && existsSync(join(dir, 'initdb')) ? dir : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function postgresIds() {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Starts a cluster and answers { url, port, dir, stop() }; `url` connects as the superuser `postgres` to the
 * database `postgres` over TCP on 127.0.0.1 (trust auth: loopback only, throwaway data).
 * Options: { maxConnections = 300, sharedBuffers = '128MB', log = false, settings = [] (more `-c name=value`) }.
 */
export async function startPgCluster(options = {}) {
  const bin = findPgBin();
  if (!bin) return null;
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'rd-pg-'));
  const data = join(dir, 'data');
  const run = (cmd, args) => {
    const full = join(bin, cmd);
    const res = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' })
      : spawnSync(full, args, { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`${cmd} failed (${res.status}): ${res.stderr || res.stdout}`);
    return res.stdout;
  };
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    `-c max_connections=${options.maxConnections ?? 300}`,
    `-c shared_buffers=${options.sharedBuffers ?? '128MB'}`,
    // Throwaway data: durability costs time and proves nothing here.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    // Extra settings, e.g. ['shared_preload_libraries=pg_stat_statements'] for a bench that reads statement costs.
    ...(options.settings ?? []).map((x) => `-c ${x}`),
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
}

// `node scripts/pg-cluster.mjs` starts one and keeps it until Ctrl+C (handy for `DATABASE_URL=... npm run server`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const cluster = await startPgCluster({ log: true });
  if (!cluster) {
    console.error('PostgreSQL is not installed (apt-get install postgresql)');
    process.exit(2);
  }
  console.log(`DATABASE_URL=${cluster.url}`);
  const stop = () => {
    cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
