import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/case';
import { maskPhone } from '../../../../shared/domain/masks';
import { maskAddress } from '../../cases/maskAddress';
import { useAppStore } from '../../state/appStore';
import { retireAddress, retirePhone } from '../actions';
import { AddressForm } from './panels/AddressForm';
import { PhoneForm } from './panels/PhoneForm';
import { RetireControl } from './panels/RetireControl';

/**
 * Skip tracing (失联修复) on one party: add a phone or an address, retire a wrong one with a reason.
 * A party with no active phone is flagged as lost contact (失联).
 */
export function ContactRepair({ caseId, party }: { caseId: string; party: Party }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [adding, setAdding] = useState<'phone' | 'address' | null>(null);
  const phones = party.phones.filter((p) => !p.retiredAt);
  const addresses = party.addresses.filter((a) => !a.retiredAt);
  return (
    <div className="contact-repair" data-testid={`contact-repair-${party.id}`}>
      {phones.length === 0 && (
        <span className="pill lost-contact" role="status" data-testid={`lost-contact-${party.id}`}>
          {t('panels.contact.lostContact')}
        </span>
      )}
      <ul className="contacts">
        {phones.map((ph) => (
          <li key={ph.id} className="row gap">
            <span className="mono">{maskPhone(ph.number)}</span>
            <RetireControl
              label={maskPhone(ph.number)}
              testId={`retire-phone-${ph.id}`}
              retire={(reason) => act(retirePhone, { caseId, partyId: party.id, phoneId: ph.id, reason })}
            />
          </li>
        ))}
        {addresses.map((a) => (
          <li key={a.id} className="row gap">
            <span>{maskAddress(a)}</span>
            <RetireControl
              label={maskAddress(a)}
              testId={`retire-address-${a.id}`}
              retire={(reason) => act(retireAddress, { caseId, partyId: party.id, addressId: a.id, reason })}
            />
          </li>
        ))}
      </ul>
      {adding === 'phone' && <PhoneForm caseId={caseId} partyId={party.id} onClose={() => setAdding(null)} />}
      {adding === 'address' && <AddressForm caseId={caseId} partyId={party.id} onClose={() => setAdding(null)} />}
      {adding === null && (
        <div className="row gap">
          <button type="button" onClick={() => setAdding('phone')} data-testid={`add-phone-${party.id}`}>
            {t('panels.contact.addPhone')}
          </button>
          <button type="button" onClick={() => setAdding('address')} data-testid={`add-address-${party.id}`}>
            {t('panels.contact.addAddress')}
          </button>
        </div>
      )}
    </div>
  );
}
