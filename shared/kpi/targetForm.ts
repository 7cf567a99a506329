import { z } from 'zod';
import { formatFen, parseYuanToFen } from '../domain/money';
import { RATE_BPS_MAX, TARGET_SPLITS } from '../records/target';

/**
 * The target form as typed (head office's console, issue 15 §4): money in yuan ("12,000.50"), accounts whole, the
 * success rate a percentage with at most two decimals; stored as integer fen, a count and basis points. By hand,
 * each collector's amount and accounts must sum exactly to the target. The words come from the caller's
 * translations (`say`), zh-CN first: this module only decides which message and with what figures.
 */
export const TARGET_FORM_MESSAGES = ['amount', 'count', 'rate', 'reason', 'sumFen', 'sumCured', 'noCollector'] as const;
export type TargetFormMessage = (typeof TARGET_FORM_MESSAGES)[number];
export type Say = (message: TargetFormMessage, vars?: Record<string, string | number>) => string;

export interface TargetFormText {
  recovered: string;
  cured: string;
  /** Percent, "25" or "25.5". */
  rate: string;
  split: (typeof TARGET_SPLITS)[number];
  /** By hand: each collector's share as typed, by their id. */
  shares: Record<string, { recovered: string; cured: string }>;
  reason: string;
}

const MAX_COUNT = 10_000_000;
const COUNT_RE = /^\d{1,8}$/;
const RATE_RE = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** Yuan text to fen, or null when it is not an amount (parseYuanToFen's rules: no sign, at most two decimals). */
export function fenOfText(text: string): number | null {
  if (text.trim() === '') return null;
  try {
    return parseYuanToFen(text);
  } catch {
    return null;
  }
}

/** "25.5" % to 2550 basis points, exactly (no floating point); null when not a rate from 0 to 100 %. */
export function bpsOfText(text: string): number | null {
  const m = RATE_RE.exec(text.trim());
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps <= RATE_BPS_MAX ? bps : null;
}

const countOfText = (text: string): number | null => (COUNT_RE.test(text.trim()) && Number(text.trim()) <= MAX_COUNT ? Number(text.trim()) : null);

/**
 * The form's schema for these collectors: parses the text into the target's figures and the split (by hand: the
 * typed shares of every collector, a blank one 0; by portfolio: the collectors, head office splits), or fails
 * with the translated message on the field that is wrong.
 */
export function targetFormSchema(say: Say, collectorIds: readonly string[]) {
  const figure = <T>(read: (s: string) => T | null, message: TargetFormMessage) =>
    z.string().transform((s, ctx): T => {
      const v = read(s);
      if (v === null) {
        ctx.addIssue({ code: 'custom', message: say(message) });
        return z.NEVER;
      }
      return v;
    });
  const blankIsZero = <T>(read: (s: string) => T | null) => (s: string) => (s.trim() === '' ? (0 as T) : read(s));
  const share = z.object({ recovered: figure(blankIsZero(fenOfText), 'amount'), cured: figure(blankIsZero(countOfText), 'count') });
  return z
    .object({
      recovered: figure(fenOfText, 'amount'),
      cured: figure(countOfText, 'count'),
      rate: figure(bpsOfText, 'rate'),
      split: z.enum(TARGET_SPLITS),
      shares: z.record(z.string(), share),
      reason: z.string().trim().min(1, say('reason')).max(500, say('reason')),
    })
    .superRefine((v, ctx) => {
      if (collectorIds.length === 0) ctx.addIssue({ code: 'custom', path: ['shares'], message: say('noCollector') });
      if (v.split !== 'by_hand') return;
      const of = (id: string) => v.shares[id] ?? { recovered: 0, cured: 0 };
      const fen = collectorIds.reduce((s, id) => s + of(id).recovered, 0);
      if (fen !== v.recovered) ctx.addIssue({ code: 'custom', path: ['shares'], message: say('sumFen', { sum: formatFen(fen), total: formatFen(v.recovered) }) });
      const cured = collectorIds.reduce((s, id) => s + of(id).cured, 0);
      if (cured !== v.cured) ctx.addIssue({ code: 'custom', path: ['shares'], message: say('sumCured', { sum: cured, total: v.cured }) });
    })
    .transform((v) => ({
      recoveredFen: v.recovered,
      curedAccounts: v.cured,
      successRateBps: v.rate,
      split: v.split,
      collectors: collectorIds.map((officerId) => ({
        officerId,
        recoveredFen: v.split === 'by_hand' ? (v.shares[officerId]?.recovered ?? 0) : 0,
        curedAccounts: v.split === 'by_hand' ? (v.shares[officerId]?.cured ?? 0) : 0,
      })),
      reason: v.reason,
    }));
}
