import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, ipcContract, ipcResultSchema } from '../../shared/ipc/contract';
import { isSafeFileName, utf8ByteLength } from '../../shared/ipc/fileName';

// The contract lives in shared/ipc; its tests sit with the other IPC tests here.
describe('the IPC contract', () => {
  it('has schemas for exactly the listed channels', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('describes both answers of a save', () => {
    const response = ipcContract['files:saveText'].response;
    expect(response.safeParse({ saved: true, path: '/home/u/a.csv' }).success).toBe(true);
    expect(response.safeParse({ saved: false }).success).toBe(true);
    expect(response.safeParse({ saved: true }).success).toBe(false);
  });

  it('checks the envelope', () => {
    const schema = ipcResultSchema(ipcContract['app:info'].response);
    expect(schema.safeParse({ ok: true, value: { kind: 'electron', version: '1', os: 'win32', headOfficeUrl: null } }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: { kind: 'electron', version: '1', os: 'win32', headOfficeUrl: 'http://127.0.0.1:8787' } }).success).toBe(true);
    // The field is always there (null when none is configured), and only ever an http(s) address.
    expect(schema.safeParse({ ok: true, value: { kind: 'electron', version: '1', os: 'win32' } }).success).toBe(false);
    expect(schema.safeParse({ ok: true, value: { kind: 'electron', version: '1', os: 'win32', headOfficeUrl: 'javascript:alert(1)' } }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: { code: 'forbidden_sender', message: 'no' } }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'made_up', message: 'no' } }).success).toBe(false);
  });
});

describe('isSafeFileName', () => {
  it.each(['逾期案件_2026-11-23.csv', 'cases.json', 'a', '催收 记录 (1).txt', '.hidden.csv'])('accepts %s', (name) => {
    expect(isSafeFileName(name)).toBe(true);
  });

  it.each(['', '.', '..', '../x.csv', 'a/b.csv', 'a\\b.csv', 'C:x.csv', 'x.csv.', 'x.csv ', 'CON', 'nul.txt', 'com1.csv', 'a\u0000.csv', 'a\nb.csv', 'a*.csv', 'a?.csv', 'a|b.csv', 'x'.repeat(201)])(
    'refuses %j',
    (name) => {
      expect(isSafeFileName(name)).toBe(false);
    },
  );
});

describe('utf8ByteLength', () => {
  it.each(['', 'abc', '案件', '¥1,234.50', '𠮷野家', 'a\uD800b'])('agrees with Node for %j', (text) => {
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
