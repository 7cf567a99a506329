import type { Address, Case } from '../../../../../shared/domain/case';

/** Address as written on an envelope in China: province, city, district, street. */
export const addressText = (a: Pick<Address, 'province' | 'city' | 'district' | 'line'>) => `${a.province}${a.city}${a.district}${a.line}`;

/** Every address of the case's parties, retired ones included: a past visit may have used one. */
export function findAddress(c: Case, addressId: string): { address: Address; partyName: string } | null {
  for (const p of c.parties) {
    const address = p.addresses.find((a) => a.id === addressId);
    if (address) return { address, partyName: p.name };
  }
  return null;
}

/** Names typed in one box, split on the separators people use (、，, ; and new lines). */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Bytes as people read them: 1.2 MB, 340 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The first 12 hex digits of a SHA-256: enough to tell files apart on screen and match them by eye. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);
