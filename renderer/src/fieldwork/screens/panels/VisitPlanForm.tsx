import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/domain/case';
import { isLocalDate } from '../../../../../shared/calendar';
import { validateVisitRecord } from '../../../../../shared/fieldwork/visits';
import { newId } from '../../../../../shared/sync';
import { useAppStore } from '../../../state/appStore';
import { planVisit } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, FieldError, Notice, nowIso, todayOf } from './common';
import { addressText, splitNames } from './visitHelpers';

/**
 * Plans a field visit (外访) for a day, at an active address of one of the parties, with at least two
 * staff: colleagues of the operator's branch picked from the list, and anyone else (e.g. a lawyer) typed.
 */
export function VisitPlanForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const operator = useAppStore((s) => s.operator);
  const allStaff = useAppStore((s) => s.staff);
  const branchStaff = allStaff.filter((s) => s.branchCode === operator.branchCode);
  const today = todayOf(caseRecord.timeZone);
  const [date, setDate] = useState(today);
  const [addressId, setAddressId] = useState('');
  const [picked, setPicked] = useState<string[]>([operator.id]);
  const [others, setOthers] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();

  const staffNames = [...branchStaff.filter((s) => picked.includes(s.id)).map((s) => s.name), ...splitNames(others)];
  const staffProblems = validateVisitRecord({ staff: staffNames, status: 'planned', outcome: null, peopleMet: null });
  const dateError = !isLocalDate(date) ? t('fieldwork.error.date_invalid') : date < today ? t('panels.visit.dateInPast') : null;
  const addressError = addressId ? null : t('panels.visit.addressRequired');
  const hasActive = caseRecord.parties.some((p) => p.addresses.some((a) => !a.retiredAt));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    setSaved(null);
    if (dateError || addressError || staffProblems.length > 0 || busy) return;
    const visit = { id: newId(), caseId: caseRecord.id, plannedFor: date, addressId, staff: staffNames, status: 'planned' as const, peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: nowIso() };
    setBusy(true);
    const result = await act(planVisit, visit);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSaved(t('panels.visit.planned', { date }));
    setOthers('');
    setTried(false);
  };

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid="visit-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.visit.plan')}</h3>
      {!hasActive && <p className="warning">{t('panels.visit.noActiveAddress')}</p>}
      <div className="form-grid">
        <label htmlFor={`${id}-date`}>{t('panels.visit.date')}</label>
        <div>
          <input id={`${id}-date`} type="date" min={today} value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={tried && dateError ? true : undefined} aria-describedby={`${id}-date-err`} data-testid="visit-date" />
          <FieldError id={`${id}-date-err`} message={tried ? dateError : null} />
        </div>
        <label htmlFor={`${id}-address`}>{t('panels.visit.address')}</label>
        <div>
          <select id={`${id}-address`} value={addressId} onChange={(e) => setAddressId(e.target.value)} aria-invalid={tried && addressError ? true : undefined} aria-describedby={`${id}-address-err`} data-testid="visit-address">
            <option value="">{t('panels.visit.chooseAddress')}</option>
            {caseRecord.parties.map((p) => (
              <optgroup key={p.id} label={`${p.name}（${t(`role.${p.role}`)}）`}>
                {p.addresses
                  .filter((a) => !a.retiredAt)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {t(`addressKind.${a.kind}`)}：{addressText(a)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <FieldError id={`${id}-address-err`} message={tried ? addressError : null} />
        </div>
        <label htmlFor={`${id}-staff`}>{t('panels.visit.staff')}</label>
        <div>
          <select id={`${id}-staff`} multiple size={Math.min(6, Math.max(3, branchStaff.length))} value={picked} onChange={(e) => setPicked([...e.target.selectedOptions].map((o) => o.value))} aria-describedby={`${id}-staff-hint ${id}-staff-err`} data-testid="visit-staff">
            {branchStaff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <div id={`${id}-staff-hint`} className="small muted">
            {t('panels.visit.staffHint')}
          </div>
        </div>
        <label htmlFor={`${id}-others`}>{t('panels.visit.otherStaff')}</label>
        <div>
          <input id={`${id}-others`} value={others} placeholder={t('panels.visit.otherStaffPlaceholder')} onChange={(e) => setOthers(e.target.value)} data-testid="visit-staff-other" />
          <div className="small muted" data-testid="visit-staff-summary">
            {t('panels.visit.going', { names: staffNames.join('、') || '—', count: staffNames.length })}
          </div>
          {tried && (
            <div id={`${id}-staff-err`} role="alert">
              {staffProblems.map((p) => (
                <div key={p.code} className="error small">
                  {t(`fieldwork.error.${p.code}`, p.params)}
                </div>
              ))}
            </div>
          )}
        </div>
      </div>
      <ActionErrorText error={error} testId="visit-error" />
      <Notice text={saved} testId="visit-saved" />
      <button type="submit" className="primary" disabled={busy} data-testid="visit-submit">
        {t('panels.visit.submitPlan')}
      </button>
    </form>
  );
}
