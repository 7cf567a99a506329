import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENCY_STATUSES, EXPORT_FIELD_NAMES, EXPORT_FIELDS, type Agency, type AgencyBody, type ExportField } from '../../../shared/outsourcing/agency';
import { errorText } from '../i18n';
import { saveAgency } from './api';

type Form = Omit<AgencyBody, 'branches' | 'commissionBps'> & { branches: string; commissionPercent: string };

const formOf = (a: Agency | null): Form => ({
  name: a?.name ?? '',
  licenceNumber: a?.licenceNumber ?? '',
  contractStart: a?.contractStart ?? '',
  contractEnd: a?.contractEnd ?? '',
  commissionPercent: a ? (a.commissionBps / 100).toFixed(2) : '',
  branches: a?.branches.join(', ') ?? '',
  exportFields: a?.exportFields ?? ['caseNumber'],
  unmasked: a?.unmasked ?? [],
  status: a?.status ?? 'active',
  verifyContact: a?.verifyContact ?? '',
});

/** Percent with up to two decimals → basis points, without a float's rounding (12.5 → 1250). */
function bpsOf(percent: string): number {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(percent.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : Number.NaN;
}

/** An agency's contract: who, licence, period, commission, branches served, what may be exported (and unmasked). */
export function AgencyForm({ agency, onSaved, onCancel }: { agency: Agency | null; onSaved: (a: Agency) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(formOf(agency));
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const toggle = (k: 'exportFields' | 'unmasked', f: ExportField, on: boolean) => set(k, on ? [...form[k], f] : form[k].filter((x) => x !== f));
  const text = (k: 'name' | 'licenceNumber' | 'verifyContact' | 'branches' | 'commissionPercent', type = 'text') => (
    <label>
      {t(`outsourcing.agency.${k}`)}
      <input type={type} data-testid={`agency-${k}`} value={form[k]} onChange={(e) => set(k, e.target.value)} />
    </label>
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      const { commissionPercent, branches, ...rest } = form;
      const body: AgencyBody = { ...rest, commissionBps: bpsOf(commissionPercent), branches: branches.split(/[,，\s]+/).filter((b) => b !== '') };
      onSaved(await saveAgency(agency?.id ?? null, body));
    } catch (error) {
      setRefusal(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} data-testid="agency-form">
      <h2>{agency ? `${t('outsourcing.edit')}：${agency.name}` : t('outsourcing.create')}</h2>
      <div className="form-grid">
        {text('name')}
        {text('licenceNumber')}
        <label>
          {t('outsourcing.agency.contractStart')}
          <input type="date" data-testid="agency-contractStart" value={form.contractStart} onChange={(e) => set('contractStart', e.target.value)} />
        </label>
        <label>
          {t('outsourcing.agency.contractEnd')}
          <input type="date" data-testid="agency-contractEnd" value={form.contractEnd} onChange={(e) => set('contractEnd', e.target.value)} />
        </label>
        {text('commissionPercent')}
        {text('branches')}
        {text('verifyContact')}
        <label>
          {t('outsourcing.agency.status')}
          <select data-testid="agency-status" value={form.status} onChange={(e) => set('status', e.target.value as Form['status'])}>
            {AGENCY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`outsourcing.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>{t('outsourcing.agency.exportFields')}</legend>
        {EXPORT_FIELD_NAMES.map((f) => (
          <div key={f} className="actions">
            <label className="inline">
              <input type="checkbox" data-testid={`agency-field-${f}`} checked={form.exportFields.includes(f)} onChange={(e) => toggle('exportFields', f, e.target.checked)} /> {t(`outsourcing.fields.${f}`)}
            </label>
            {EXPORT_FIELDS[f].maskable && form.exportFields.includes(f) ? (
              <label className="inline">
                <input type="checkbox" data-testid={`agency-unmasked-${f}`} checked={form.unmasked.includes(f)} onChange={(e) => toggle('unmasked', f, e.target.checked)} /> {t('outsourcing.agency.unmasked')}
              </label>
            ) : null}
          </div>
        ))}
      </fieldset>
      {refusal ? (
        <p role="alert" className="error-note">
          {refusal}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" data-testid="agency-save" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
