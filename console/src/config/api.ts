import { z } from 'zod';
import { apiGet, apiPost } from '../api/client';
import { PublishedConfigSchema, type ConfigKind, type ConfigScope, type PublishedConfig } from '../../../shared/publishedConfig';

/** Head office's published-configuration routes (server/console/config/routes.ts), answers checked with the shared schemas. */

const CurrentSchema = z.object({ current: z.array(PublishedConfigSchema), branches: z.array(z.object({ code: z.string(), name: z.string(), rulePack: z.string() })) });
export type CurrentConfig = z.output<typeof CurrentSchema>;

export const readCurrent = (kind: ConfigKind): Promise<CurrentConfig> => apiGet(`/admin/config/${kind}`, CurrentSchema);

export const readVersions = (kind: ConfigKind, scope: ConfigScope, key = ''): Promise<PublishedConfig[]> =>
  apiGet(`/admin/config/${kind}/${scope}/versions?key=${encodeURIComponent(key)}`, z.object({ versions: z.array(PublishedConfigSchema) })).then((a) => a.versions);

export const publish = (kind: ConfigKind, scope: ConfigScope, payload: unknown): Promise<PublishedConfig> => apiPost(`/admin/config/${kind}`, { scope, payload }, PublishedConfigSchema);
