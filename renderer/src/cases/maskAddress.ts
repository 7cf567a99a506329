import type { Address } from '../../../shared/domain/case';

const MASKABLE = /[\p{L}\p{N}]/u;

/**
 * An address as the screen shows it until unmasked: province, city and district (enough to plan a route or
 * see the region), the street line and postcode starred but for their first two characters, the length kept.
 */
export function maskAddress(a: Pick<Address, 'province' | 'city' | 'district' | 'line' | 'postcode'>): string {
  let seen = 0;
  const line = Array.from(a.line)
    .map((c) => (MASKABLE.test(c) ? (seen++ < 2 ? c : '*') : c))
    .join('');
  return `${a.province}${a.city}${a.district}${line} ${a.postcode.slice(0, 2)}${'*'.repeat(Math.max(0, a.postcode.length - 2))}`;
}

export const fullAddress = (a: Pick<Address, 'province' | 'city' | 'district' | 'line' | 'postcode'>): string => `${a.province}${a.city}${a.district}${a.line} ${a.postcode}`;
