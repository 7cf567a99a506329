import { useId, type ReactNode } from 'react';

/** The ids a control needs to be tied to its label, hint and error (for screen readers and axe). */
export interface FieldIds {
  control: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

/**
 * One row of a form: the label on the left (above on narrow screens), the control, a hint under it and the
 * field's error. Every form of the app lays out through it, so they all look and read the same.
 */
export function Field({
  label,
  hint,
  error,
  required,
  testId,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  testId?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'} data-testid={testId}>
      <label className="field-label" htmlFor={`${id}-control`}>
        {label}
        {required && <span className="field-required" aria-hidden="true"> *</span>}
      </label>
      <div className="field-body">
        {children({ control: `${id}-control`, describedBy, invalid: error ? true : undefined })}
        {hint && (
          <div id={hintId ?? undefined} className="field-hint">
            {hint}
          </div>
        )}
        {error && (
          <div id={errorId ?? undefined} className="field-error" role="alert">
            {error}
          </div>
        )}
      </div>
    </div>
  );
}

/** A group of fields and the form's buttons, laid out the same in every form. */
export function FormFields({ children }: { children: ReactNode }) {
  return <div className="form-fields">{children}</div>;
}

export function FormButtons({ children }: { children: ReactNode }) {
  return <div className="form-buttons">{children}</div>;
}
