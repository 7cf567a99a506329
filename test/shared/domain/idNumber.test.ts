import { describe, expect, it } from 'vitest';
import { birthDateOfIdNumber, idNumberChecksumChar, isValidIdNumber } from '../../../shared/domain/idNumber';

// Check characters worked out by hand from the ISO 7064 MOD 11-2 weights; together they cover every one of
// the 11 possible check characters (sum mod 11 = 0..10).
const VALID: [string, string][] = [
  ['110105198001010091', '1980-01-01'], // sum mod 11 = 0
  ['110105198001010040', '1980-01-01'], // 1
  ['11010519491231002X', '1949-12-31'], // 2, the published example
  ['110105198001010059', '1980-01-01'], // 3
  ['110105200001010008', '2000-01-01'], // 4
  ['110105198001010067', '1980-01-01'], // 5
  ['110105198001010016', '1980-01-01'], // 6
  ['110105198001010075', '1980-01-01'], // 7
  ['440524188001010014', '1880-01-01'], // 8, the example in GB 11643-1999
  ['110105198001010083', '1980-01-01'], // 9
  ['110105198001010032', '1980-01-01'], // 10
  ['320583200002297784', '2000-02-29'], // a leap day
];

describe('idNumberChecksumChar', () => {
  it.each(VALID)('%s', (id) => {
    expect(idNumberChecksumChar(id.slice(0, 17))).toBe(id[17]);
  });

  it.each(['', '1101051949123100', '110105194912310021', '1101051949123100X', '１１０１０５１９４９１２３１００２'])(
    'refuses %j: not 17 digits',
    (input) => {
      expect(() => idNumberChecksumChar(input)).toThrow(RangeError);
    },
  );
});

describe('isValidIdNumber and birthDateOfIdNumber', () => {
  it.each(VALID)('%s is valid, born %s', (id, born) => {
    expect(isValidIdNumber(id)).toBe(true);
    expect(birthDateOfIdNumber(id)).toBe(born);
  });

  it.each([
    ['wrong check digit', '110105194912310021'],
    ['wrong check digit, X expected', '110105194912310020'],
    ['one digit changed', '11010519491231003X'],
    ['two digits swapped', '11010519492131002X'],
    ['lower-case x', '11010519491231002x'],
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X0'],
    ['15-digit first-generation number', '110105491231002'],
    ['X not at the end', '1101051949123100X2'],
    ['spaces', '110105 19491231 002X'],
    ['empty', ''],
    // right check character, impossible birth date
    ['29 February 1900 (not a leap year)', '110105190002290017'],
    ['29 February 2001', '110105200102290010'],
    ['month 13', '110105198013010013'],
    ['31 April', '110105198004310014'],
    ['day 00', '110105198001000010'],
    ['year 0799', '110105079912310018'],
  ])('rejects %s: %s', (_why, id) => {
    expect(isValidIdNumber(id)).toBe(false);
    expect(birthDateOfIdNumber(id)).toBeNull();
  });

  it('accepts the last day of a month with the right check character', () => {
    expect(birthDateOfIdNumber('110105198004300019')).toBe('1980-04-30');
  });
});
