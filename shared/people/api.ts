import { z } from 'zod';
import { RoleSchema } from '../domain/staff';
import { RulePackIdSchema } from '../session/rulePack';
import { DeviceIdSchema, plainLine } from '../sync/primitives';

/**
 * What the console sends and head office answers about branches, users and devices (issue 14 §3,
 * docs/server.md "People and devices"). Head office parses requests with these; the console parses answers.
 */

const When = z.string();

export const BranchCodeSchema = z.string().regex(/^[A-Za-z0-9]{2,16}$/, 'a branch code is 2-16 of A-Z a-z 0-9 (网点代码为 2-16 位字母或数字)');

export const RepaymentAccountSchema = z.strictObject({
  accountName: plainLine(100).min(1, 'an account name is required (户名必填)'),
  accountNumber: z.string().trim().regex(/^[0-9][0-9 -]{4,38}[0-9]$/, 'an account number is 6-40 digits, spaces or hyphens (账号为 6-40 位数字)'),
  bank: plainLine(100).min(1, 'the bank is required (开户行必填)'),
});
export type RepaymentAccount = z.output<typeof RepaymentAccountSchema>;

/** A branch's details as head office keeps them: the letterhead's defaults (address, postcode, phone) among them. */
export const BranchDetailsSchema = z.strictObject({
  name: plainLine(100).min(1, 'a name is required (名称必填)'),
  address: plainLine(200),
  postcode: z.string().trim().regex(/^[A-Za-z0-9 -]{0,12}$/, 'a postcode is up to 12 letters or digits (邮编格式不正确)'),
  phone: z.string().trim().regex(/^[0-9+() -]{0,30}$/, 'a phone number is up to 30 digits, spaces, +, ( ) or - (电话格式不正确)'),
  rulePack: RulePackIdSchema,
  accounts: z.array(RepaymentAccountSchema).max(10, 'at most 10 repayment accounts (最多 10 个还款账户)'),
});
export const CreateBranchRequestSchema = BranchDetailsSchema.extend({ code: BranchCodeSchema });
export type BranchDetails = z.output<typeof BranchDetailsSchema>;

export const BranchSchema = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  phone: z.string(),
  rulePack: z.string(),
  accounts: z.array(z.object({ accountName: z.string(), accountNumber: z.string(), bank: z.string() })),
  userCount: z.number().int(),
});
export type Branch = z.output<typeof BranchSchema>;
export const BranchListSchema = z.object({ branches: z.array(BranchSchema) });

export const UserIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}$/, 'a user id is 3-64 of A-Z a-z 0-9 _ . @ - (用户名为 3-64 位字母、数字或 _ . @ -)');
export const USER_STATUSES = ['active', 'disabled', 'locked'] as const;
export const UserStatusSchema = z.enum(USER_STATUSES);

export const UserListQuerySchema = z.strictObject({
  branchCode: BranchCodeSchema.optional(),
  role: RoleSchema.optional(),
  status: UserStatusSchema.optional(),
});

/** A password typed by an admin (checked against the policy at head office); none: head office makes one. */
const TypedPasswordSchema = z.string().min(1).max(256);

export const CreateUserRequestSchema = z.strictObject({
  id: UserIdSchema,
  name: plainLine(64).min(1, 'a name is required (姓名必填)'),
  role: RoleSchema,
  branchCode: BranchCodeSchema,
  password: TypedPasswordSchema.optional(),
});

export const UpdateUserRequestSchema = z
  .strictObject({ name: plainLine(64).min(1, 'a name is required (姓名必填)').optional(), role: RoleSchema.optional(), branchCode: BranchCodeSchema.optional() })
  .refine((b) => b.name !== undefined || b.role !== undefined || b.branchCode !== undefined, 'name, role or branchCode: send at least one (至少修改一项)');

export const ResetPasswordRequestSchema = z.strictObject({ password: TypedPasswordSchema.optional() });
export const ReasonRequestSchema = z.strictObject({ reason: plainLine(500).min(1, 'a reason is required (须填写原因)') });
export const UserParamsSchema = z.strictObject({ id: UserIdSchema });
export const BranchParamsSchema = z.strictObject({ code: BranchCodeSchema });
export const DeviceParamsSchema = z.strictObject({ id: DeviceIdSchema });

export const UserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: RoleSchema,
  branchCode: z.string(),
  status: UserStatusSchema,
  disabledAt: When.nullable(),
  lockedUntil: When.nullable(),
  mustChangePassword: z.boolean(),
  createdAt: When,
  deviceCount: z.number().int(),
});
export type User = z.output<typeof UserSchema>;
export const UserListSchema = z.object({ users: z.array(UserSchema) });

export const USER_CHANGE_KINDS = ['created', 'disabled', 'enabled', 'password_reset', 'password_changed', 'role_changed', 'branch_changed', 'name_changed'] as const;
export const UserChangeSchema = z.object({
  kind: z.enum(USER_CHANGE_KINDS),
  actorId: z.string(),
  at: When,
  /** e.g. { from, to } for a role, branch or name; { reason } for a disable. */
  detail: z.record(z.string(), z.string()),
});
export type UserChange = z.output<typeof UserChangeSchema>;

export const DeviceSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  branchCode: z.string(),
  deviceCode: z.string(),
  enrolledAt: When,
  lastSyncAt: When.nullable(),
  pendingChanges: z.number().int().nullable(),
  appVersion: z.string().nullable(),
  revokedAt: When.nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
  wipeRequestedAt: When.nullable(),
  wipeToldAt: When.nullable(),
});
export type Device = z.output<typeof DeviceSchema>;
export const DeviceListSchema = z.object({ devices: z.array(DeviceSchema) });
export const DeviceListQuerySchema = z.strictObject({ branchCode: BranchCodeSchema.optional(), userId: UserIdSchema.optional() });

export const UserDetailSchema = z.object({ user: UserSchema, changes: z.array(UserChangeSchema), devices: z.array(DeviceSchema) });
export type UserDetail = z.output<typeof UserDetailSchema>;
/** A created user, or a reset password: the temporary password is shown once and never kept in plain text. */
export const UserWithPasswordSchema = z.object({ user: UserSchema, temporaryPassword: z.string().nullable() });

export const ChangePasswordRequestSchema = z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(256) });
export const ChangePasswordAnswerSchema = z.object({ changed: z.literal(true), at: When });

/** What a device reports at each sync, as headers (small, and no change to the sync protocol's bodies). */
export const DEVICE_REPORT_HEADERS = { pendingChanges: 'x-device-pending-changes', appVersion: 'x-device-app-version' } as const;
export const AppVersionSchema = z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/);
export const PendingChangesSchema = z.coerce.number().int().min(0).max(10_000_000);
