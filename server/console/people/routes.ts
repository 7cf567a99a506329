import type { ConsoleDeps } from '../deps';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  BranchDetailsSchema,
  BranchListSchema,
  BranchParamsSchema,
  BranchSchema,
  CreateBranchRequestSchema,
  CreateUserRequestSchema,
  DeviceListQuerySchema,
  DeviceListSchema,
  DeviceParamsSchema,
  DeviceSchema,
  ReasonRequestSchema,
  ResetPasswordRequestSchema,
  UpdateUserRequestSchema,
  UserDetailSchema,
  UserListQuerySchema,
  UserListSchema,
  UserParamsSchema,
  UserSchema,
  UserWithPasswordSchema,
} from '../../../shared/people/api';
import { parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleAdmin, consoleReader } from '../authorize';
import { createBranch, listBranches, updateBranch } from './branches';
import { listDevices, requestWipe, revokeWithReason } from './devices';
import { branchOfUser, createUser, listUsers, resetPassword, setDisabled, updateUser, userDetail } from './users';

const doc = (summary: string, more: { body?: z.ZodType; params?: z.ZodType; querystring?: z.ZodType; answer: z.ZodType; errors?: number[]; description?: string }) =>
  routeSchema({ summary, tags: ['console', 'people'], bearer: true, errors: [401, 403, ...(more.errors ?? [])], ...more });

/**
 * People and devices (docs/server.md, "People and devices"): branches, users and devices. Reading: a head-office
 * admin the whole bank, a supervisor their own branch. Every change: a head-office admin, audited.
 */
export function peopleRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate, now } = deps;
  const opts = (schema: ReturnType<typeof doc>) => ({ schema, preHandler: authenticate });

  app.get('/admin/branches', opts(doc('Branches with their details, repayment accounts and rule pack', { answer: BranchListSchema })), async (req) => {
    const reader = consoleReader(req);
    return { branches: await listBranches(db, reader.branchCode) };
  });
  app.post('/admin/branches', opts(doc('Create a branch (head-office admin)', { body: CreateBranchRequestSchema, answer: BranchSchema, errors: [409] })), async (req) => {
    consoleAdmin(req);
    const { code, ...details } = parseWith(CreateBranchRequestSchema, req.body, 'body');
    return createBranch(db, code, details);
  });
  app.put('/admin/branches/:code', opts(doc('Edit a branch’s details, accounts and rule pack (head-office admin)', { params: BranchParamsSchema, body: BranchDetailsSchema, answer: BranchSchema, errors: [404] })), async (req) => {
    consoleAdmin(req);
    const { code } = parseWith(BranchParamsSchema, req.params, 'params');
    return updateBranch(db, code, parseWith(BranchDetailsSchema, req.body, 'body'));
  });

  app.get('/admin/users', opts(doc('Users, filtered by branch, role and status', { querystring: UserListQuerySchema, answer: UserListSchema })), async (req) => {
    const reader = consoleReader(req);
    const query = parseWith(UserListQuerySchema, req.query, 'query');
    if (query.branchCode) assertBranchVisible(reader, query.branchCode);
    return { users: await listUsers(db, { ...query, branchCode: reader.branchCode ?? query.branchCode ?? null }, new Date(now())) };
  });
  app.post('/admin/users', opts(doc('Create a user who must change the password at first sign-in (head-office admin)', { body: CreateUserRequestSchema, answer: UserWithPasswordSchema, errors: [409], description: '400 weak_password when a typed password breaks the policy; without one head office makes a temporary password, answered once.' })), async (req) => {
    const admin = consoleAdmin(req);
    return createUser(db, admin, parseWith(CreateUserRequestSchema, req.body, 'body'), now());
  });
  app.get('/admin/users/:id', opts(doc('One user, with their changes (who, when, what) and devices', { params: UserParamsSchema, answer: UserDetailSchema, errors: [404] })), async (req) => {
    const reader = consoleReader(req);
    const { id } = parseWith(UserParamsSchema, req.params, 'params');
    assertBranchVisible(reader, await branchOfUser(db, id));
    return userDetail(db, id, new Date(now()));
  });
  app.patch('/admin/users/:id', opts(doc('Change a user’s name, role or branch (head-office admin)', { params: UserParamsSchema, body: UpdateUserRequestSchema, answer: UserSchema, errors: [404] })), async (req) => {
    const admin = consoleAdmin(req);
    const { id } = parseWith(UserParamsSchema, req.params, 'params');
    return updateUser(db, admin, id, parseWith(UpdateUserRequestSchema, req.body, 'body'), now());
  });
  for (const action of ['disable', 'enable'] as const) {
    const summary = action === 'disable' ? 'Disable a user: no sign-in or refresh, their devices’ tokens stop at once' : 'Enable a disabled user again';
    app.post(`/admin/users/:id/${action}`, opts(doc(`${summary} (head-office admin)`, { params: UserParamsSchema, body: ReasonRequestSchema, answer: UserSchema, errors: [404] })), async (req) => {
      const admin = consoleAdmin(req);
      const { id } = parseWith(UserParamsSchema, req.params, 'params');
      const { reason } = parseWith(ReasonRequestSchema, req.body, 'body');
      return setDisabled(db, admin, id, action === 'disable', reason, now());
    });
  }
  app.post('/admin/users/:id/reset-password', opts(doc('Set a temporary password and force a change at next sign-in (head-office admin)', { params: UserParamsSchema, body: ResetPasswordRequestSchema, answer: UserWithPasswordSchema, errors: [404] })), async (req) => {
    const admin = consoleAdmin(req);
    const { id } = parseWith(UserParamsSchema, req.params, 'params');
    return resetPassword(db, admin, id, parseWith(ResetPasswordRequestSchema, req.body ?? {}, 'body').password, now());
  });

  app.get('/admin/devices', opts(doc('Devices: user, code, enrolment, last sync, what each last reported, revocation and wipe', { querystring: DeviceListQuerySchema, answer: DeviceListSchema })), async (req) => {
    const reader = consoleReader(req);
    const query = parseWith(DeviceListQuerySchema, req.query, 'query');
    if (query.branchCode) assertBranchVisible(reader, query.branchCode);
    return { devices: await listDevices(db, { ...query, branchCode: reader.branchCode ?? query.branchCode ?? null }) };
  });
  app.post('/admin/devices/:id/revoke', opts(doc('Revoke a device with a reason (head-office admin)', { params: DeviceParamsSchema, body: ReasonRequestSchema, answer: DeviceSchema, errors: [404] })), async (req) => {
    const admin = consoleAdmin(req);
    const { id } = parseWith(DeviceParamsSchema, req.params, 'params');
    return revokeWithReason(db, admin, id, parseWith(ReasonRequestSchema, req.body, 'body').reason, now());
  });
  app.post('/admin/devices/:id/wipe', opts(doc('Remote wipe: revoke the device and tell it at its next contact to erase its local data (head-office admin)', { params: DeviceParamsSchema, body: ReasonRequestSchema, answer: DeviceSchema, errors: [404] })), async (req) => {
    const admin = consoleAdmin(req);
    const { id } = parseWith(DeviceParamsSchema, req.params, 'params');
    return requestWipe(db, admin, id, parseWith(ReasonRequestSchema, req.body, 'body').reason, now());
  });
}
