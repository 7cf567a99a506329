import i18next from 'i18next';

/**
 * A refused or failed action, as data: `code` is stable (tests and callers branch on it), `key` and `params`
 * re-translate when the language changes, `message` is the text in the language of the moment.
 */
export interface ActionError {
  code: string;
  key: string;
  params: Record<string, string | number>;
  message: string;
}

/** A refusal by a rule inside an action: a translation key, its parameters, and which of them are keys too. */
export class ActionRefused extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    /** Parameters that are translation keys themselves (a role, an action name). */
    readonly translatedParams: readonly string[] = [],
  ) {
    super(key);
  }
}

function translate(key: string, params: Record<string, string | number>): string {
  return i18next.isInitialized ? i18next.t(key, params) : key;
}

/** An error the screen finds before calling an action (a file too large to read), in the same shape. */
export function actionError(key: string, params: Record<string, string | number> = {}): ActionError {
  return { code: key.split('.').pop() ?? key, key, params, message: translate(key, params) };
}

/** Errors the data layer throws carry a code (or problems, or zod issues); anything else is a bug, reported generically. */
export function toActionError(error: unknown): ActionError {
  if (error instanceof ActionRefused) {
    const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, error.translatedParams.includes(k) ? translate(String(v), {}) : v]));
    return actionError(error.key, params);
  }
  const e = error as { code?: unknown; problems?: { code: string; params?: Record<string, string | number> }[]; name?: string; issues?: { message: string; path: PropertyKey[] }[] } | null;
  if (e?.problems?.[0]) return actionError(`fieldwork.error.${e.problems[0].code}`, e.problems[0].params ?? {});
  if (typeof e?.code === 'string') return actionError(`fieldwork.error.${e.code}`);
  if (e?.name === 'ZodError' && e.issues?.[0]) return actionError('fieldwork.error.invalid', { field: e.issues[0].path.map(String).join('.'), message: e.issues[0].message });
  console.error(error);
  return actionError('fieldwork.error.internal', { message: String((error as Error | null)?.message ?? error) });
}
