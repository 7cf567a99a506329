import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/domain/case';
import { toChineseCapitals } from '../../../../../shared/domain/capitals';
import { totalOfAmounts } from '../../../../../shared/domain/money';
import { draftPlan, needsApproval } from '../../../../../shared/fieldwork/plans';
import { newId } from '../../../../../shared/sync';
import { useAppStore } from '../../../state/appStore';
import { createPlan } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { formatFen } from '../../../ui/format';
import { ActionErrorText, FieldError, Notice, nowIso, todayOf } from './common';
import { CustomScheduleEditor } from './CustomScheduleEditor';
import { currentLimits } from '../../../config/configInForce';
import { previewPlan, seedCustomRows, type PlanField, type PlanFormState } from './planDraft';
import { ScheduleTable } from './ScheduleTable';
import { charCount, WAIVER_REASON_MIN_LENGTH } from '../../../../../shared/records/limits';
import { WordingCheck, useWordingCheck } from '../WordingCheck';

const initialForm = (firstDue: string): PlanFormState => ({
  agreed: '',
  downPayment: '',
  count: '6',
  firstDue,
  interval: 'monthly',
  kind: 'equal',
  rows: [],
  customHasDown: false,
});

/** Drafts a repayment plan; draftPlan decides whether the waiver needs a supervisor (maker-checker). */
export function PlanForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const operator = useAppStore((s) => s.operator);
  const outstandingFen = caseRecord.accounts.reduce((s, a) => s + totalOfAmounts(a.amounts), 0);
  const [form, setForm] = useState(() => initialForm(todayOf(caseRecord.timeZone)));
  const [notes, setNotes] = useState('');
  // Errors show once the user tried to submit, so a half-typed form is not shouted at.
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  const preview = previewPlan(form, outstandingFen);
  const set = (patch: Partial<PlanFormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaved(null);
  };
  const fieldMsg = (field: PlanField) => {
    const m = preview.fieldErrors[field];
    return tried && m ? t(m.key, m.params) : null;
  };
  const invalid = (field: PlanField) => (fieldMsg(field) ? true : undefined);
  const approvalNeeded = preview.waiverFen !== null && needsApproval({ waiverFen: preview.waiverFen }, currentLimits().waiverLimitFen);
  // A waiver states its reason: the supervisor decides on it (the createPlan action refuses one without).
  const reasonMissing = (preview.waiverFen ?? 0) > 0 && charCount(notes) < WAIVER_REASON_MIN_LENGTH;
  const wording = useWordingCheck(notes);
  const notesMsg = tried && reasonMissing ? t('planWaiver.reasonRequired', { min: WAIVER_REASON_MIN_LENGTH }) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (!preview.instalments || reasonMissing || wording.blocks || busy) return;
    const plan = draftPlan(
      { id: newId(), caseId: caseRecord.id, outstandingFen, instalments: preview.instalments, kind: form.kind, createdAt: nowIso(), makerId: operator.id },
      currentLimits().waiverLimitFen,
    );
    setBusy(true);
    const result = await act(createPlan, { plan, notes: notes.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSaved(t(result.value.approval.status === 'pending' ? 'panels.plan.savedPending' : 'panels.plan.savedActive'));
    setForm(initialForm(todayOf(caseRecord.timeZone)));
    setNotes('');
    setTried(false);
  };

  const switchKind = (kind: PlanFormState['kind']) => set(kind === 'custom' && form.rows.length === 0 ? { kind, ...seedCustomRows(form, outstandingFen) } : { kind });

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid="plan-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.plan.new')}</h3>
      <div className="field-grid">
        <span>{t('panels.plan.outstanding')}</span>
        <div className="num" data-testid="plan-outstanding">{formatFen(outstandingFen)}</div>
        <label htmlFor={`${id}-agreed`}>{t('panels.plan.agreedTotal')}</label>
        <div>
          <input id={`${id}-agreed`} inputMode="decimal" value={form.agreed} onChange={(e) => set({ agreed: e.target.value })} aria-invalid={invalid('agreed')} aria-describedby={`${id}-agreed-err`} data-testid="plan-agreed-total" autoComplete="off" />
          <FieldError id={`${id}-agreed-err`} message={fieldMsg('agreed')} />
        </div>
        <span>{t('panels.plan.waiver')}</span>
        <div data-testid="plan-waiver">
          {preview.waiverFen === null ? (
            <span className="muted">—</span>
          ) : (
            <>
              <span className="num">{formatFen(preview.waiverFen)}</span> <span className="small">{toChineseCapitals(preview.waiverFen)}</span>
            </>
          )}
        </div>
        <label htmlFor={`${id}-kind`}>{t('panels.plan.kind')}</label>
        <select id={`${id}-kind`} value={form.kind} onChange={(e) => switchKind(e.target.value as PlanFormState['kind'])} data-testid="plan-kind">
          <option value="equal">{t('panels.plan.kindEqual')}</option>
          <option value="custom">{t('panels.plan.kindCustom')}</option>
        </select>
        <label htmlFor={`${id}-down`}>{t('panels.plan.downPayment')}</label>
        <div>
          <input id={`${id}-down`} inputMode="decimal" placeholder="0.00" value={form.downPayment} disabled={form.kind === 'custom'} onChange={(e) => set({ downPayment: e.target.value })} aria-invalid={invalid('downPayment')} aria-describedby={`${id}-down-err`} data-testid="plan-down-payment" autoComplete="off" />
          <FieldError id={`${id}-down-err`} message={fieldMsg('downPayment')} />
        </div>
        <label htmlFor={`${id}-count`}>{t('panels.plan.count')}</label>
        <div>
          <input id={`${id}-count`} type="number" min={1} max={360} step={1} value={form.count} disabled={form.kind === 'custom'} onChange={(e) => set({ count: e.target.value })} aria-invalid={invalid('count')} aria-describedby={`${id}-count-err`} data-testid="plan-count" />
          <FieldError id={`${id}-count-err`} message={fieldMsg('count')} />
        </div>
        <label htmlFor={`${id}-first`}>{t('panels.plan.firstDue')}</label>
        <div>
          <input id={`${id}-first`} type="date" value={form.firstDue} disabled={form.kind === 'custom'} onChange={(e) => set({ firstDue: e.target.value })} aria-invalid={invalid('firstDue')} aria-describedby={`${id}-first-err`} data-testid="plan-first-due" />
          <FieldError id={`${id}-first-err`} message={fieldMsg('firstDue')} />
        </div>
        <label htmlFor={`${id}-interval`}>{t('panels.plan.interval')}</label>
        <select id={`${id}-interval`} value={form.interval} disabled={form.kind === 'custom'} onChange={(e) => set({ interval: e.target.value as PlanFormState['interval'] })} data-testid="plan-interval">
          {(['monthly', 'biweekly', 'weekly'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`panels.plan.intervals.${v}`)}
            </option>
          ))}
        </select>
      </div>
      {form.kind === 'custom' && (
        <CustomScheduleEditor rows={form.rows} customHasDown={form.customHasDown} rowErrors={tried ? preview.rowErrors : {}} onChange={(rows, customHasDown) => set({ rows, customHasDown })} />
      )}
      {tried &&
        preview.scheduleErrors.map((m, i) => (
          <p key={i} className="error" role="alert">
            {t(m.key, m.params)}
          </p>
        ))}
      {preview.instalments ? (
        <ScheduleTable instalments={preview.instalments} testId="plan-preview" />
      ) : (
        form.kind === 'custom' && <p className="muted small">{t('panels.plan.customSum', { sum: formatFen(preview.sumFen) })}</p>
      )}
      {approvalNeeded && (
        <p className="warning" data-testid="plan-needs-approval">
          {t('panels.plan.needsApproval', { limit: formatFen(currentLimits().waiverLimitFen) })}
        </p>
      )}
      <div className="field-grid">
        <label htmlFor={`${id}-notes`}>{(preview.waiverFen ?? 0) > 0 ? t('planWaiver.reason') : t('panels.plan.notes')}</label>
        <div>
          <textarea id={`${id}-notes`} rows={2} maxLength={500} value={notes} onChange={(e) => setNotes(e.target.value)} aria-invalid={notesMsg ? true : undefined} aria-describedby={`${id}-notes-err`} data-testid="plan-notes" />
          <FieldError id={`${id}-notes-err`} message={notesMsg} />
          <WordingCheck text={notes} findings={wording.findings} testId="plan-notes-wording" />
        </div>
      </div>
      <ActionErrorText error={error} testId="plan-error" />
      <Notice text={saved} testId="plan-saved" />
      <div className="row gap">
        <button type="submit" className="primary" disabled={busy || wording.blocks} data-testid="plan-submit">
          {approvalNeeded ? t('panels.plan.submitForApproval') : t('panels.plan.submit')}
        </button>
      </div>
    </form>
  );
}
