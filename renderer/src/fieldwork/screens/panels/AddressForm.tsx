import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressSchema, CONTACT_SOURCES, type Address } from '../../../../../shared/domain/case';
import { useAppStore } from '../../../state/appStore';
import { addAddress } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, FieldError } from './common';

const ADDRESS_KINDS = AddressSchema.shape.kind.options;
type Field = 'province' | 'city' | 'district' | 'line' | 'postcode';
const FIELDS: Field[] = ['province', 'city', 'district', 'line', 'postcode'];
const REQUIRED: Field[] = ['province', 'city', 'line'];

/** Adds an address (new home, workplace found by skip tracing); old ones are retired, not edited. */
export function AddressForm({ caseId, partyId, onClose }: { caseId: string; partyId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [kind, setKind] = useState<Address['kind']>('home');
  const [source, setSource] = useState<Address['source']>('skip_trace');
  const [values, setValues] = useState<Record<Field, string>>({ province: '', city: '', district: '', line: '', postcode: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();

  const problems: Partial<Record<Field, string>> = {};
  for (const f of REQUIRED) if (!values[f].trim()) problems[f] = t('panels.contact.required');
  if (!/^\d{6}$/.test(values.postcode.trim())) problems.postcode = t('panels.contact.postcodeInvalid');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (Object.keys(problems).length > 0 || busy) return;
    const address = { kind, source, province: values.province.trim(), city: values.city.trim(), district: values.district.trim(), line: values.line.trim(), postcode: values.postcode.trim() };
    setBusy(true);
    const result = await act(addAddress, { caseId, partyId, address });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onClose();
  };

  return (
    <form className="panel-form" onSubmit={submit} noValidate data-testid={`address-form-${partyId}`}>
      <div className="field-grid">
        <label htmlFor={`${id}-kind`}>{t('panels.contact.addressKind')}</label>
        <select id={`${id}-kind`} value={kind} autoFocus onChange={(e) => setKind(e.target.value as Address['kind'])} data-testid="address-kind">
          {ADDRESS_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`addressKind.${k}`)}
            </option>
          ))}
        </select>
        {FIELDS.map((f) => (
          <Row key={f} id={`${id}-${f}`} label={t(`panels.contact.${f}`)} value={values[f]} error={tried ? (problems[f] ?? null) : null} onChange={(v) => setValues((old) => ({ ...old, [f]: v }))} testId={`address-${f}`} numeric={f === 'postcode'} />
        ))}
        <label htmlFor={`${id}-source`}>{t('panels.contact.source')}</label>
        <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value as Address['source'])} data-testid="address-source">
          {CONTACT_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`source.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ActionErrorText error={error} testId="address-error" />
      <div className="row gap">
        <button type="submit" className="primary" disabled={busy} data-testid="address-add-submit">
          {t('panels.contact.addAddress')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function Row(props: { id: string; label: string; value: string; error: string | null; onChange: (v: string) => void; testId: string; numeric: boolean }) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <div>
        <input
          id={props.id}
          value={props.value}
          inputMode={props.numeric ? 'numeric' : undefined}
          maxLength={props.numeric ? 6 : 200}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={`${props.id}-err`}
          data-testid={props.testId}
        />
        <FieldError id={`${props.id}-err`} message={props.error} />
      </div>
    </>
  );
}
