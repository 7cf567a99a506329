import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGN_GROUPINGS, ASSIGN_RULES, type AssignGrouping, type AssignRule } from '../../../shared/assignment/planner';
import type { AssignAnswer, AssignBody, CaseFilterInput, PortfolioDirectory } from '../../../shared/portfolio/cases';
import { assignCases } from './api';
import { formatYuan, portfolioErrorText } from './format';

type To = 'officer' | 'branch' | 'rule';

/**
 * 分案 from the console: the selected cases or every case the filter matches, to a collector, a branch's pool,
 * or a branch's collectors by rule (shared/assignment). Preview first (what would move, each collector's book
 * before and after), then confirm.
 */
export function AssignPanel({ selected, filter, matched, directory, onDone }: { selected: string[]; filter: CaseFilterInput; matched: number; directory: PortfolioDirectory; onDone: () => void }) {
  const { t } = useTranslation();
  const [which, setWhich] = useState<'selection' | 'filter'>('selection');
  const [to, setTo] = useState<To>('officer');
  const [officerId, setOfficerId] = useState('');
  const [branchCode, setBranchCode] = useState(directory.branches[0]?.code ?? '');
  const [rule, setRule] = useState<AssignRule>('round_robin');
  const [within, setWithin] = useState<AssignGrouping>('none');
  const [reason, setReason] = useState('');
  const [plan, setPlan] = useState<AssignAnswer | null>(null);
  const [done, setDone] = useState<AssignAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const useFilter = which === 'filter' || selected.length === 0;
  const names = new Map(directory.officers.map((o) => [o.id, o.name]));

  function body(preview: boolean): AssignBody {
    const select: AssignBody['select'] = useFilter ? { kind: 'filter', filter } : { kind: 'cases', caseIds: selected };
    const target: AssignBody['to'] = to === 'officer' ? { kind: 'officer', officerId } : to === 'branch' ? { kind: 'branch', branchCode } : { kind: 'rule', branchCode, rule, within };
    return { select, to: target, reason, preview };
  }

  async function send(preview: boolean) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await assignCases(body(preview));
      if (preview) setPlan(answer);
      else {
        setPlan(null);
        setDone(answer);
        onDone();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const change = <V,>(set: (v: V) => void) => (v: V) => {
    set(v);
    setPlan(null);
  };
  const ready = reason.trim().length >= 2 && (to !== 'officer' || officerId !== '') && (to === 'officer' || branchCode !== '');

  return (
    <aside className="card assign-panel" aria-label={t('assign.title')} data-testid="assign-panel">
      <h2>{t('assign.title')}</h2>
      <fieldset>
        <legend>{t('assign.which')}</legend>
        <label className="inline">
          <input type="radio" name="which" checked={!useFilter} disabled={selected.length === 0} onChange={() => change(setWhich)('selection')} />
          {t('assign.selection', { count: selected.length })}
        </label>
        <label className="inline">
          <input type="radio" name="which" checked={useFilter} onChange={() => change(setWhich)('filter')} data-testid="assign-by-filter" />
          {t('assign.byFilter', { count: matched })}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('assign.to')}</legend>
        {(['officer', 'branch', 'rule'] as const).map((k) => (
          <label className="inline" key={k}>
            <input type="radio" name="to" checked={to === k} onChange={() => change(setTo)(k)} data-testid={`assign-to-${k}`} />
            {t(`assign.to${k[0]!.toUpperCase()}${k.slice(1)}`)}
          </label>
        ))}
        {to === 'officer' ? (
          <select aria-label={t('assign.collector')} value={officerId} onChange={(e) => change(setOfficerId)(e.target.value)} data-testid="assign-officer">
            <option value="">—</option>
            {directory.officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.branchCode} {o.name}（{o.id}，{o.openCases}）
              </option>
            ))}
          </select>
        ) : (
          <select aria-label={t('cases.branch')} value={branchCode} onChange={(e) => change(setBranchCode)(e.target.value)} data-testid="assign-branch">
            {directory.branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        )}
        {to === 'rule' ? (
          <>
            <label>
              {t('assign.rule')}
              <select value={rule} onChange={(e) => change(setRule)(e.target.value as AssignRule)} data-testid="assign-rule">
                {ASSIGN_RULES.map((r) => (
                  <option key={r} value={r}>
                    {t(`assign.rules.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('assign.within')}
              <select value={within} onChange={(e) => change(setWithin)(e.target.value as AssignGrouping)}>
                {ASSIGN_GROUPINGS.map((g) => (
                  <option key={g} value={g}>
                    {t(`assign.withins.${g}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
      </fieldset>
      <label>
        {t('assign.reason')}
        <input value={reason} maxLength={500} onChange={(e) => change(setReason)(e.target.value)} data-testid="assign-reason" />
      </label>
      <div className="toolbar">
        <button type="button" className="secondary" disabled={!ready || busy} onClick={() => void send(true)} data-testid="assign-preview">
          {t('assign.preview')}
        </button>
        <button type="button" disabled={!ready || busy || plan === null || plan.moved === 0} onClick={() => void send(false)} data-testid="assign-confirm">
          {t('assign.confirm')}
        </button>
      </div>
      {error ? (
        <div role="alert" className="error-note">
          {portfolioErrorText(t, error)}
        </div>
      ) : null}
      {done ? (
        <p className="ok-note" role="status" data-testid="assign-done">
          {t('assign.done', { moved: done.moved })}
        </p>
      ) : null}
      {plan ? (
        <div data-testid="assign-plan">
          <p>{plan.moved === 0 ? t('assign.none') : t('assign.moves', { moved: plan.moved, selected: plan.selected })}</p>
          {plan.totals.length > 0 ? (
            <table className="data-table" aria-label={t('assign.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('assign.collector')}</th>
                  <th scope="col" className="num">{t('assign.before')}</th>
                  <th scope="col" className="num">{t('assign.after')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.totals.map((r) => (
                  <tr key={r.officerId}>
                    <td>{names.get(r.officerId) ?? r.officerId}</td>
                    <td className="num">{t('assign.countAmount', { count: r.countBefore, amount: formatYuan(r.totalBeforeFen) })}</td>
                    <td className="num">{t('assign.countAmount', { count: r.countAfter, amount: formatYuan(r.totalAfterFen) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
