import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from './Field';

export interface Person {
  id: string;
  name: string;
  /** Shown after the name to tell people apart (a role, a branch). */
  detail?: string;
}

/** People whose name, id or detail contains what was typed (case-insensitive). */
export function matchPeople(people: readonly Person[], query: string): Person[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...people];
  return people.filter((p) => p.name.toLowerCase().includes(q) || p.id.toLowerCase().includes(q) || (p.detail ?? '').toLowerCase().includes(q));
}

/**
 * Picks several people from a list by typing part of a name and ticking them; those picked stay on top as
 * chips that can be removed. Replaces Ctrl-click in a multi-line select, which nobody finds.
 */
export function PeoplePicker<T extends FieldValues>({ name, label, hint, required, testId, people }: { name: FieldPath<T>; label: string; hint?: string; required?: boolean; testId?: string; people: readonly Person[] }) {
  const { t } = useTranslation();
  const { control, formState } = useFormContext<T>();
  const [query, setQuery] = useState('');
  const shown = matchPeople(people, query);
  const fieldError = (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message ?? null;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const picked: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
        const toggle = (id: string, on: boolean) => field.onChange(on ? [...picked, id] : picked.filter((p) => p !== id));
        return (
          <Field label={label} hint={hint} error={fieldError} required={required}>
            {(ids) => (
              <div className="people-picker" data-testid={testId}>
                {picked.length > 0 && (
                  <ul className="people-chips" aria-label={t('form.picked')}>
                    {picked.map((id) => {
                      const person = people.find((p) => p.id === id);
                      return (
                        <li key={id} className="people-chip">
                          {person?.name ?? id}
                          <button type="button" className="link" aria-label={t('form.removePerson', { name: person?.name ?? id })} onClick={() => toggle(id, false)}>
                            ×
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
                <input id={ids.control} type="search" value={query} placeholder={t('form.searchPeople')} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} onChange={(e) => setQuery(e.target.value)} data-testid={testId ? `${testId}-search` : undefined} />
                <div className="people-list" role="group" aria-label={label}>
                  {shown.length === 0 && <div className="field-hint">{t('form.noPeopleMatch')}</div>}
                  {shown.map((p) => (
                    <label key={p.id} className="people-option">
                      <input type="checkbox" checked={picked.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} onBlur={field.onBlur} />
                      <span>{p.name}</span>
                      {p.detail && <span className="field-hint">{p.detail}</span>}
                    </label>
                  ))}
                </div>
              </div>
            )}
          </Field>
        );
      }}
    />
  );
}
