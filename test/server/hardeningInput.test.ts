import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import type { Db } from '../../server/db/types';
import { buildServer } from '../../server/http/app';
import { testConfig } from '../../server/config';
import { type Harness, openDb, post, signIn, startHarness } from './harness';

const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION };

describe('schema validation on every route', () => {
  let db: Db;
  let h: Harness;
  let d: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
    d = await signIn(h, 'demo-supervisor-110105');
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  /** [route, bad body, the field the 400 must name]; every route the service has must appear here. */
  const BAD: [string, string, () => unknown, string][] = [
    ['POST', '/auth/sign-in', () => ({ userId: 'demo-clerk-110105', password: 'demo1234', deviceId: 'D1', role: 'head_office_admin' }), 'body'],
    ['POST', '/auth/sign-in', () => ({ userId: 'demo-clerk-110105', password: 'demo1234', deviceId: '../../etc' }), 'body.deviceId'],
    ['POST', '/auth/sign-in', () => ({ userId: ['demo-clerk-110105'], password: 'demo1234', deviceId: 'D1' }), 'body.userId'],
    ['POST', '/auth/refresh', () => ({ refreshToken: 'short', deviceId: d.deviceId }), 'body.refreshToken'],
    ['POST', '/auth/refresh', () => ({ refreshToken: 'x'.repeat(43), deviceId: d.deviceId, userId: 'demo-admin' }), 'body'],
    ['POST', '/auth/sign-out', () => ({ refreshToken: 'short', deviceId: d.deviceId }), 'body.refreshToken'],
    ['POST', '/auth/confirm-approver', () => ({ userId: 'demo-supervisor-310115', password: 'demo1234', deviceId: d.deviceId }), 'body'],
    ['POST', '/devices/:id/revoke', () => ({ reason: 'x', revokeAll: true }), 'body'],
    ['POST', '/devices/:id/revoke', () => ({ reason: 'x'.repeat(501) }), 'body.reason'],
    ['POST', '/sync/push', () => ({ ...versions, deviceId: d.deviceId, mutations: 'all' }), 'body.mutations'],
    ['POST', '/sync/pull', () => ({ ...versions, deviceId: d.deviceId, cursor: null, limit: -5 }), 'body.limit'],
    ['POST', '/sync/directory', () => ({ branchCode: 7 }), 'body.branchCode'],
    ['POST', '/sync/directory', () => ({ branchCode: '110105', members: [] }), 'body'],
    ['POST', '/auth/change-password', () => ({ currentPassword: 'demo1234', newPassword: ['x'] }), 'body.newPassword'],
    ['POST', '/auth/change-password', () => ({ currentPassword: 'demo1234', newPassword: 'Long-enough-2026!', userId: 'demo-admin' }), 'body'],
    ['POST', '/audit/entries', () => ({ deviceId: d.deviceId, entries: 'all' }), 'body.entries'],
  ];

  it('has a bad-input case for every route the service answers', async () => {
    // Every route as Fastify registers it (a fresh app, as the OpenAPI test does), pages hidden.
    const app = buildServer({ db, config: testConfig() });
    const routes: string[] = [];
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD' || method === 'OPTIONS' || (route.schema as { hide?: boolean } | undefined)?.hide) continue;
        routes.push(`${method} ${route.url}`);
      }
    });
    await app.ready();
    await app.close();
    const covered = new Set(BAD.map(([m, p]) => `${m} ${p}`));
    // GET /health, /metrics and /openapi.json take no input at all.
    const noInput = ['GET /health', 'GET /metrics', 'GET /openapi.json'];
    // The console's routes (/admin/…) and the evidence upload (raw bytes, query parameters) have their bad-input
    // cases beside their capability in test/server/console/; each must at least be called there.
    const elsewhere = (r: string) => / \/(admin|evidence)\//.test(r);
    const consoleTests = readdirSync(join(import.meta.dirname, 'console'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(import.meta.dirname, 'console', f), 'utf8'))
      .join('\n');
    const untested = routes.filter(elsewhere).filter((r) => !consoleTests.includes(r.split(' ')[1]!.split('/:')[0]!));
    expect(untested).toEqual([]);
    expect(routes.filter((r) => !noInput.includes(r) && !elsewhere(r)).sort()).toEqual([...covered].sort());
  });

  it.each(BAD)('%s %s refuses a bad body with 400 naming %s', async (_method, path, body, field) => {
    const res = await post(h, path.replace(':id', 'D-no-such-device'), body(), path.startsWith('/auth') && path !== '/auth/confirm-approver' && path !== '/auth/change-password' ? undefined : d.accessToken);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message.split(':')[0]).toBe(field);
  });

  it('refuses a path parameter that is not a device id', async () => {
    const res = await post(h, '/devices/..%2F..%2Fusers/revoke', {}, d.accessToken);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^params\.id/);
  });

  it('puts the security headers on answers of every kind', async () => {
    for (const res of [await fetch(h.url + '/health'), await fetch(h.url + '/nowhere'), await fetch(h.url + '/auth/sign-in', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } })]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

/**
 * Parameterised SQL only: every `query(` in server code takes a SQL text with no `${…}` and no `+`
 * joining values into it; values go in the params array. A grep-style check over server/**, so a
 * string-built query fails the tests, wherever it is added.
 */
describe('server code builds no SQL from values', () => {
  const root = join(__dirname, '../../server');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs|js)$/.test(n) ? [p] : [];
    });

  /** Calls whose SQL argument is not a literal, each with why it is safe. */
  const ALLOWED = new Map([
    ['db/migrate.ts: statement', 'the statements of the fixed migrations in migrations.ts, no values'],
    ['db/pglite.ts: sql', 'the adapter passing a caller’s SQL and params through'],
    ['db/postgres.ts: statementOf(sql, params)', 'the adapter passing a caller’s SQL and params through, as a named prepared statement'],
    ["sync/push.ts: decision.status === 'rejected' ? 'ROLLBACK TO SAVEPOINT push_entry' : 'RELEASE SAVEPOINT push_entry'", 'a choice of two fixed statements'],
    ['conduct/recheck.ts: sql', 'the re-check passing its own reads through, to note one that failed'],
  ]);
  /** `${…}` inside SQL texts that insert fixed SQL, never a value, each with why. */
  const ALLOWED_FRAGMENTS = new Map([
    ["import/apply.ts: ids ? ' WHERE id = ANY($1::text[])' : ''", 'a fixed WHERE clause; the ids go in as $1'],
    ['sync/pull.ts: scope', 'scopeFilter returns fixed SQL with $n placeholders and pushes the values into params'],
    ['console/people/devices.ts: DEVICE_COLUMNS', 'a constant column list (console/people/rows.ts)'],
    ['console/people/users.ts: USER_COLUMNS', 'a constant column list (console/people/rows.ts)'],
    ['console/people/users.ts: DEVICE_COLUMNS', 'a constant column list (console/people/rows.ts)'],
    ["console/people/users.ts: lock ? ' FOR UPDATE OF u' : ''", 'a fixed locking clause'],
    ['console/portfolio/caseQuery.ts: SELECT', 'a constant select list'],
    ['console/portfolio/caseQuery.ts: FIGURES', 'a constant lateral join'],
    ['console/portfolio/caseQuery.ts: where.sql', 'whereOf returns fixed SQL with $n placeholders and pushes the values into params'],
    ['console/portfolio/caseQuery.ts: n + 1', 'a placeholder number'],
    ['console/portfolio/caseQuery.ts: n + 2', 'a placeholder number'],
    ['console/portfolio/caseQuery.ts: where.params.length + 1', 'a placeholder number'],
    ['console/reconciliation/depositFiles.ts: SELECT', 'a constant select list'],
    ['console/reconciliation/load.ts: RECEIPTS', 'a constant query'],
    ['console/reconciliation/load.ts: DEPOSITS', 'a constant query'],
    ['import/history.ts: SUMMARY_COLUMNS', 'a constant column list'],
    ['kpi/snapshots.ts: COLUMNS', 'a constant column list'],
    ['kpi/snapshots.ts: MAIN_PRODUCT', 'a constant CASE expression (the product of a case’s largest account)'],
    ['kpi/read.ts: where', 'a constant WHERE clause with $1 and $2 placeholders'],
    ['kpi/bankFigures.ts: inPeriod', 'a constant WHERE clause with $1 to $7 placeholders'],
  ]);

  /** Every `.query(` / `.query<…>(` call: the file and its first argument's text, up to the first top-level comma. */
  function queryCalls(text: string): string[] {
    const out: string[] = [];
    const re = /\.query(?:<[^>(]*(?:<[^>]*>[^>(]*)*>)?\(/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let i = re.lastIndex;
      while (/\s/.test(text[i]!)) i++;
      const quote = text[i];
      if (quote === '`' || quote === "'" || quote === '"') {
        let j = i + 1;
        while (j < text.length && !(text[j] === quote && text[j - 1] !== '\\')) j++;
        let k = j + 1;
        while (/\s/.test(text[k]!)) k++;
        out.push(text.slice(i, k + 1));
      } else {
        // Up to the first top-level comma or closing parenthesis.
        let depth = 0;
        let j = i;
        for (; j < text.length; j++) {
          const ch = text[j]!;
          if (ch === '(' || ch === '[' || ch === '{') depth++;
          else if (ch === ')' || ch === ']' || ch === '}') {
            if (depth === 0) break;
            depth--;
          } else if (ch === ',' && depth === 0) break;
        }
        out.push(text.slice(i, j).trim());
      }
    }
    return out;
  }

  it('finds the queries it checks (so the check itself can fail)', () => {
    expect(queryCalls("db.query<{ n: number }>(`SELECT ${x}`, [])")).toEqual(['`SELECT ${x}`,']);
    expect(queryCalls("tx.query('SELECT 1 WHERE a = ' + a)")).toEqual(["'SELECT 1 WHERE a = ' +"]);
    expect(queryCalls('q.query(sql, params)')).toEqual(['sql']);
    const all = files(root).flatMap((f) => queryCalls(readFileSync(f, 'utf8')));
    expect(all.length).toBeGreaterThan(30);
  });

  it('every query is a literal SQL text without interpolation or concatenation', () => {
    const problems: string[] = [];
    for (const file of files(root)) {
      const name = relative(root, file).replaceAll('\\', '/');
      for (const call of queryCalls(readFileSync(file, 'utf8'))) {
        const literal = /^[`'"]/.test(call);
        if (!literal) {
          if (!ALLOWED.has(`${name}: ${call}`)) problems.push(`${name}: query(${call}…) is not a literal SQL text`);
          continue;
        }
        if (call.startsWith('`')) {
          for (const [, expr] of call.matchAll(/\$\{([^}]*)\}/g)) {
            if (!ALLOWED_FRAGMENTS.has(`${name}: ${expr}`)) problems.push(`${name}: \${${expr}} interpolates into SQL`);
          }
        }
        if (/[+]$/.test(call.trim())) problems.push(`${name}: ${call.slice(0, 80)} concatenates onto SQL`);
      }
    }
    expect(problems).toEqual([]);
  });
});
