import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../state/appStore';
import type { ActionError, CaseWork } from '../../state/fieldworkSlice';
import { clock } from '../../../state/clock';

/** The open case's records, only when they belong to `caseId` (the store may still hold the previous case). */
export function useCaseWork(caseId: string): CaseWork | null {
  const work = useAppStore((s) => s.caseWork);
  return work && work.caseId === caseId ? work : null;
}

/** Today in the case's zone, from the app clock (tests move it). */
export const todayOf = (timeZone: string) => clock.today(timeZone);
export const nowIso = () => clock.now().toISOString();

/**
 * A refused action, translated. Keys the app has no text for yet (e.g. zod's `fieldwork.error.invalid`)
 * fall back to this module's generic texts rather than showing the raw key.
 */
export function ActionErrorText({ error, testId }: { error: ActionError | null; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const params = error.params ?? {};
  const fallback = error.key.replace(/^fieldwork\.error\./, 'panels.error.');
  const key = i18n.exists(error.key) ? error.key : i18n.exists(fallback) ? fallback : 'panels.error.unknown';
  return (
    <p className="error" role="alert" data-testid={testId}>
      {t(key, { ...params, code: error.key })}
    </p>
  );
}

/** A field's message, tied to its input by id for screen readers (aria-describedby). */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <span id={id} className="error small" role="alert">
      {message}
    </span>
  );
}

/** Success text that screen readers announce without moving focus. */
export function Notice({ text, testId }: { text: string | null; testId?: string }) {
  if (!text) return null;
  return (
    <p className="notice" role="status" data-testid={testId}>
      {text}
    </p>
  );
}
