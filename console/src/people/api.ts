import {
  BranchListSchema,
  BranchSchema,
  ChangePasswordAnswerSchema,
  DeviceListSchema,
  DeviceSchema,
  UserDetailSchema,
  UserListSchema,
  UserSchema,
  UserWithPasswordSchema,
  type BranchDetails,
} from '../../../shared/people/api';
import { apiGet, apiPost, apiSend } from '../api/client';

/** Head office's people-and-devices routes (docs/server.md, "People and devices"), answers checked with the shared schemas. */

const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return q.size > 0 ? `?${q}` : '';
};
const seg = encodeURIComponent;

export const fetchBranches = () => apiGet('/admin/branches', BranchListSchema).then((a) => a.branches);
export const saveBranch = (code: string, details: BranchDetails, isNew: boolean) =>
  isNew ? apiPost('/admin/branches', { code, ...details }, BranchSchema) : apiSend('PUT', `/admin/branches/${seg(code)}`, details, BranchSchema);

export const fetchUsers = (filter: { branchCode?: string; role?: string; status?: string }) => apiGet(`/admin/users${query(filter)}`, UserListSchema).then((a) => a.users);
export const fetchUser = (id: string) => apiGet(`/admin/users/${seg(id)}`, UserDetailSchema);
export const createUser = (body: { id: string; name: string; role: string; branchCode: string; password?: string }) => apiPost('/admin/users', body, UserWithPasswordSchema);
export const updateUser = (id: string, body: { role?: string; branchCode?: string; name?: string }) => apiSend('PATCH', `/admin/users/${seg(id)}`, body, UserSchema);
export const setUserDisabled = (id: string, disabled: boolean, reason: string) => apiPost(`/admin/users/${seg(id)}/${disabled ? 'disable' : 'enable'}`, { reason }, UserSchema);
export const resetUserPassword = (id: string) => apiPost(`/admin/users/${seg(id)}/reset-password`, {}, UserWithPasswordSchema);

export const fetchDevices = (filter: { branchCode?: string; userId?: string }) => apiGet(`/admin/devices${query(filter)}`, DeviceListSchema).then((a) => a.devices);
export const revokeDevice = (id: string, reason: string) => apiPost(`/admin/devices/${seg(id)}/revoke`, { reason }, DeviceSchema);
export const wipeDevice = (id: string, reason: string) => apiPost(`/admin/devices/${seg(id)}/wipe`, { reason }, DeviceSchema);

export const changeMyPassword = (currentPassword: string, newPassword: string) => apiPost('/auth/change-password', { currentPassword, newPassword }, ChangePasswordAnswerSchema);

