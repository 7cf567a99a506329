import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LimitsSchema, type PublishedConfig } from '../../../shared/publishedConfig';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';
import { publish, readCurrent } from './api';
import { CurrentVersion, issueList, PublishOutcome } from './PublishBar';

/** 限额: the waiver approval threshold, grace days and unmask duration, for the bank or one branch. */
export function LimitsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useApi(() => readCurrent('limits'), 'limits');
  const [scope, setScope] = useState<string>(me.canChange ? 'bank' : (me.scopeBranchCode ?? 'bank'));
  const [form, setForm] = useState<{ waiver: string; grace: string; unmask: string } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<PublishedConfig | null>(null);
  if (current.error && !current.data) return <ErrorNote error={current.error} onRetry={current.reload} />;
  if (!current.data) return <p className="loading">{t('common.loading')}</p>;
  const inForce = current.data.current.find((c): c is Extract<PublishedConfig, { kind: 'limits' }> => c.kind === 'limits' && c.scope === scope);
  const shown = form ?? {
    waiver: inForce ? String(inForce.payload.waiverLimitFen / 100) : '',
    grace: inForce ? String(inForce.payload.graceDays) : '',
    unmask: inForce ? String(inForce.payload.unmaskSeconds) : '',
  };
  const readOnly = !me.canChange;
  const set = (field: 'waiver' | 'grace' | 'unmask') => (e: { target: { value: string } }) => setForm({ ...shown, [field]: e.target.value });
  const doPublish = async () => {
    setPublished(null);
    setError(null);
    // Yuan as typed, to integer fen without floating-point drift (12.34 → 1234).
    const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(shown.waiver.trim());
    const payload = { waiverLimitFen: m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN, graceDays: Number(shown.grace), unmaskSeconds: Number(shown.unmask) };
    const checked = LimitsSchema.safeParse(payload);
    const labels: Record<string, string> = { waiverLimitFen: 'waiver', graceDays: 'grace', unmaskSeconds: 'unmask' };
    if (!checked.success) return setProblems(issueList(checked.error.issues, (p) => t(`config.limits.${labels[p] ?? 'waiver'}`)));
    setProblems([]);
    try {
      setPublished(await publish('limits', scope, checked.data));
      setForm(null);
      current.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section>
      <h1>{t('config.limits.title')}</h1>
      <p className="note">{t('config.limits.intro')}</p>
      {readOnly && <p className="note">{t('config.readOnly')}</p>}
      <div className="toolbar">
        <label>
          {t('config.limits.scope')}
          <select value={scope} onChange={(e) => (setScope(e.target.value), setForm(null), setPublished(null))} data-testid="limits-scope">
            {me.canChange && <option value="bank">{t('config.limits.bank')}</option>}
            {current.data.branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        </label>
        <CurrentVersion current={inForce} />
      </div>
      <div className="card form-columns">
        <label>
          {t('config.limits.waiver')}
          <input value={shown.waiver} onChange={set('waiver')} disabled={readOnly} inputMode="decimal" data-testid="limits-waiver" />
        </label>
        <label>
          {t('config.limits.grace')}
          <input value={shown.grace} onChange={set('grace')} disabled={readOnly} inputMode="numeric" data-testid="limits-grace" />
        </label>
        <label>
          {t('config.limits.unmask')}
          <input value={shown.unmask} onChange={set('unmask')} disabled={readOnly} inputMode="numeric" data-testid="limits-unmask" />
        </label>
      </div>
      {!readOnly && (
        <div className="toolbar">
          <button type="button" onClick={() => void doPublish()} data-testid="limits-publish">
            {t('config.publish')}
          </button>
        </div>
      )}
      <PublishOutcome published={published} error={error} problems={problems} />
    </section>
  );
}
