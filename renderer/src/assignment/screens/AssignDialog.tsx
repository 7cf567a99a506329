import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGN_GROUPINGS, ASSIGN_RULES, planAssignment, type AssignGrouping, type AssignMethod, type AssignRule, type Holding, type PlannableCase } from '../../../../shared/assignment/planner';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { ASSIGN_REASON_MIN_LENGTH, charCount } from '../../../../shared/records/limits';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { assignCases } from '../actions';
import { AssignPreview } from './AssignPreview';

/** Who holds cases: collectors, and (by hand only) the branch's supervisor. */
const HOLDERS = new Set(['collector', 'supervisor']);

interface Props {
  /** The rows the list shows now (all that match the filter). */
  shown: readonly CaseRow[];
  selected: ReadonlySet<string>;
  onClose: (assigned: number) => void;
}

/**
 * 分案: which cases (the ticked ones or all that match the filter), to whom (one collector, or a rule among the
 * branch's collectors), the preview per collector, a reason, and one action for all of it.
 */
export function AssignDialog({ shown, selected, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const staff = useAppStore((s) => s.staff);
  const operator = useAppStore((s) => s.operator);
  const allRows = useAppStore((s) => s.rows);
  const reads = useAppStore(selectReads);
  const act = useAppStore((s) => s.act);
  const reloadRows = useAppStore((s) => s.reloadRows);

  const [scope, setScope] = useState<'selected' | 'filtered'>(selected.size > 0 ? 'selected' : 'filtered');
  const [kind, setKind] = useState<'manual' | 'rule'>('manual');
  const [search, setSearch] = useState('');
  const [officerId, setOfficerId] = useState<string>('');
  const [rule, setRule] = useState<AssignRule>('balance');
  const [within, setWithin] = useState<AssignGrouping>('none');
  const [reason, setReason] = useState('');
  const [districts, setDistricts] = useState<Map<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const scoped = useMemo(() => (scope === 'selected' ? shown.filter((r) => selected.has(r.id)) : shown), [scope, shown, selected]);
  const branchCode = scoped[0]?.branchCode ?? operator.branchCode;
  const people = useMemo(() => staff.filter((s) => HOLDERS.has(s.role) && s.branchCode === branchCode), [staff, branchCode]);
  const collectors = useMemo(() => people.filter((s) => s.role === 'collector').map((s) => s.id), [people]);
  const matches = useMemo(() => {
    const q = search.trim().toLowerCase();
    return q ? people.filter((s) => s.name.toLowerCase().includes(q) || s.id.toLowerCase().includes(q)) : people;
  }, [people, search]);

  useEffect(() => {
    let live = true;
    if (within === 'district' && reads) void reads.districts(scoped.map((r) => r.id)).then((d) => live && setDistricts(d));
    return () => {
      live = false;
    };
  }, [within, reads, scoped]);

  const plan = useMemo(() => {
    const inScope = new Set(scoped.map((r) => r.id));
    const holdings = new Map<string, Holding>();
    for (const r of allRows) {
      if (inScope.has(r.id) || r.officerId === null) continue;
      const h = holdings.get(r.officerId) ?? { officerId: r.officerId, count: 0, totalFen: 0 };
      h.count++;
      h.totalFen += r.totalFen;
      holdings.set(r.officerId, h);
    }
    const cases: PlannableCase[] = scoped.map((r) => ({ id: r.id, totalFen: r.totalFen, bucket: r.bucket, district: districts?.get(r.id) ?? '', officerId: r.officerId }));
    const method: AssignMethod | null = kind === 'manual' ? (officerId ? { kind, officerId } : null) : { kind, rule, within };
    const targets = kind === 'manual' ? people.map((p) => p.id) : collectors;
    if (!method || targets.length === 0 || cases.length === 0) return null;
    return planAssignment(cases, targets, method, [...holdings.values()]);
  }, [scoped, allRows, districts, kind, officerId, rule, within, people, collectors]);

  const reasonOk = charCount(reason) >= ASSIGN_REASON_MIN_LENGTH;
  const confirm = async () => {
    if (!plan || plan.moves.length === 0) return;
    if (!reasonOk) return setError(t('assignment.error.tooShort', { min: ASSIGN_REASON_MIN_LENGTH }));
    setBusy(true);
    setError(null);
    const result = await act(assignCases, { moves: plan.moves.map((m) => ({ caseId: m.caseId, officerId: m.officerId })), reason, officers: people });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    await reloadRows();
    onClose(result.value.length);
  };

  return (
    <div className="assign-backdrop">
      <section className="card assign-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="assign-dialog">
        <h2 id={`${id}-title`}>{t('assignment.title')}</h2>
        <fieldset>
          <legend>{t('assignment.scope')}</legend>
          <label>
            <input type="radio" name={`${id}-scope`} checked={scope === 'selected'} disabled={selected.size === 0} onChange={() => setScope('selected')} data-testid="assign-scope-selected" />
            {t('assignment.scopeSelected', { n: selected.size })}
          </label>
          <label>
            <input type="radio" name={`${id}-scope`} checked={scope === 'filtered'} onChange={() => setScope('filtered')} data-testid="assign-scope-filtered" />
            {t('assignment.scopeFiltered', { n: shown.length })}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('assignment.method')}</legend>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'manual'} onChange={() => setKind('manual')} data-testid="assign-kind-manual" />
            {t('assignment.manual')}
          </label>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'rule'} onChange={() => setKind('rule')} data-testid="assign-kind-rule" />
            {t('assignment.rule')}
          </label>
          {people.length === 0 && <p className="error">{t('assignment.noCollector')}</p>}
          {kind === 'manual' ? (
            <div className="row gap">
              <input type="search" value={search} placeholder={t('assignment.searchCollector')} aria-label={t('assignment.searchCollector')} onChange={(e) => setSearch(e.target.value)} data-testid="assign-collector-search" />
              <select size={5} value={officerId} aria-label={t('assignment.collector')} onChange={(e) => setOfficerId(e.target.value)} data-testid="assign-collector">
                {matches.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} · {s.id} · {t(`staffRole.${s.role}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="row gap">
              <label>
                {t('assignment.ruleKind')}{' '}
                <select value={rule} onChange={(e) => setRule(e.target.value as AssignRule)} data-testid="assign-rule">
                  {ASSIGN_RULES.map((r) => <option key={r} value={r}>{t(`assignment.rules.${r}`)}</option>)}
                </select>
              </label>
              <label>
                {t('assignment.within')}{' '}
                <select value={within} onChange={(e) => setWithin(e.target.value as AssignGrouping)} data-testid="assign-within">
                  {ASSIGN_GROUPINGS.map((w) => <option key={w} value={w}>{t(`assignment.withins.${w}`)}</option>)}
                </select>
              </label>
            </div>
          )}
        </fieldset>
        {plan && (
          <>
            <h3>{t('assignment.preview')}</h3>
            <AssignPreview plan={plan} staff={staff} />
            <p data-testid="assign-moves">{plan.moves.length > 0 ? t('assignment.moves', { n: plan.moves.length }) : t('assignment.nothingMoves')}</p>
          </>
        )}
        <label className="assign-reason">
          {t('assignment.reason')}
          <textarea value={reason} maxLength={500} rows={2} placeholder={t('assignment.reasonHint', { min: ASSIGN_REASON_MIN_LENGTH })} onChange={(e) => setReason(e.target.value)} data-testid="assign-reason" />
        </label>
        {error && <p className="error" role="alert" data-testid="assign-error">{error}</p>}
        <div className="row gap">
          <button className="primary" disabled={busy || !plan || plan.moves.length === 0 || !reasonOk} onClick={() => void confirm()} data-testid="assign-confirm">
            {busy ? t('assignment.working') : t('assignment.confirm')}
          </button>
          <button onClick={() => onClose(0)} disabled={busy}>{t('assignment.cancel')}</button>
        </div>
      </section>
    </div>
  );
}
