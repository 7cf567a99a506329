import type { SegmentId } from '../../../shared/segments/ids';
import { useCustomer } from './state/useCustomer';

/**
 * The segment the published decision table puts a case in, for screens that adapt to it (scripts, next action).
 * Null while loading or for a case this device does not hold.
 */
export function useCaseSegment(caseId: string): SegmentId | null {
  return useCustomer(caseId)?.segment?.decision.segment ?? null;
}
