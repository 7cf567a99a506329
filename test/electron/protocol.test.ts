import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { mimeTypeOf, registerAppScheme, resolveAppUrl, respondToAppRequest } from '../../electron/main/protocol';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

// A bundle folder inside a parent that holds a secret next to it, so an escape would be observable.
let parent: string;
let root: string;
beforeAll(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(parent, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>清收工作台</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', '字体.otf'), 'OTTO');
  writeFileSync(path.join(parent, 'secret.txt'), 'customer data');
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const inRoot = (...p: string[]) => path.join(root, ...p);

describe('resolveAppUrl', () => {
  it.each([
    ['app://bundle/index.html', ['index.html']],
    ['app://bundle/', ['index.html']],
    ['app://bundle', ['index.html']],
    ['app://bundle/assets/index-abc123.js', ['assets', 'index-abc123.js']],
    ['app://bundle/assets/index-abc123.js?v=2#top', ['assets', 'index-abc123.js']],
    ['app://bundle/assets/%E5%AD%97%E4%BD%93.otf', ['assets', '字体.otf']],
    ['app://bundle/assets/chunk..min.js', ['assets', 'chunk..min.js']],
    ['app://BUNDLE/index.html', ['index.html']],
  ])('serves %s from the bundle', (url, parts) => {
    expect(resolveAppUrl(url, root)).toBe(inRoot(...parts));
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/../secret.txt',
    'app://bundle/assets/../../secret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://bundle/%2E%2E/secret.txt',
    'app://bundle/assets/%2e%2e/%2e%2e/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%252e%252e%252fsecret.txt/..',
    'app://bundle/..\\secret.txt',
    'app://bundle/assets\\..\\..\\secret.txt',
    'app://bundle/%5c..%5csecret.txt',
    'app://bundle//etc/passwd',
    'app://bundle/%2Fetc%2Fpasswd',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/c%3A%5CWindows%5Cwin.ini',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });
});

describe('respondToAppRequest', () => {
  const csp = contentSecurityPolicy();
  const get = (url: string, method = 'GET') => respondToAppRequest(new Request(url, { method }), root, csp);

  it('serves a page with its MIME type and the CSP header', async () => {
    const response = await get('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('清收工作台');
  });

  it('serves scripts as JavaScript and fonts as fonts', async () => {
    expect((await get('app://bundle/assets/index-abc123.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://bundle/assets/%E5%AD%97%E4%BD%93.otf')).headers.get('content-type')).toBe('font/otf');
  });

  it('answers 403 to a traversal, without the secret', async () => {
    const response = await get('app://bundle/%2e%2e%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('customer data');
    expect(response.headers.get('content-security-policy')).toBe(csp);
  });

  it('answers 404 to a missing file or a folder', async () => {
    expect((await get('app://bundle/missing.js')).status).toBe(404);
    expect((await get('app://bundle/assets')).status).toBe(404);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('the app:// scheme', () => {
  it('is registered as standard and secure, so the page has its own origin and a secure context', () => {
    registerAppScheme();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('knows the MIME types of what the bundle holds', () => {
    expect(mimeTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
