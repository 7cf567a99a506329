import type { ContactRequest } from './contact';
import { findingOf, type Finding } from './decision';
import type { Pack } from './packSchema';

/**
 * What a message or letter on a channel must carry (an opt-out line on US e-mail and texts, "private and
 * confidential" on UK post, a plain envelope in China). The caller states what it carries; anything missing is
 * a finding.
 */
export function checkRequirements(pack: Pack, request: ContactRequest): Finding[] {
  const met = request.requirementsMet ?? [];
  return pack.requirements
    .filter((rule) => rule.channels.includes(request.channel) && !met.includes(rule.requirement))
    .map((rule) => findingOf(pack, rule, `compliance.requirement.${rule.requirement}`, { channel: request.channel }));
}
