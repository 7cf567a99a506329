#!/usr/bin/env node
// The head office for the sync benchmark, in its own process so the load generator never shares its event
// loop: the real buildServer on PGlite (--data-dir) or PostgreSQL (--database-url), demo users seeded with a
// cheap KDF (sign-in cost is not what is measured), the demo portfolio of --cases through the real import,
// rate limits raised for 200 devices on one address, and GET /bench/bytes: body bytes sent per route (as on
// the wire: gzip when the client accepts it), read and reset by run.mjs.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parseOptions } from '../lib/common.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = async (path) => (await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'error', root })).module;

const opts = parseOptions(process.argv.slice(2));
const [{ testConfig }, { openDatabase }, { seedDemoOrganisation }, { importDemoPortfolio }, { buildServer }] = await Promise.all([
  load('server/config.ts'),
  load('server/db/open.ts'),
  load('server/auth/seed.ts'),
  load('server/import/demoPortfolio.ts'),
  load('server/http/app.ts'),
]);

const config = testConfig({ dataDir: opts['data-dir'] ?? '', databaseUrl: opts['database-url'] || undefined, logLevel: 'silent', port: 0 });
const db = await openDatabase(config);
const t0 = performance.now();
await seedDemoOrganisation(db, { kdf: { N: 2 ** 10, r: 8, p: 1 } });
const imported = await importDemoPortfolio(db, { cases: Number(opts.cases ?? 10_000) });
const seedMs = performance.now() - t0;
const plenty = { max: 1_000_000, windowMs: 60_000 };
const app = buildServer({ db, config, rateLimits: { signInPerAddress: plenty, signInPerUser: plenty, refreshPerAddress: plenty, refreshPerDevice: plenty } });

const bytes = {};
app.addHook('onSend', async (req, _reply, payload) => {
  const route = req.url.split('?')[0];
  if (route.startsWith('/sync/') || route.startsWith('/auth/')) {
    const n = typeof payload === 'string' ? Buffer.byteLength(payload) : Buffer.isBuffer(payload) ? payload.length : 0;
    const b = (bytes[route] ??= { requests: 0, responseBytes: 0, requestBytes: 0, serverMs: 0 });
    b.requests++;
    b.responseBytes += n;
    b.requestBytes += Number(req.headers['content-length'] ?? 0);
  }
  return payload;
});
// Time from request received to answer sent, per route: how much of a sync the head office itself spends.
app.addHook('onResponse', async (req, reply) => {
  const b = bytes[req.url.split('?')[0]];
  if (b) b.serverMs += reply.elapsedTime;
});
// And the process's CPU time since the last read (user + system, ms): what a round costs head office.
let cpuMark = process.cpuUsage();
app.get('/bench/bytes', async () => {
  const copy = structuredClone(bytes);
  for (const k of Object.keys(bytes)) delete bytes[k];
  const cpu = process.cpuUsage(cpuMark);
  cpuMark = process.cpuUsage();
  return { ...copy, cpuMs: (cpu.user + cpu.system) / 1000 };
});

// A CPU profile of head office between two calls (run.mjs --server-profile): the measured rounds only, not the seeding.
let inspector = null;
app.post('/bench/profile/start', async () => {
  const { Session } = await import('node:inspector/promises');
  inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
  await inspector.post('Profiler.start');
  return { ok: true };
});
app.post('/bench/profile/stop', async () => {
  const { profile } = await inspector.post('Profiler.stop');
  inspector.disconnect();
  inspector = null;
  return profile;
});

await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address();
process.stdout.write(`${JSON.stringify({ ready: `http://127.0.0.1:${port}`, database: db.kind, seedMs, imported: imported.counts })}\n`);

const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
