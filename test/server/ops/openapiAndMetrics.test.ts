import type { ZodType } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponseSchema, PushResponseSchema, REJECTION_CODES } from '../../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import type { Db } from '../../../server/db/types';
import { buildServer } from '../../../server/http/app';
import { ErrorAnswerSchema } from '../../../server/http/openapi';
import { HealthAnswerSchema, RevokeAnswerSchema, SessionAnswerSchema, SignInAnswerSchema, SignOutAnswerSchema } from '../../../server/http/answers';
import { testConfig } from '../../../server/config';
import { entry, openDb, post, push, signIn, startHarness, type Harness } from '../harness';

interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, { content?: { 'application/json'?: { schema?: unknown } } }>;
}
type Spec = { openapi: string; info: { version: string }; paths: Record<string, Record<string, Operation>> };

let db: Db;
let h: Harness;
const metricsToken = 'metrics-token-'.padEnd(32, 'm');

beforeAll(async () => {
  db = await openDb();
  h = await startHarness(db, { config: { metricsToken } });
});
afterAll(async () => {
  await h.close();
  await db.close();
});

async function getSpec(): Promise<Spec> {
  const res = await fetch(`${h.url}/openapi.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as Spec;
}

describe('OpenAPI description (/openapi.json)', () => {
  it('documents every route the service registers, and nothing else', async () => {
    // Every route as Fastify registers it, from a fresh app: HEAD (automatic for GET) and the CORS preflight
    // (`OPTIONS *`, hidden) are not operations of their own.
    const app = buildServer({ db, config: testConfig() });
    const registered: string[] = [];
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD' || (route.schema as { hide?: boolean } | undefined)?.hide) continue;
        registered.push(`${method.toLowerCase()} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
      }
    });
    await app.ready();
    await app.close();
    const spec = await getSpec();
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(registered.length).toBeGreaterThanOrEqual(9);
    expect(documented.sort()).toEqual(registered.sort());
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        expect(op.summary, where).toBeTruthy();
        expect(op.tags?.length, where).toBeGreaterThan(0);
        expect(op.responses?.['200'], where).toBeDefined();
        if (method === 'post' && path !== '/auth/sign-out' && !path.startsWith('/devices/')) expect(op.requestBody, where).toBeDefined();
      }
    }
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('describes the bodies with the schemas the handlers check, and marks the routes that need a token', async () => {
    const spec = await getSpec();
    const body = (path: string) => JSON.stringify(spec.paths[path]!.post!.requestBody);
    expect(body('/auth/sign-in')).toContain('"userId"');
    expect(body('/auth/sign-in')).toContain('"password"');
    expect(body('/sync/push')).toContain('"mutations"');
    expect(body('/sync/pull')).toContain('"cursor"');
    const bearer = Object.entries(spec.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security).map(([m]) => `${m} ${path}`));
    expect(bearer.sort()).toEqual(
      [
        'get /admin/audit/chains',
        'get /admin/audit/devices/{deviceId}/entries',
        'get /admin/audit/findings',
        'get /admin/branches',
        'get /admin/cases/lookup',
        'get /admin/cases/{id}/evidence',
        'get /admin/config/{kind}',
        'get /admin/config/{kind}/{scope}/versions',
        'get /admin/devices',
        'get /admin/evidence/{sha256}',
        'get /admin/me',
        'get /admin/overview',
        'get /admin/portfolio/cases',
        'get /admin/portfolio/directory',
        'get /admin/portfolio/imports',
        'get /admin/portfolio/imports/{id}',
        'get /admin/portfolio/imports/{id}/rejections.csv',
        'get /admin/portfolio/imports/template',
        'get /admin/reconciliation',
        'get /admin/reconciliation/deposit-files',
        'get /admin/reconciliation/export',
        'get /admin/users',
        'get /admin/users/{id}',
        'get /evidence/{sha256}',
        'patch /admin/users/{id}',
        'post /admin/branches',
        'post /admin/config/{kind}',
        'post /admin/devices/{id}/revoke',
        'post /admin/devices/{id}/wipe',
        'post /admin/portfolio/assign',
        'post /admin/portfolio/imports',
        'post /admin/portfolio/imports/{id}/apply',
        'post /admin/portfolio/imports/{id}/discard',
        'post /admin/reconciliation/deposit-files',
        'post /admin/users',
        'post /admin/users/{id}/disable',
        'post /admin/users/{id}/enable',
        'post /admin/users/{id}/reset-password',
        'post /audit/entries',
        'post /auth/change-password',
        'post /auth/confirm-approver',
        'post /devices/{id}/revoke',
        'post /evidence/held',
        'post /evidence/{sha256}',
        'post /sync/directory',
        'post /sync/pull',
        'post /sync/push',
        'put /admin/branches/{code}',
        'get /admin/conduct-exceptions',
        'get /admin/outsourcing/agencies',
        'get /admin/outsourcing/agencies/{id}/cases',
        'get /admin/outsourcing/agencies/{id}/export',
        'get /admin/outsourcing/agencies/{id}/exports',
        'get /admin/outsourcing/agencies/{id}/results',
        'get /admin/outsourcing/agencies/{id}/proposals',
        'get /admin/outsourcing/recovery',
        'post /admin/outsourcing/agencies',
        'post /admin/outsourcing/agencies/{id}/cases',
        'post /admin/outsourcing/agencies/{id}/results',
        'post /admin/outsourcing/cases/{caseId}/recall',
        'put /admin/outsourcing/agencies/{id}',
        'get /admin/payments/imports',
        'get /admin/payments/imports/{id}',
        'get /admin/payments/imports/{id}/rejections.csv',
        'get /admin/payments/imports/template',
        'post /admin/payments/imports',
        'post /admin/payments/imports/{id}/apply',
        'post /admin/payments/imports/{id}/discard',
        'get /admin/legal/referrals',
        'post /admin/legal/referrals/{id}/review',
        'get /admin/legal/cases',
        'get /admin/legal/cases/{caseId}',
        'post /admin/legal/cases/{caseId}/steps',
        'get /admin/kpi/performance',
        'get /admin/kpi/report',
        'get /admin/kpi/targets',
        'post /admin/kpi/targets',
      ].sort(),
    );
  });

  it('the documented answers are what the service sends (real answers parsed with the same schemas)', async () => {
    const check = (schema: ZodType, value: unknown) => expect(schema.safeParse(value).error?.issues ?? []).toEqual([]);
    check(HealthAnswerSchema, await (await fetch(`${h.url}/health`)).json());
    const signedIn = await post(h, '/auth/sign-in', { userId: 'demo-officer-310115-01', password: 'demo1234', deviceId: 'OPENAPI1' });
    check(SignInAnswerSchema, signedIn.body);
    const refreshed = await post(h, '/auth/refresh', { refreshToken: signedIn.body.refreshToken, deviceId: 'OPENAPI1' });
    check(SessionAnswerSchema, refreshed.body);
    const d = { deviceId: 'OPENAPI1', userId: 'demo-officer-310115-01', accessToken: refreshed.body.accessToken as string };
    check(PushResponseSchema, (await push(h, d, [])).body);
    const pulled = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor: null, limit: 10 }, d.accessToken);
    check(PullResponseSchema, pulled.body);
    const supervisor = await signIn(h, 'demo-supervisor-310115');
    check(RevokeAnswerSchema, (await post(h, '/devices/OPENAPI1/revoke', {}, supervisor.accessToken)).body);
    check(SignOutAnswerSchema, (await post(h, '/auth/sign-out', { refreshToken: refreshed.body.refreshToken, deviceId: 'OPENAPI1' })).body);
    check(ErrorAnswerSchema, (await post(h, '/auth/sign-in', { userId: 'nobody' })).body);
  });
});

/** The value of one sample line of the exposition, 0 when absent. */
async function sample(name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${h.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`) || (labels === '' && l.startsWith(`${name} `)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('metrics (/metrics)', () => {
  it('needs METRICS_TOKEN when it is set, and answers in the Prometheus text format', async () => {
    expect((await fetch(`${h.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${h.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const res = await fetch(`${h.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('# TYPE headoffice_http_requests_total counter');
    expect(text).toContain('# TYPE headoffice_http_request_duration_seconds histogram');
    expect(text).toContain('headoffice_process_cpu_user_seconds_total');
  });

  it('counts requests by route pattern and status, with their latency', async () => {
    const labels = 'method="GET",route="/health",status_code="200"';
    const before = await sample('headoffice_http_requests_total', labels);
    const latencyBefore = await sample('headoffice_http_request_duration_seconds_count', 'method="GET",route="/health"');
    for (let i = 0; i < 3; i++) await fetch(`${h.url}/health`);
    expect(await sample('headoffice_http_requests_total', labels)).toBe(before + 3);
    expect(await sample('headoffice_http_request_duration_seconds_count', 'method="GET",route="/health"')).toBe(latencyBefore + 3);
    // An id in the path is not a label value: the pattern is.
    const collector = await signIn(h, 'demo-officer-310115-02');
    await post(h, '/devices/NOSUCHDEVICE/revoke', {}, collector.accessToken);
    expect(await sample('headoffice_http_requests_total', 'method="POST",route="/devices/:id/revoke",status_code="403"')).toBeGreaterThanOrEqual(1);
  });

  it('counts refusals by code: a wrong password, an unknown route', async () => {
    const wrong = 'route="/auth/sign-in",code="invalid_credentials"';
    const before = await sample('headoffice_rejections_total', wrong);
    expect((await post(h, '/auth/sign-in', { userId: 'demo-clerk-310115', password: 'not-it', deviceId: 'METRICS1' })).status).toBe(401);
    expect(await sample('headoffice_rejections_total', wrong)).toBe(before + 1);
    const notFound = await sample('headoffice_rejections_total', 'route="(no route)",code="not_found"');
    await fetch(`${h.url}/no/such/route`);
    expect(await sample('headoffice_rejections_total', 'route="(no route)",code="not_found"')).toBe(notFound + 1);
  });

  it('counts sync rounds, the mutations decided and the rejections by reason, as the push answered them', async () => {
    const d = await signIn(h, 'demo-officer-310115-03');
    const statuses = ['applied', 'duplicate', 'rejected'];
    const reasons = [...REJECTION_CODES, 'other'];
    const read = async () => ({
      rounds: await sample('headoffice_sync_rounds_total', 'direction="push"'),
      status: await Promise.all(statuses.map((x) => sample('headoffice_sync_mutations_total', `status="${x}"`))),
      reason: await Promise.all(reasons.map((x) => sample('headoffice_sync_rejections_total', `reason="${x}"`))),
    });
    const before = await read();
    // A mutation that fails its schema (rejected, invalid), and a well-formed one, whatever head office decides.
    const bad = { ...entry('recordAccessEvent', d, 1), args: { nonsense: true } };
    const res = await push(h, d, [bad, entry('recordAccessEvent', d, 2)]);
    expect(res.status).toBe(200);
    const results = res.body.results as { status: string; reason?: { code: string } }[];
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid' } });
    const after = await read();
    expect(after.rounds).toBe(before.rounds + 1);
    expect(after.status.map((n, i) => n - before.status[i]!)).toEqual(statuses.map((x) => results.filter((r) => r.status === x).length));
    const known = (code: string) => ((REJECTION_CODES as readonly string[]).includes(code) ? code : 'other');
    expect(after.reason.map((n, i) => n - before.reason[i]!)).toEqual(reasons.map((x) => results.filter((r) => r.reason && known(r.reason.code) === x).length));
    const pulls = await sample('headoffice_sync_rounds_total', 'direction="pull"');
    await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor: null, limit: 50 }, d.accessToken);
    expect(await sample('headoffice_sync_rounds_total', 'direction="pull"')).toBe(pulls + 1);
  });
});
