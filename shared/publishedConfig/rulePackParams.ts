import { z } from 'zod';
import { isTimeOfDay, minutesOf } from '../calendar';
// The packs, not shared/compliance's index: the renderer's first chunk reads published configuration and must not
// carry the wording checker's tables with it (issue 18 §4).
import { getPack, PACKS } from '../compliance/packs';
import type { Pack } from '../compliance/packSchema';

/**
 * A branch's parameters for its rule pack (the pack's rule text stays in code, shared/compliance/packs): the
 * hours of a contact window and the limit of a frequency cap, by rule id. A branch may be stricter than its
 * pack, never looser: a window inside the pack's, a cap at most the pack's. Parameters for another pack than the
 * branch works under are not applied.
 */

const Time = z.string().refine(isTimeOfDay, 'a time of day HH:MM');

export const RulePackParamsSchema = z
  .strictObject({
    packId: z.string().refine((id) => Object.hasOwn(PACKS, id), 'not a rule pack this app knows'),
    contactWindows: z.array(z.strictObject({ ruleId: z.string().min(1), start: Time, end: Time })).max(20),
    caps: z.array(z.strictObject({ ruleId: z.string().min(1), limit: z.number().int().min(0) })).max(40),
  })
  .superRefine((p, ctx) => {
    if (!Object.hasOwn(PACKS, p.packId)) return;
    const pack = getPack(p.packId);
    p.contactWindows.forEach((w, i) => {
      const rule = pack.contactWindows.find((r) => r.id === w.ruleId);
      if (!rule) return ctx.addIssue({ code: 'custom', path: ['contactWindows', i, 'ruleId'], message: `${p.packId} has no contact window ${w.ruleId}` });
      if (!isTimeOfDay(w.start) || !isTimeOfDay(w.end)) return;
      if (minutesOf(w.start) >= minutesOf(w.end)) ctx.addIssue({ code: 'custom', path: ['contactWindows', i, 'end'], message: 'a contact window starts before it ends' });
      if (minutesOf(w.start) < minutesOf(rule.start) || minutesOf(w.end) > minutesOf(rule.end)) {
        ctx.addIssue({ code: 'custom', path: ['contactWindows', i], message: `outside the pack's ${rule.start}–${rule.end}: a branch may only narrow it` });
      }
    });
    p.caps.forEach((c, i) => {
      const rule = pack.frequency.find((r) => r.id === c.ruleId && r.kind === 'cap');
      if (!rule || rule.kind !== 'cap') return ctx.addIssue({ code: 'custom', path: ['caps', i, 'ruleId'], message: `${p.packId} has no cap ${c.ruleId}` });
      if (c.limit > rule.limit) ctx.addIssue({ code: 'custom', path: ['caps', i, 'limit'], message: `above the pack's ${rule.limit}: a branch may only lower it` });
    });
  });
export type RulePackParams = z.output<typeof RulePackParamsSchema>;

/** The pack with the branch's parameters in place; unchanged when they are for another pack. */
export function packWithParams(pack: Pack, params: RulePackParams | null): Pack {
  if (!params || params.packId !== pack.meta.id) return pack;
  const windows = new Map(params.contactWindows.map((w) => [w.ruleId, w]));
  const caps = new Map(params.caps.map((c) => [c.ruleId, c.limit]));
  return {
    ...pack,
    contactWindows: pack.contactWindows.map((r) => {
      const w = windows.get(r.id);
      return w ? { ...r, start: w.start, end: w.end } : r;
    }),
    frequency: pack.frequency.map((r) => (r.kind === 'cap' && caps.has(r.id) ? { ...r, limit: caps.get(r.id)! } : r)),
  };
}
