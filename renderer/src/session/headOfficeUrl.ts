import { z } from 'zod';

/**
 * The head-office address typed in Settings: http or https only, no credentials, path kept (a proxy may
 * serve it under a prefix), trailing slashes dropped. Plain http only on this computer (the embedded head
 * office): anywhere else the network is not ours, and the app's CSP refuses it too (docs/security.md).
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const HeadOfficeUrlSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .max(2048, 'too_long')
  .transform((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not_url' });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'protocol' });
      return z.NEVER;
    }
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
      ctx.addIssue({ code: 'custom', message: 'insecure' });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'credentials' });
      return z.NEVER;
    }
    if (url.search || url.hash) {
      ctx.addIssue({ code: 'custom', message: 'query' });
      return z.NEVER;
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  });

export type HeadOfficeUrlProblem = 'required' | 'too_long' | 'not_url' | 'protocol' | 'insecure' | 'credentials' | 'query';

export function checkHeadOfficeUrl(text: string): { ok: true; url: string } | { ok: false; problem: HeadOfficeUrlProblem } {
  const parsed = HeadOfficeUrlSchema.safeParse(text);
  if (parsed.success) return { ok: true, url: parsed.data };
  return { ok: false, problem: (parsed.error.issues[0]?.message ?? 'not_url') as HeadOfficeUrlProblem };
}
