import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskName } from '../../../../shared/domain/masks';
import { useAppStore } from '../../state/appStore';
import { allLetters, type RegisteredLetter } from '../../db/letters/register';
import { formatFen, formatInstant, todayIn } from '../../ui/format';
import { neutralizeCell } from '../cases/caseCsv';
import { LetterActions } from './LetterActions';

/** Every issued letter on this device: searchable, exportable, with delivery, acknowledgement and void. */
export function LetterRegister() {
  const { t, i18n } = useTranslation();
  const store = useAppStore((s) => s.store);
  const platform = useAppStore((s) => s.platform);
  const outbox = useAppStore((s) => s.outbox);
  const [letters, setLetters] = useState<RegisteredLetter[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (!store) return;
    let live = true;
    void allLetters(store.db).then((l) => live && setLetters(l));
    return () => {
      live = false;
    };
  }, [store, outbox]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return letters;
    return letters.filter((l) => [l.number, l.caseNumber, l.recipientName, l.delivery.trackingNumber ?? '', t(`letters.type.${l.type}`)].some((f) => f.toLowerCase().includes(q)));
  }, [letters, query, t]);

  const exportCsv = () => {
    const header = ['number', 'type', 'templateVersion', 'caseNumber', 'recipient', 'issueDate', 'total', 'sha256', 'delivery', 'tracking', 'acknowledged', 'voided'].map((k) => t(`letters.register.col.${k}`));
    const lines = shown.map((l) => [
      l.number + (l.copy ? ` (${t('letters.copy')})` : ''),
      t(`letters.type.${l.type}`),
      `${l.templateId}@${l.templateVersion}`,
      l.caseNumber,
      maskName(l.recipientName),
      l.issueDate,
      (l.totalFen / 100).toFixed(2),
      l.pdfSha256,
      t(`letters.delivery.${l.delivery.status}`),
      l.delivery.trackingNumber ?? '',
      l.acknowledgement ? `${l.acknowledgement.signedOn} ${t(`letters.signer.${l.acknowledgement.signerType}`)}` : '',
      l.voided ? `${l.voided.at.slice(0, 10)} ${l.voided.reason}` : '',
    ]);
    const csv = '\uFEFF' + [header, ...lines].map((row) => row.map((c) => `"${neutralizeCell(c).replace(/"/g, '""')}"`).join(',')).join('\r\n');
    void platform?.saveText({ suggestedName: `letter-register-${todayIn()}.csv`, content: csv, mimeType: 'text/csv' });
  };

  return (
    <section data-testid="letter-register">
      <div className="toolbar">
        <input className="search" type="search" value={query} placeholder={t('letters.register.search')} onChange={(e) => setQuery(e.target.value)} data-testid="register-search" />
        <span className="muted">{t('letters.register.count', { n: shown.length })}</span>
        <span className="spacer" />
        <button onClick={exportCsv} disabled={shown.length === 0} data-testid="register-export">
          {t('letters.register.export')}
        </button>
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
