import { describe, expect, it } from 'vitest';
import { startupHeadOfficeUrl } from '../../../shared/ipc/headOfficeUrl';

describe('startupHeadOfficeUrl', () => {
  it.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['  https://headoffice.bank.example/recovery//  ', 'https://headoffice.bank.example/recovery'],
    ['http://localhost:4175', 'http://localhost:4175'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
  ])('takes %j as %j', (text, url) => {
    expect(startupHeadOfficeUrl(text)).toBe(url);
  });

  it.each([undefined, null, '', '   ', 'ftp://x', 'javascript:alert(1)', 'app://bundle', 'http://user:pw@host', 'http://host/?a=1', 'http://host/#x', 'headoffice:8787', 'http://', `http://h/${'a'.repeat(2100)}`])(
    'refuses %j (none configured)',
    (text) => {
      expect(startupHeadOfficeUrl(text)).toBeNull();
    },
  );
});
