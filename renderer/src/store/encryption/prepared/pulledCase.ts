import { CaseSchema, type Case } from '../../../../../shared/domain/case';
import type { FieldCipher } from '../fieldCipher';
import { storedCase, type StoredCase } from './storedCase';

/** A case head office sent, checked against its schema; why not, when it is not taken (reported as a bad record). */
export function checkPulledCase(id: string, data: unknown): { case: Case } | { error: string } {
  const parsed = CaseSchema.safeParse(data);
  if (!parsed.success) return { error: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  if (parsed.data.id !== id) return { error: 'the record id differs from the change id' };
  return { case: parsed.data };
}

/** A pulled case checked and made ready to store (StoredCase), or why it was not taken. */
export type PreparedPulledCase = { stored: StoredCase } | { error: string };

export function preparePulledForStore(cipher: FieldCipher, id: string, data: unknown): PreparedPulledCase {
  const checked = checkPulledCase(id, data);
  return 'error' in checked ? checked : { stored: storedCase(cipher, checked.case) };
}
