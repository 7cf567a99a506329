import type { SegmentId } from '../../../shared/segments/ids';

/**
 * The segment the published decision table puts a case in, for screens that adapt to it (scripts, next action).
 * Null while nothing is known. Seam between two parallel pieces of work: replaced by the segmenting of the case.
 */
export function useCaseSegment(caseId: string): SegmentId | null {
  void caseId;
  return null;
}
