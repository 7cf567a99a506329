import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/case';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masks';
import { ContactRepair } from '../fieldwork/ContactRepair';

/** A party with personal data masked; retired phones and addresses stay visible as history. */
export function PartyCard({ party: p, caseId }: { party: Party; caseId: string }) {
  const { t } = useTranslation();
  return (
    <article className="card party" data-testid={`party-${p.role}`}>
      <header>
        <strong className="party-name">{p.name}</strong>
        <span className="pill">{t(`role.${p.role}`)}</span>
        {p.guaranteeType && <span className="pill">{t(`guaranteeType.${p.guaranteeType}`)}</span>}
      </header>
      <dl className="kv">
        <dt>{t('detail.idNumber')}</dt>
        <dd data-testid="id-number">{maskIdNumber(p.idNumber)}</dd>
      </dl>
      <h3>{t('detail.phones')}</h3>
      <ul className="contacts">
        {p.phones.map((ph) => (
          <li key={ph.id} className={ph.retiredAt ? 'retired' : ''}>
            <span className="mono">{maskPhone(ph.number)}</span> <span className="muted">{t(`phoneKind.${ph.kind}`)} · {t(`source.${ph.source}`)}</span>
            {ph.retiredAt && <span className="pill">{t('detail.retiredOn', { date: ph.retiredAt.slice(0, 10) })}</span>}
          </li>
        ))}
      </ul>
      <h3>{t('detail.addresses')}</h3>
      <ul className="contacts">
        {p.addresses.map((ad) => (
          <li key={ad.id} className={ad.retiredAt ? 'retired' : ''}>
            <span>
              {ad.province}
              {ad.city}
              {ad.district}
              {ad.line} {ad.postcode}
            </span>{' '}
            <span className="muted">{t(`addressKind.${ad.kind}`)}</span>
            {ad.retiredAt && <span className="pill">{t('detail.retiredOn', { date: ad.retiredAt.slice(0, 10) })}</span>}
          </li>
        ))}
      </ul>
      <ContactRepair caseId={caseId} party={p} />
    </article>
  );
}
