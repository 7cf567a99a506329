import type { ReactNode } from 'react';
import { Controller, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from './Field';

interface Common<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  testId?: string;
  disabled?: boolean;
  /** In a compact form, the field takes the whole row (a note, a long text). */
  wide?: boolean;
}

/** The message react-hook-form holds for a field, if any (nested paths included). */
export function useFieldError<T extends FieldValues>(name: FieldPath<T>): string | null {
  const { formState } = useFormContext<T>();
  let node: unknown = formState.errors;
  for (const part of name.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message !== '' ? message : null;
}

export function TextField<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  testId,
  disabled,
  wide,
  maxLength,
  placeholder,
  autoFocus,
  inputMode,
  type = 'text',
  autoComplete,
  min,
  max,
  step,
}: Common<T> & {
  maxLength?: number;
  placeholder?: string;
  autoFocus?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'url';
  /** `password` hides what is typed; `number` and `time` bring the browser's own pickers. */
  type?: 'text' | 'password' | 'number' | 'time' | 'search';
  autoComplete?: string;
  min?: number | string;
  max?: number | string;
  step?: number;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required} wide={wide}>
      {(ids) => (
        <input
          id={ids.control}
          type={type}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          maxLength={maxLength}
          placeholder={placeholder}
          autoFocus={autoFocus}
          inputMode={inputMode}
          autoComplete={autoComplete}
          min={min}
          max={max}
          step={step}
          data-testid={testId}
          {...register(name)} disabled={disabled}
        />
      )}
    </Field>
  );
}

export function TextAreaField<T extends FieldValues>({ name, label, hint, required, testId, disabled, wide, maxLength, rows = 3, placeholder }: Common<T> & { maxLength?: number; rows?: number; placeholder?: string }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required} wide={wide}>
      {(ids) => <textarea id={ids.control} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} rows={rows} maxLength={maxLength} placeholder={placeholder} data-testid={testId} {...register(name)} disabled={disabled} />}
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
export function ChoiceField<T extends FieldValues>({ name, label, hint, required, testId, disabled, wide, choices, groups, prompt, autoFocus }: Common<T> & { choices?: Choice[]; groups?: ChoiceGroup[]; prompt?: string; autoFocus?: boolean }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required} wide={wide}>
      {(ids) => (
        <select id={ids.control} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} autoFocus={autoFocus} data-testid={testId} {...register(name)} disabled={disabled}>
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
export function DateField<T extends FieldValues>({ name, label, hint, required, testId, disabled, wide, min, max }: Common<T> & { min?: string; max?: string }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field label={label} hint={hint} error={error} required={required} wide={wide}>
      {(ids) => <input id={ids.control} type="date" min={min} max={max} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} data-testid={testId} {...register(name)} disabled={disabled} />}
    </Field>
  );
}

/**
 * Several choices ticked from a short list (evidence files, reasons): a group of checkboxes named by the
 * field's label, the value an array of the ticked choices' values.
 */
export function MultiChoiceField<T extends FieldValues>({ name, label, hint, required, testId, disabled, wide, choices, empty }: Common<T> & { choices: Choice[]; /** Shown in place of the list when there is nothing to choose. */ empty?: string }) {
  const { control } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const picked: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
        const toggle = (value: string, on: boolean) => field.onChange(on ? [...picked, value] : picked.filter((v) => v !== value));
        return (
          <Field label={label} hint={hint} error={error} required={required} wide={wide} group>
            {(ids) => (
              <div id={ids.control} role="group" aria-labelledby={ids.label} aria-describedby={ids.describedBy} className="choice-list" data-testid={testId}>
                {choices.length === 0 && empty && <span className="field-hint">{empty}</span>}
                {choices.map((c) => (
                  <label key={c.value} className="choice-option">
                    <input type="checkbox" checked={picked.includes(c.value)} disabled={disabled} onChange={(e) => toggle(c.value, e.target.checked)} onBlur={field.onBlur} />
                    <span>{c.label}</span>
                  </label>
                ))}
              </div>
            )}
          </Field>
        );
      }}
    />
  );
}

/** A figure the form works out or shows (what is owed, the waiver), in the same row layout as the fields. */
export function ReadOnlyField({ label, hint, testId, wide, children }: { label: string; hint?: ReactNode; testId?: string; wide?: boolean; children: ReactNode }) {
  return (
    <Field label={label} hint={hint} wide={wide} group>
      {(ids) => (
        <div role="group" aria-labelledby={ids.label} aria-describedby={ids.describedBy} className="field-value" data-testid={testId}>
          {children}
        </div>
      )}
    </Field>
  );
}
