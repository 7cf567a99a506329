import { z } from 'zod';
import { isLocalDate } from '../../../../shared/calendar';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Checks forms share, with translated messages: dates that make no sense (not a date, a payment in the
 * future, a promise in the past) are refused before anything is saved. Bounds are YYYY-MM-DD in the case's zone.
 */
export function dateText(t: Translate, bounds: { min?: string; max?: string } = {}) {
  return z
    .string()
    .refine(isLocalDate, t('formRule.dateInvalid'))
    .refine((d) => !isLocalDate(d) || bounds.max === undefined || d <= bounds.max, t('formRule.dateInFuture', { max: bounds.max }))
    .refine((d) => !isLocalDate(d) || bounds.min === undefined || d >= bounds.min, t('formRule.dateInPast', { min: bounds.min }));
}

/** A date that may be left empty (`''` stays `''`); when given, the same checks as `dateText`. */
export function optionalDateText(t: Translate, bounds: { min?: string; max?: string } = {}) {
  return z.union([z.literal(''), dateText(t, bounds)]);
}

/** Text that must be filled in, at most `max` characters as a person counts them (one per 汉字). */
export function requiredText(t: Translate, max: number) {
  return z
    .string()
    .trim()
    .min(1, t('formRule.required'))
    .refine((s) => [...s].length <= max, t('formRule.tooLong', { max }));
}
