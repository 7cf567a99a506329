import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_SOURCES, PhoneSchema, type Phone } from '../../../../../shared/domain/case';
import { useAppStore } from '../../../state/appStore';
import { addPhone } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, FieldError } from './common';

const PHONE_KINDS = PhoneSchema.shape.kind.options;
/** The same pattern the Phone schema enforces, checked here first so the message is a translated one. */
const PHONE_RE = /^\+?[0-9-]{5,20}$/;

/** Adds a number found by skip tracing or given by the customer; the old ones stay as history. */
export function PhoneForm({ caseId, partyId, onClose }: { caseId: string; partyId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [number, setNumber] = useState('');
  const [kind, setKind] = useState<Phone['kind']>('mobile');
  const [source, setSource] = useState<Phone['source']>('skip_trace');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();
  // People type spaces in numbers ("138 0000 0000"); they are not part of it.
  const cleaned = number.replace(/\s+/g, '');
  const problem = !cleaned ? t('panels.contact.phoneRequired') : PHONE_RE.test(cleaned) ? null : t('panels.contact.phoneInvalid');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (problem || busy) return;
    setBusy(true);
    const result = await act(addPhone, { caseId, partyId, phone: { number: cleaned, kind, source } });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onClose();
  };

  return (
    <form className="panel-form" onSubmit={submit} noValidate data-testid={`phone-form-${partyId}`}>
      <div className="field-grid">
        <label htmlFor={`${id}-number`}>{t('panels.contact.number')}</label>
        <div>
          <input id={`${id}-number`} type="tel" autoFocus value={number} onChange={(e) => setNumber(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && onClose()} aria-invalid={tried && problem ? true : undefined} aria-describedby={`${id}-number-err`} data-testid="phone-number-input" />
          <FieldError id={`${id}-number-err`} message={tried ? problem : null} />
        </div>
        <label htmlFor={`${id}-kind`}>{t('panels.contact.phoneKind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Phone['kind'])} data-testid="phone-kind">
          {PHONE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`phoneKind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-source`}>{t('panels.contact.source')}</label>
        <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value as Phone['source'])} data-testid="phone-source">
          {CONTACT_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`source.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ActionErrorText error={error} testId="phone-error" />
      <div className="row gap">
        <button type="submit" className="primary" disabled={busy} data-testid="phone-add-submit">
          {t('panels.contact.addPhone')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
