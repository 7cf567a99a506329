import type { FastifyInstance } from 'fastify';
import { formatHlc } from '../../shared/sync/hlc';
import { newId } from '../../shared/sync/ids';
import { makeOutboxEntry, type MutationArgsInput, type MutationName, type OutboxEntry } from '../../shared/sync';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { seedDemoOrganisation } from '../../server/auth/seed';
import { testConfig, type Config } from '../../server/config';
import { migrate } from '../../server/db/migrate';
import type { Db } from '../../server/db/types';
import { buildServer, type BuildServerOptions } from '../../server/http/app';
import { GOOD } from '../shared/sync/fixtures';
import { openEmptyDb, type Backend } from '../support/backends';

export { BACKENDS, createPostgresDatabase, eachBackend, openEmptyDb, postgresUrl, type Backend } from '../support/backends';

/** A cheap KDF for seeding in tests; the default parameters are tested on their own. */
export const TEST_KDF = { N: 2 ** 10, r: 8, p: 1 };
export const PASSWORD = 'demo1234';

export interface Harness {
  db: Db;
  app: FastifyInstance;
  url: string;
  config: Config;
  clock: { ms: number };
  close(): Promise<void>;
}

/**
 * A fresh database, migrated and seeded, per test file: an in-memory PGlite, or a new database in the run's
 * PostgreSQL cluster. The server goes on a free loopback port (startHarness).
 */
export async function openDb(backend: Backend = 'pglite'): Promise<Db> {
  const db = await openEmptyDb(backend);
  await migrate(db);
  await seedDemoOrganisation(db, { kdf: TEST_KDF });
  return db;
}

export async function startHarness(db: Db, options: Partial<Omit<BuildServerOptions, 'db' | 'config'>> & { config?: Partial<Config> } = {}): Promise<Harness> {
  const clock = { ms: Date.parse('2026-11-23T01:00:00Z') };
  const config = testConfig(options.config);
  const { config: _overrides, ...rest } = options;
  const app = buildServer({ ...rest, db, config, now: () => clock.ms });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('not listening');
  return { db, app, url: `http://127.0.0.1:${address.port}`, config, clock, close: () => app.close() };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers ad hoc and assert their shape
export async function post(h: Harness, path: string, body: unknown, token?: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(h.url + path, {
    method: 'POST',
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** Any method, JSON or raw bytes (a Buffer/Uint8Array is sent as application/octet-stream unless `contentType` says otherwise). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers ad hoc and assert their shape
export async function call(h: Harness, method: string, path: string, opts: { token?: string; body?: unknown; contentType?: string } = {}): Promise<{ status: number; body: any; headers: Headers; text: string }> {
  const raw = opts.body instanceof Uint8Array;
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['content-type'] = opts.contentType ?? (raw ? 'application/octet-stream' : 'application/json');
  const res = await fetch(h.url + path, { method, headers, ...(opts.body !== undefined ? { body: raw ? Buffer.from(opts.body as Uint8Array) : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) } : {}) });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, body, headers: res.headers, text };
}

let deviceCounter = 0;
/** A device id no other test in the run uses. */
export const freshDeviceId = (prefix = 'D') => `${prefix}${process.pid}x${++deviceCounter}`;

export async function signIn(h: Harness, userId: string, deviceId = freshDeviceId()) {
  const res = await post(h, '/auth/sign-in', { userId, password: PASSWORD, deviceId });
  if (res.status !== 200) throw new Error(`sign-in ${userId}: ${res.status} ${JSON.stringify(res.body)}`);
  return { deviceId, userId, accessToken: res.body.accessToken as string, refreshToken: res.body.refreshToken as string, deviceCode: res.body.device.code as string };
}

/** A valid outbox entry of the device, with new record ids so tests do not collide. */
export function entry<N extends MutationName>(
  name: N,
  d: { deviceId: string; userId: string },
  mutationId: number,
  args: Partial<MutationArgsInput<N>> = {},
): OutboxEntry {
  const base = GOOD[name] as Record<string, unknown>;
  const fresh = 'id' in base ? { id: newId() } : {};
  return makeOutboxEntry({
    mutationId,
    name,
    args: { ...base, ...fresh, ...args } as MutationArgsInput<N>,
    userId: d.userId,
    deviceId: d.deviceId,
    hlc: formatHlc({ wallMs: 1_795_000_000_000 + mutationId, counter: 0, deviceId: d.deviceId }),
    createdAt: '2026-11-23T09:00:00+08:00',
  });
}

export const push = (h: Harness, d: { deviceId: string; accessToken: string }, mutations: unknown[], versions: Record<string, unknown> = {}) =>
  post(h, '/sync/push', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, mutations, ...versions }, d.accessToken);

export async function countRows(db: Db, table: 'field_records' | 'mutations_applied', deviceId: string): Promise<number> {
  const res = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table} WHERE device_id = $1`, [deviceId]);
  return res.rows[0]!.n;
}
