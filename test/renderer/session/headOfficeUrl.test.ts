import { describe, expect, it } from 'vitest';
import { checkHeadOfficeUrl } from '../../../renderer/src/session/headOfficeUrl';

describe('the head-office address typed in Settings or at sign-in', () => {
  it.each([
    { text: 'https://ho.example.cn', result: { ok: true, url: 'https://ho.example.cn' } },
    { text: '  http://127.0.0.1:4175/  ', result: { ok: true, url: 'http://127.0.0.1:4175' } },
    { text: 'https://proxy.bank.cn/recovery//', result: { ok: true, url: 'https://proxy.bank.cn/recovery' } },
    { text: '', result: { ok: false, problem: 'required' } },
    { text: 'ho.example.cn', result: { ok: false, problem: 'not_url' } },
    { text: 'http://localhost:8787', result: { ok: true, url: 'http://localhost:8787' } },
    { text: 'http://ho.example.cn', result: { ok: false, problem: 'insecure' } },
    { text: 'http://10.1.2.3:8787', result: { ok: false, problem: 'insecure' } },
    { text: 'ftp://ho.example.cn', result: { ok: false, problem: 'protocol' } },
    { text: 'javascript:alert(1)', result: { ok: false, problem: 'protocol' } },
    { text: 'https://user:pw@ho.example.cn', result: { ok: false, problem: 'credentials' } },
    { text: 'https://ho.example.cn/?x=1', result: { ok: false, problem: 'query' } },
    { text: `https://ho.example.cn/${'a'.repeat(2100)}`, result: { ok: false, problem: 'too_long' } },
  ])('$text → $result', ({ text, result }) => {
    expect(checkHeadOfficeUrl(text)).toEqual(result);
  });
});
