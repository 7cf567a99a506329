import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from './Field';
import { useFieldError } from './fields';
import { matchPeople, type Person } from './PeoplePicker';

/**
 * One person picked from a list narrowed by typing part of a name or id (the value is their id). The list is
 * a native list box, so arrow keys and a click both pick; the person picked stays listed whatever is typed.
 * The search box's test id is `${testId}-search`.
 */
export function PersonField<T extends FieldValues>({ name, label, hint, required, testId, people, rows = 5 }: { name: FieldPath<T>; label: string; hint?: string; required?: boolean; testId?: string; people: readonly Person[]; rows?: number }) {
  const { t } = useTranslation();
  const { register, watch } = useFormContext<T>();
  const error = useFieldError<T>(name);
  const [query, setQuery] = useState('');
  const picked = watch(name) as unknown as string;
  const matches = matchPeople(people, query);
  const chosen = people.find((p) => p.id === picked);
  const shown = chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(ids) => (
        <div className="person-field">
          <input type="search" value={query} placeholder={t('form.searchPeople')} aria-label={t('form.searchPeopleFor', { field: label })} onChange={(e) => setQuery(e.target.value)} data-testid={testId ? `${testId}-search` : undefined} />
          <select id={ids.control} size={rows} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} data-testid={testId} {...register(name)}>
            {shown.map((p) => (
              <option key={p.id} value={p.id}>
                {[p.name, p.id, p.detail].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
          {matches.length === 0 && <span className="field-hint">{t('form.noPeopleMatch')}</span>}
        </div>
      )}
    </Field>
  );
}
