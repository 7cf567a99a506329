import { z } from 'zod';

/**
 * The versions a push or pull names, read before the rest of the body (a newer client may send another shape).
 * Made once: zod compiles a schema at its first parse, and a schema made per request paid that at every request.
 */
export const VersionsSchema = z.looseObject({ protocolVersion: z.number().int(), schemaVersion: z.number().int() });
