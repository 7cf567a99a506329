import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchStartupHeadOfficeUrl } from '../../../renderer/src/platform/browserPlatform';
import { headOfficePlugin } from '../../../scripts/web.mjs';

// A real HTTP server answering the way scripts/web.mjs's plugin does, and the way other static hosts might.
let server: Server;
let base: string;
const answers: Record<string, { status: number; type: string; body: string }> = {
  '/plain/head-office.json': { status: 200, type: 'text/html', body: '<!doctype html><html></html>' }, // an SPA fallback
  '/bad/head-office.json': { status: 200, type: 'application/json', body: JSON.stringify({ headOfficeUrl: 'javascript:alert(1)' }) },
  '/broken/head-office.json': { status: 500, type: 'text/plain', body: 'oops' },
};

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
/** The middleware the plugin installs in Vite's preview server. */
function middlewareOf(plugin: ReturnType<typeof headOfficePlugin>): Middleware {
  let installed: Middleware | undefined;
  plugin.configurePreviewServer({ middlewares: { use: (fn: Middleware) => (installed = fn) } } as never);
  return installed!;
}

beforeAll(async () => {
  const middlewares = [middlewareOf(headOfficePlugin('http://127.0.0.1:8787')), middlewareOf(headOfficePlugin(null))];
  server = createServer((req, res) => {
    const url = req.url ?? '';
    const fixed = answers[url];
    if (fixed) return void res.writeHead(fixed.status, { 'content-type': fixed.type }).end(fixed.body);
    // /app/… is served with a head office, /none/… without one; the plugin sees paths relative to its root.
    const [, prefix, rest] = /^\/(app|none)(\/.*)$/.exec(url) ?? [];
    if (prefix && rest) {
      req.url = rest;
      return void middlewares[prefix === 'app' ? 0 : 1]!(req, res, () => res.writeHead(404).end());
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the browser build learns its head office from /head-office.json', () => {
  it('reads the address the web server was started with', async () => {
    expect(await fetchStartupHeadOfficeUrl(`${base}/app/index.html`)).toBe('http://127.0.0.1:8787');
  });

  it('is null when the server was started without one', async () => {
    expect(await fetchStartupHeadOfficeUrl(`${base}/none/`)).toBeNull();
  });

  it.each(['plain', 'bad', 'broken', 'missing'])('is null when the host answers something else (%s)', async (where) => {
    expect(await fetchStartupHeadOfficeUrl(`${base}/${where}/`)).toBeNull();
  });

  it('is null when nothing answers at all', async () => {
    expect(await fetchStartupHeadOfficeUrl('http://127.0.0.1:9/')).toBeNull();
  });
});
