import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/case';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masks';
import type { CaseAssignment } from '../../../../shared/domain/permissions';
import { ContactRepair } from '../../fieldwork/screens/ContactRepair';
import { fullAddress, maskAddress } from '../maskAddress';
import { Permitted } from '../../access/screens/Permitted';
import { Unmaskable } from '../../access/screens/Unmaskable';

/**
 * A party with personal data masked; a role allowed to may reveal one value at a time, with a reason
 * (logged). Retired phones and addresses stay visible as history.
 */
export function PartyCard({ party: p, caseId, assignment }: { party: Party; caseId: string; assignment: CaseAssignment }) {
  const { t } = useTranslation();
  const common = { caseId, assignment };
  return (
    <article className="card party" data-testid={`party-${p.role}`}>
      <header>
        <strong className="party-name">{p.name}</strong>
        <span className="pill">{t(`role.${p.role}`)}</span>
        {p.guaranteeType && <span className="pill">{t(`guaranteeType.${p.guaranteeType}`)}</span>}
      </header>
      <dl className="kv">
        <dt>{t('detail.idNumber')}</dt>
        <dd>
          <Unmaskable {...common} field="id_number" subjectId={p.id} masked={maskIdNumber(p.idNumber)} full={p.idNumber} testId="id-number" />
        </dd>
      </dl>
      <h3>{t('detail.phones')}</h3>
      <ul className="contacts">
        {p.phones.map((ph) => (
          <li key={ph.id} className={ph.retiredAt ? 'retired' : ''}>
            <Unmaskable {...common} field="phone" subjectId={ph.id} masked={maskPhone(ph.number)} full={ph.number} testId={`phone-${ph.id}`} />{' '}
            <span className="muted">
              {t(`phoneKind.${ph.kind}`)} · {t(`source.${ph.source}`)}
            </span>
            {ph.retiredAt && <span className="pill">{t('detail.retiredOn', { date: ph.retiredAt.slice(0, 10) })}</span>}
          </li>
        ))}
      </ul>
      <h3>{t('detail.addresses')}</h3>
      <ul className="contacts">
        {p.addresses.map((ad) => (
          <li key={ad.id} className={ad.retiredAt ? 'retired' : ''}>
            <Unmaskable {...common} field="address" subjectId={ad.id} masked={maskAddress(ad)} full={fullAddress(ad)} testId={`address-${ad.id}`} />{' '}
            <span className="muted">{t(`addressKind.${ad.kind}`)}</span>
            {ad.retiredAt && <span className="pill">{t('detail.retiredOn', { date: ad.retiredAt.slice(0, 10) })}</span>}
          </li>
        ))}
      </ul>
      <Permitted action="edit_contacts" quiet>
        <ContactRepair caseId={caseId} party={p} />
      </Permitted>
    </article>
  );
}
