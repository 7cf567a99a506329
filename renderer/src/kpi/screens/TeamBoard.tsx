import { useTranslation } from 'react-i18next';
import { BUCKETS } from '../../../../shared/domain/buckets';
import { formatFen } from '../../../../shared/domain/money';
import { cureRate, formatPercent, formatRatio, fraction, rollRate, type KpiFigures } from '../../../../shared/kpi';
import { rankLines } from '../../../../shared/kpi/report';
import { CollectorsChart } from './CollectorsChart';
import type { Target } from '../../../../shared/records/target';

export interface BoardRow {
  officerId: string;
  name: string;
  k: KpiFigures;
  /** 合规异常数: conduct exceptions head office found in the period (shared/kpi/conduct.ts). */
  exceptions: number;
}

/** Best recovery rate first; no rate (no overdue at the start) last; then by name: the monthly report's order. */
export const rankRows = (rows: readonly BoardRow[]): BoardRow[] => rankLines(rows.map((r) => ({ ...r, recoveryRate: r.k.recoveryRate })));

/**
 * 团队业绩榜: collectors ranked, conduct beside money (the credit-card rules forbid judging collectors on
 * amounts alone), the branch against its target, and the roll-rate matrix (issue 15 §5).
 */
export function TeamBoard({ rows, branch, target }: { rows: readonly BoardRow[]; branch: KpiFigures; target: Target | null }) {
  const { t } = useTranslation();
  const shareOf = (id: string) => target?.collectors.find((c) => c.officerId === id)?.recoveredFen ?? null;
  const ranked = rankRows(rows);
  return (
    <section data-testid="kpi-board">
      <h2>{t('kpi.board')}</h2>
      <h3>{t('kpi.branch.title')}</h3>
      <p data-testid="kpi-branch-vs-target">
        {t('kpi.figure.recovered')} <strong>{formatFen(branch.recoveredFen)}</strong> · {t('kpi.figure.target')}{' '}
        <strong>{target ? formatFen(target.recoveredFen) : t('kpi.noTarget')}</strong> · {t('kpi.figure.progress')}{' '}
        <strong>{target ? formatPercent(fraction(branch.recoveredFen, target.recoveredFen)) : '—'}</strong> · {t('kpi.figure.recoveryRate')}{' '}
        <strong>{formatPercent(branch.recoveryRate)}</strong> · {t('kpi.figure.cured')} <strong>{branch.cured.num}</strong>
        {target && ` / ${target.curedAccounts}`}
      </p>
      {/* An agency's money and work are the bank's recovery but not the branch's: shown apart, credited to nobody (docs/kpi.md). */}
      <p data-testid="kpi-branch-agency">
        {t('outsourcing.kpi.agencyRecovered')} <strong>{formatFen(branch.agency.recoveredFen)}</strong> · {t('outsourcing.kpi.agencyAttempts')}{' '}
        <strong>{branch.agency.attempts}</strong> · {t('outsourcing.kpi.agencyPromises')} <strong>{branch.agency.promises}</strong>
        <span className="muted small"> {t('outsourcing.kpi.note')}</span>
      </p>
      <h3>{t('kpi.rank.title')}</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="kpi-ranking">
          <thead>
            <tr>
              <th>{t('kpi.rank.rank')}</th>
              <th>{t('kpi.rank.name')}</th>
              <th>{t('kpi.figure.cases')}</th>
              <th>{t('kpi.figure.recovered')}</th>
              <th>{t('kpi.figure.target')}</th>
              <th>{t('kpi.figure.recoveryRate')}</th>
              <th>{t('kpi.figure.promisesKept')}</th>
              <th>{t('kpi.figure.contactsPerCase')}</th>
              <th>{t('kpi.figure.rightPartyRate')}</th>
              <th>{t('kpi.figure.overrides')}</th>
              <th>{t('kpi.figure.conductExceptions')}</th>
              <th>{t('kpi.figure.complaints')}</th>
              <th>{t('kpi.figure.complaintsPer1000')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r, i) => {
              const share = shareOf(r.officerId);
              return (
                <tr key={r.officerId} data-testid={`kpi-rank-${r.officerId}`}>
                  <td className="num">{i + 1}</td>
                  <td>{r.name}</td>
                  <td className="num">{r.k.cases}</td>
                  <td className="num">{formatFen(r.k.recoveredFen)}</td>
                  <td className="num">{share === null ? '—' : formatFen(share)}</td>
                  <td className="num">{formatPercent(r.k.recoveryRate)}</td>
                  <td className="num">{formatPercent(r.k.promisesKept)}</td>
                  <td className="num">{formatRatio(r.k.contactsPerCase)}</td>
                  <td className="num">{formatPercent(r.k.rightPartyRate)}</td>
                  <td className="num">{r.k.overrides}</td>
                  <td className="num" data-testid="kpi-rank-exceptions">{r.exceptions}</td>
                  <td className="num">{r.k.complaints}</td>
                  <td className="num">{formatRatio(r.k.complaintsPer1000, 1)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('kpi.rank.conductNote')}</p>
      <CollectorsChart collectors={ranked.map((r) => ({ name: r.name, recoveredFen: r.k.recoveredFen, targetFen: target ? shareOf(r.officerId) ?? 0 : null }))} hasTarget={target !== null} />
      <h3>{t('kpi.roll.title')}</h3>
      <div className="table-scroll">
        <table className="data-table small" data-testid="kpi-roll-matrix">
          <thead>
            <tr>
              <th>{t('kpi.roll.from')}</th>
              {BUCKETS.map((b) => (
                <th key={b}>{b}</th>
              ))}
              <th>{t('kpi.roll.rollRate')}</th>
              <th>{t('kpi.roll.cureRate')}</th>
            </tr>
          </thead>
          <tbody>
            {BUCKETS.map((from) => (
              <tr key={from}>
                <th scope="row">{from}</th>
                {BUCKETS.map((to) => (
                  <td key={to} className="num">
                    {branch.rolls[from][to].cases || ''}
                  </td>
                ))}
                <td className="num">{formatPercent(rollRate(branch.rolls, from))}</td>
                <td className="num">{formatPercent(cureRate(branch.rolls, from))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('kpi.roll.note')}</p>
    </section>
  );
}
