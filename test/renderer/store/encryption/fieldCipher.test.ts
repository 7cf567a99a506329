import { describe, expect, it } from 'vitest';
import { DataKeyError, FieldCipher } from '../../../../renderer/src/store/encryption';
import { fixedKey } from './rawStore';

const a = new FieldCipher(fixedKey(1));
const b = new FieldCipher(fixedKey(2));

describe('FieldCipher', () => {
  it.each([
    ['a note', '债务人称下月还款'],
    ['a parties array', [{ idNumber: '11010519491231002X', phones: [{ number: '13812340001' }] }]],
    ['bytes', new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])],
    ['null inside an object', { resolution: null }],
  ])('opens what it sealed: %s', (_name, value) => {
    const sealed = a.seal('cases.parties', value);
    expect(sealed.$sealed).toBeInstanceOf(Uint8Array);
    expect(a.open('cases.parties', sealed)).toEqual(value);
  });

  it('seals the same value differently each time (random nonce)', () => {
    expect(a.seal('activities.notes', 'x').$sealed).not.toEqual(a.seal('activities.notes', 'x').$sealed);
  });

  it('refuses another key, another field, and a flipped bit, with DataKeyError wrong_key', () => {
    const sealed = a.seal('activities.notes', '住在女儿家');
    const attempts = [
      () => b.open('activities.notes', sealed),
      () => a.open('visits.notes', sealed),
      () => {
        const bytes = sealed.$sealed.slice();
        bytes[bytes.length - 1]! ^= 1;
        return a.open('activities.notes', { $sealed: bytes });
      },
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(DataKeyError);
      expect(attempt).toThrow(expect.objectContaining({ code: 'wrong_key' }));
    }
  });

  it('makes blind indexes that are stable per key and differ between keys', () => {
    expect(a.blind('13812340001')).toBe(a.blind('13812340001'));
    expect(a.blind('13812340001')).not.toBe(a.blind('13812340002'));
    expect(a.blind('13812340001')).not.toBe(b.blind('13812340001'));
    expect(a.blind('0001')).toMatch(/^[A-Za-z0-9_-]{11}$/);
  });

  it('tells keys apart by the key check, and refuses a key of the wrong length', () => {
    expect(a.keyCheck).toBe(new FieldCipher(fixedKey(1)).keyCheck);
    expect(a.keyCheck).not.toBe(b.keyCheck);
    expect(() => new FieldCipher(new Uint8Array(16))).toThrow(expect.objectContaining({ code: 'key_unavailable' }));
  });
});
