import type { ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from './Field';

interface Common<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  testId?: string;
}

/** The message react-hook-form holds for a field, if any (nested paths included). */
function useFieldError<T extends FieldValues>(name: FieldPath<T>): string | null {
  const { formState } = useFormContext<T>();
  let node: unknown = formState.errors;
  for (const part of name.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message !== '' ? message : null;
}

export function TextField<T extends FieldValues>({ name, label, hint, required, testId, maxLength, placeholder, autoFocus, inputMode }: Common<T> & { maxLength?: number; placeholder?: string; autoFocus?: boolean; inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(ids) => <input id={ids.control} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} maxLength={maxLength} placeholder={placeholder} autoFocus={autoFocus} inputMode={inputMode} data-testid={testId} {...register(name)} />}
    </Field>
  );
}

export function TextAreaField<T extends FieldValues>({ name, label, hint, required, testId, maxLength, rows = 3, placeholder }: Common<T> & { maxLength?: number; rows?: number; placeholder?: string }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(ids) => <textarea id={ids.control} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} rows={rows} maxLength={maxLength} placeholder={placeholder} data-testid={testId} {...register(name)} />}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}
export interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

/** One choice from a list, or from groups of them; `prompt` is the empty first entry ("choose …"). */
export function ChoiceField<T extends FieldValues>({ name, label, hint, required, testId, choices, groups, prompt, autoFocus }: Common<T> & { choices?: Choice[]; groups?: ChoiceGroup[]; prompt?: string; autoFocus?: boolean }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(ids) => (
        <select id={ids.control} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} autoFocus={autoFocus} data-testid={testId} {...register(name)}>
          {prompt !== undefined && <option value="">{prompt}</option>}
          {choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
          {groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A calendar date (YYYY-MM-DD); `min`/`max` guide the picker, the schema decides. */
export function DateField<T extends FieldValues>({ name, label, hint, required, testId, min, max }: Common<T> & { min?: string; max?: string }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(ids) => <input id={ids.control} type="date" min={min} max={max} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} data-testid={testId} {...register(name)} />}
    </Field>
  );
}
