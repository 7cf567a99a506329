import type { ZodType } from 'zod';
import { useSession } from '../session/session';

/**
 * The one way the console reaches head office: same origin, JSON, the session's bearer token, one refresh on
 * an expired token, and every refusal turned into a ConsoleError with head office's stable code (the screens
 * translate the code, never show the raw text alone). Answers are checked with the route's schema.
 */
export class ConsoleError extends Error {
  override name = 'ConsoleError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 60_000;

async function errorOf(res: Response): Promise<ConsoleError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } & Record<string, unknown> };
    const { code, message, ...detail } = body.error ?? {};
    return new ConsoleError(res.status, code ?? `http_${res.status}`, message ?? res.statusText, detail);
  } catch {
    return new ConsoleError(res.status, `http_${res.status}`, res.statusText);
  }
}

async function send(path: string, init: RequestInit, retried = false): Promise<Response> {
  const token = useSession.getState().accessToken;
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    throw new ConsoleError(0, timedOut ? 'timeout' : 'offline', err instanceof Error ? err.message : String(err));
  }
  if (res.status === 401 && !retried) {
    const error = await errorOf(res.clone());
    if (error.code === 'token_expired' && (await useSession.getState().refresh())) return send(path, init, true);
    if (error.code !== 'invalid_credentials') useSession.getState().expired();
    throw error;
  }
  if (!res.ok) throw await errorOf(res);
  return res;
}

function parse<T>(schema: ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ConsoleError(0, 'bad_answer', `${path}: ${result.error.issues[0]?.message ?? 'unexpected answer'}`);
  return result.data;
}

export async function apiGet<T>(path: string, schema: ZodType<T>): Promise<T> {
  const res = await send(path, { method: 'GET' });
  return parse(schema, await res.json(), path);
}

export async function apiSend<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, schema: ZodType<T>): Promise<T> {
  const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  const res = await send(path, init);
  return parse(schema, await res.json(), path);
}

export const apiPost = <T>(path: string, body: unknown, schema: ZodType<T>) => apiSend('POST', path, body, schema);

/** A file's bytes (a PDF, a photo, a report) as a Blob, for an object URL or a download. */
export async function apiBlob(path: string): Promise<Blob> {
  const res = await send(path, { method: 'GET' });
  return res.blob();
}

/**
 * Uploads raw bytes with progress (fetch reports none for uploads): XMLHttpRequest, the same token and the
 * same error shape. `onProgress` gets 0..1.
 */
export function apiUpload<T>(path: string, file: Blob, schema: ZodType<T>, onProgress: (fraction: number) => void = () => {}, contentType = 'application/octet-stream'): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = useSession.getState().accessToken;
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.timeout = 10 * TIMEOUT_MS;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ConsoleError(0, 'offline', 'the upload did not reach head office'));
    xhr.ontimeout = () => reject(new ConsoleError(0, 'timeout', 'the upload timed out'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: handled below */
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(parse(schema, body, path));
        } catch (err) {
          reject(err);
        }
        return;
      }
      const { code, message, ...detail } = (body as { error?: { code?: string; message?: string } & Record<string, unknown> } | null)?.error ?? {};
      reject(new ConsoleError(xhr.status, code ?? `http_${xhr.status}`, message ?? xhr.statusText, detail));
    };
    onProgress(0);
    xhr.send(file);
  });
}
