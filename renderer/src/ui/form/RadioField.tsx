import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from './Field';
import { useFieldError } from './fields';

export interface RadioChoice {
  value: string;
  label: string;
  /** A choice that does not fit now (nothing ticked to assign) stays visible but cannot be picked. */
  disabled?: boolean;
}

/**
 * One of two or three choices shown side by side (which cases, which way), where a drop-down would hide the
 * other choice. Each radio's test id is `${testId}-${value}`.
 */
export function RadioField<T extends FieldValues>({ name, label, hint, required, testId, choices }: { name: FieldPath<T>; label: string; hint?: string; required?: boolean; testId?: string; choices: RadioChoice[] }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required} group>
      {(ids) => (
        <div id={ids.control} role="radiogroup" aria-labelledby={ids.label} aria-describedby={ids.describedBy} className="choice-list" data-testid={testId}>
          {choices.map((c) => (
            <label key={c.value} className={c.disabled ? 'choice-option muted' : 'choice-option'}>
              <input type="radio" value={c.value} disabled={c.disabled} data-testid={testId ? `${testId}-${c.value}` : undefined} {...register(name)} />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}
