import { useId, type ReactNode } from 'react';

/** The ids a control needs to be tied to its label, hint and error (for screen readers and axe). */
export interface FieldIds {
  control: string;
  /** The label's own id, for a group of controls named by it (aria-labelledby). */
  label: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

/**
 * One row of a form: the label on the left (above on narrow screens and in compact forms), the control, a
 * hint under it and the field's error. Every form of the app lays out through it, so they all look and read
 * the same. A `group` (checkboxes, a shown figure) is named by its label's id, since a label element can only
 * name one control.
 */
export function Field({
  label,
  hint,
  error,
  required,
  testId,
  wide,
  group,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  testId?: string;
  wide?: boolean;
  group?: boolean;
  children: (ids: FieldIds) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const className = ['field', error ? 'field-invalid' : '', wide ? 'field-wide' : ''].filter(Boolean).join(' ');
  const labelText = (
    <>
      {label}
      {required && <span className="field-required" aria-hidden="true"> *</span>}
    </>
  );
  return (
    <div className={className} data-testid={testId}>
      {group ? (
        <span id={`${id}-label`} className="field-label">
          {labelText}
        </span>
      ) : (
        <label id={`${id}-label`} className="field-label" htmlFor={`${id}-control`}>
          {labelText}
        </label>
      )}
      <div className="field-body">
        {children({ control: `${id}-control`, label: `${id}-label`, describedBy, invalid: error ? true : undefined })}
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

/**
 * A group of fields laid out the same in every form: one field a row with the labels in a column, or, where
 * the form is filled in many times a day beside other work (the contact log), `compact`: fields side by side
 * with the label above, `wide` fields taking the whole row.
 */
export function FormFields({ children, compact }: { children: ReactNode; compact?: boolean }) {
  return <div className={compact ? 'form-fields form-fields-compact' : 'form-fields'}>{children}</div>;
}

export function FormButtons({ children }: { children: ReactNode }) {
  return <div className="form-buttons">{children}</div>;
}
