import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPack, PACKS } from '../../../shared/compliance';
import { RulePackParamsSchema, type PublishedConfig, type RulePackParams } from '../../../shared/publishedConfig';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';
import { publish, readCurrent } from './api';
import { CurrentVersion, issueList, PublishOutcome } from './PublishBar';

type Params = Extract<PublishedConfig, { kind: 'rulePackParams' }>;

/** 规则包参数: a branch's contact hours and caps, only ever stricter than its pack's (the rule text stays in code). */
export function RulePackPage() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useApi(() => readCurrent('rulePackParams'), 'rulePackParams');
  const [branch, setBranch] = useState('');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<PublishedConfig | null>(null);
  if (current.error && !current.data) return <ErrorNote error={current.error} onRetry={current.reload} />;
  if (!current.data) return <p className="loading">{t('common.loading')}</p>;
  const branches = current.data.branches;
  const chosen = branches.find((b) => b.code === branch) ?? branches[0];
  if (!chosen) return <p className="note">{t('config.none')}</p>;
  const pack = Object.hasOwn(PACKS, chosen.rulePack) ? getPack(chosen.rulePack) : null;
  const inForce = current.data.current.find((c): c is Params => c.kind === 'rulePackParams' && c.scope === chosen.code && c.payload.packId === chosen.rulePack);
  const caps = pack ? pack.frequency.filter((r) => r.kind === 'cap') : [];
  const valueOf = (key: string, fallback: string) => edits[key] ?? fallback;
  const windowNow = (id: string) => inForce?.payload.contactWindows.find((w) => w.ruleId === id);
  const capNow = (id: string) => inForce?.payload.caps.find((c) => c.ruleId === id);
  const readOnly = !me.canChange;

  const doPublish = async () => {
    if (!pack) return;
    setPublished(null);
    setError(null);
    const payload: RulePackParams = {
      packId: pack.meta.id,
      contactWindows: pack.contactWindows.map((r) => ({ ruleId: r.id, start: valueOf(`${r.id}.start`, windowNow(r.id)?.start ?? r.start), end: valueOf(`${r.id}.end`, windowNow(r.id)?.end ?? r.end) })),
      caps: caps.map((r) => ({ ruleId: r.id, limit: Number(valueOf(r.id, String(capNow(r.id)?.limit ?? r.limit))) })),
    };
    const checked = RulePackParamsSchema.safeParse(payload);
    if (!checked.success) return setProblems(issueList(checked.error.issues, (p) => p));
    setProblems([]);
    try {
      setPublished(await publish('rulePackParams', chosen.code, checked.data));
      setEdits({});
      current.reload();
    } catch (err) {
      setError(err);
    }
  };
  // Named for a screen reader: the rule's id and which value (start, end, limit).
  const input = (key: string, fallback: string, testId: string) => (
    <input aria-label={`${t('config.rulePack.branchValue')} ${key}`} value={valueOf(key, fallback)} disabled={readOnly} onChange={(e) => setEdits({ ...edits, [key]: e.target.value })} data-testid={testId} style={{ width: 80 }} />
  );

  return (
    <section>
      <h1>{t('config.rulePack.title')}</h1>
      <p className="note">{t('config.rulePack.intro')}</p>
      {readOnly && <p className="note">{t('config.readOnly')}</p>}
      <div className="toolbar">
        <label>
          {t('config.branch')}
          <select value={chosen.code} onChange={(e) => (setBranch(e.target.value), setEdits({}), setPublished(null), setProblems([]))} data-testid="rule-pack-branch">
            {branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}（{b.rulePack}）
              </option>
            ))}
          </select>
        </label>
        <CurrentVersion current={inForce} />
      </div>
      {pack && (
        <table className="data-table card" aria-label={t('config.rulePack.title')}>
          <thead>
            <tr>
              <th>{t('config.rulePack.rule')}</th>
              <th>{t('config.rulePack.packValue')}</th>
              <th>{t('config.rulePack.branchValue')}</th>
            </tr>
          </thead>
          <tbody>
            {pack.contactWindows.map((r) => (
              <tr key={r.id}>
                <td>
                  {t('config.rulePack.window')} <code>{r.id}</code>
                </td>
                <td>
                  {r.start}–{r.end}
                </td>
                <td>
                  {input(`${r.id}.start`, windowNow(r.id)?.start ?? r.start, `rule-window-start-${r.id}`)} – {input(`${r.id}.end`, windowNow(r.id)?.end ?? r.end, `rule-window-end-${r.id}`)}
                </td>
              </tr>
            ))}
            {caps.map((r) => (
              <tr key={r.id}>
                <td>
                  {t('config.rulePack.cap')} <code>{r.id}</code>
                </td>
                <td>{r.kind === 'cap' ? r.limit : ''}</td>
                <td>{input(r.id, String(capNow(r.id)?.limit ?? (r.kind === 'cap' ? r.limit : 0)), `rule-cap-${r.id}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && pack && (
        <div className="toolbar">
          <button type="button" onClick={() => void doPublish()} data-testid="rule-pack-publish">
            {t('config.publish')}
          </button>
        </div>
      )}
      <PublishOutcome published={published} error={error} problems={problems} />
    </section>
  );
}
