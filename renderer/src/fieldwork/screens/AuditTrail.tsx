import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { formatInstant } from '../../ui/format';

/** Who changed what on the case, and whether the device's hash chain is intact. */
export function AuditTrail({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const work = useAppStore((s) => s.caseWork);
  const chain = useAppStore((s) => s.chain);
  const verifyChain = useAppStore((s) => s.verifyChain);
  const staff = useAppStore((s) => s.staff);
  if (!work) return null;
  return (
    <section data-testid="audit-trail">
      <div className="row gap">
        <h3>{t('fieldwork.audit.title')}</h3>
        <button onClick={() => void verifyChain()} data-testid="audit-verify">
          {t('fieldwork.audit.verify')}
        </button>
        {chain && (
          <span className={chain.ok ? 'ok' : 'error'} data-testid="audit-verdict">
            {chain.ok ? t('fieldwork.audit.ok', { count: work.audit.length }) : t('fieldwork.audit.broken', { seq: chain.firstBadSeq, reason: t(`fieldwork.audit.reasons.${chain.reason}`) })}
          </span>
        )}
      </div>
      {work.audit.length === 0 && <p className="muted">{t('fieldwork.audit.none')}</p>}
      <table className="grid small">
        <tbody>
          {[...work.audit].reverse().map((e) => (
            <tr key={e.seq}>
              <td>#{e.seq}</td>
              <td>{formatInstant(e.at, i18n.language, timeZone)}</td>
              <td>{staff.find((s) => s.id === e.userId)?.name ?? e.userId}</td>
              <td>
                <span title={e.action}>{t(`records.audit.${e.action}`, { defaultValue: t('records.audit.other', { action: e.action }) })}</span>
              </td>
              <td className="mono muted" title={e.hash}>
                {e.hash.slice(0, 12)}…
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
