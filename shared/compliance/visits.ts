import type { ContactRequest } from './contact';
import { findingOf, type Finding } from './decision';
import type { Pack } from './packSchema';

/** Field visits need at least `minStaff` people; a visit whose staff count is not given counts as 0. */
export function checkVisit(pack: Pack, request: ContactRequest): Finding[] {
  const rule = pack.visit;
  if (!rule || request.channel !== 'visit') return [];
  const staffCount = request.staffCount ?? 0;
  if (staffCount >= rule.minStaff) return [];
  return [findingOf(pack, rule, 'compliance.visit.minStaff', { minStaff: rule.minStaff, staffCount })];
}
