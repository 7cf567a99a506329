import type { Case } from '../../../../../shared/domain/case';
import { summarizeCase, type CaseRow } from '../../../../../shared/domain/caseSummary';
import { iteratePortfolio, type Seed } from '../../../../../shared/demo';
import type { FieldCipher } from '../fieldCipher';
import { blindRow, sealRecord } from '../sealRecord';

/**
 * A case and its list row exactly as IndexedDB keeps them (parties and accounts sealed, sensitive search terms
 * replaced by blind indexes), made ahead of a big write (a first sync, the demo load) in the row-preparing
 * worker. The encryption middleware leaves such rows as they are, so the write itself is only IndexedDB's work.
 */
export interface StoredCase {
  /** The case with `parties` and `accounts` sealed: never read as a Case before the middleware opens it. */
  case: Record<string, unknown>;
  /** The list row with `searchKeys`, without `sensitiveTerms`. */
  row: CaseRow;
}

export function storedCase(cipher: FieldCipher, c: Case): StoredCase {
  return { case: sealRecord(cipher, 'cases', c as unknown as Record<string, unknown>), row: blindRow(cipher, summarizeCase(c)) };
}

/** Which demo cases to make: cases start … end-1 of the demo portfolio for `seed`. */
export interface DemoSlice {
  seed: Seed;
  start: number;
  end: number;
  snapshotDate: string;
}

export function storedDemoCases(cipher: FieldCipher, slice: DemoSlice): StoredCase[] {
  const out: StoredCase[] = [];
  for (const c of iteratePortfolio({ seed: slice.seed, start: slice.start, count: slice.end - slice.start, snapshotDate: slice.snapshotDate })) out.push(storedCase(cipher, c));
  return out;
}
