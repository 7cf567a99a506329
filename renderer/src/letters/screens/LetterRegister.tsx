import { outputOrProblem } from '../../ui/fileOutput';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import type { RegisteredLetter } from '../repository/register';
import { formatFen, formatInstant, todayIn } from '../../ui/format';
import { RefusedButton } from '../../access/screens/Permitted';
import { useAccessLog } from '../../access/screens/useAccessLog';
import { usePermission } from '../../access/screens/usePermission';
import { registerToCsv } from '../letterCsv';
import { LetterActions } from './LetterActions';

/** Every issued letter on this device: searchable, exportable, with delivery, acknowledgement and void. */
export function LetterRegister() {
  const { t, i18n } = useTranslation();
  const reads = useAppStore(selectReads);
  const platform = useAppStore((s) => s.platform);
  const outbox = useAppStore((s) => s.outbox);
  const [letters, setLetters] = useState<RegisteredLetter[]>([]);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mayExport = usePermission('export');
  const log = useAccessLog();

  useEffect(() => {
    if (!reads) return;
    let live = true;
    void reads.letters.all().then((l) => live && setLetters(l));
    return () => {
      live = false;
    };
  }, [reads, outbox]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return letters;
    return letters.filter((l) => [l.number, l.caseNumber, l.recipientName, l.delivery.trackingNumber ?? '', t(`letters.type.${l.type}`)].some((f) => f.toLowerCase().includes(q)));
  }, [letters, query, t]);

  const exportCsv = async () => {
    const name = `letter-register-${todayIn()}.csv`;
    const logged = await log({ kind: 'export', detail: `letter register CSV ${name}, ${shown.length} rows` });
    if (!logged.ok) return setError(t('exportAudit.failed', { message: logged.message }));
    setError(null);
    const problem = await outputOrProblem(() => platform?.saveText({ suggestedName: name, content: registerToCsv(shown, t), mimeType: 'text/csv' }));
    if (problem) setError(t('exportAudit.outputFailed', { message: problem }));
  };

  return (
    <section data-testid="letter-register">
      <div className="toolbar">
        <input className="search" type="search" value={query} placeholder={t('letters.register.search')} onChange={(e) => setQuery(e.target.value)} data-testid="register-search" />
        <span className="muted">{t('letters.register.count', { n: shown.length })}</span>
        <span className="spacer" />
        {mayExport.ok ? (
          <button onClick={() => void exportCsv()} disabled={shown.length === 0} data-testid="register-export">
            {t('letters.register.export')}
          </button>
        ) : (
          <RefusedButton action="export" refusal={mayExport.refusal} label={t('letters.register.export')} />
        )}
        {error && (
          <span className="error small" role="alert">
            {error}
          </span>
        )}
      </div>
      <table className="grid small">
        <thead>
          <tr>
            <th>{t('letters.register.col.number')}</th>
            <th>{t('letters.register.col.type')}</th>
            <th>{t('letters.register.col.caseNumber')}</th>
            <th>{t('letters.register.col.recipient')}</th>
            <th className="num">{t('letters.register.col.total')}</th>
            <th>{t('letters.register.col.issuedAt')}</th>
            <th>{t('letters.register.col.delivery')}</th>
            <th>{t('letters.register.col.acknowledged')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((l) => (
            <tr key={l.id} className={l.voided ? 'voided' : ''} data-testid={`register-row-${l.number}`}>
              <td className="mono">
                {l.number} {l.copy && <span className="pill">{t('letters.copy')}</span>}
              </td>
              <td>{t(`letters.type.${l.type}`)}</td>
              <td>{l.caseNumber}</td>
              <td>{l.recipientName}</td>
              <td className="num">{formatFen(l.totalFen)}</td>
              <td>{formatInstant(l.issuedAt, i18n.language)}</td>
              <td>
                {t(`letters.delivery.${l.delivery.status}`)} {l.delivery.trackingNumber && <span className="mono">{l.delivery.trackingNumber}</span>}
              </td>
              <td>{l.acknowledgement ? `${l.acknowledgement.signedOn} · ${t(`letters.signer.${l.acknowledgement.signerType}`)}` : '—'}</td>
              <td>{l.voided ? <span className="pill voided">{t('letters.voided', { reason: l.voided.reason })}</span> : <LetterActions letter={l} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
