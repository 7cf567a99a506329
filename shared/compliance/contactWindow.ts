import { withinDailyHours, type LocalDateTime } from '../calendar';
import type { ContactRequest } from './contact';
import { findingOf, type Finding } from './decision';
import type { Pack } from './packSchema';

/**
 * Contact windows, judged at minute precision in the debtor's zone: the start is inclusive and the end
 * exclusive, so with 08:00–22:00, 07:59 and 22:00 are refused and 08:00 and 21:59 are allowed (21:59:59 reads
 * as 21:59). Reg F says "after 9 p.m."; the exclusive end refuses 21:00 itself, the stricter reading. A
 * consent window whose end is before its start runs past midnight (22:00–01:00).
 */
export function checkContactWindows(pack: Pack, request: ContactRequest, local: LocalDateTime): Finding[] {
  const findings: Finding[] = [];
  for (const rule of pack.contactWindows) {
    if (!rule.channels.includes(request.channel)) continue;
    if (withinDailyHours(local.minuteOfDay, rule.start, rule.end)) continue;
    const consent = rule.consentOpensOtherHours ? request.consentHours : undefined;
    if (consent && withinDailyHours(local.minuteOfDay, consent.start, consent.end)) continue;
    const params = { start: rule.start, end: rule.end, localTime: local.time, timeZone: request.timeZone };
    findings.push(
      consent
        ? findingOf(pack, rule, 'compliance.contactWindowWithConsent', {
            ...params,
            consentStart: consent.start,
            consentEnd: consent.end,
          })
        : findingOf(pack, rule, 'compliance.contactWindow', params),
    );
  }
  return findings;
}
