import type { Role } from '../../shared/domain/staff';

/** Who is calling: the signed-in user on an enrolled, unrevoked device. Role and branch as they are now. */
export interface Principal {
  userId: string;
  deviceId: string;
  deviceCode: string;
  role: Role;
  branchCode: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
