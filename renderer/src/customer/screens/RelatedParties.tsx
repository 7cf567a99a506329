import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { maskPhone } from '../../../../shared/domain/masks';
import { RELATED_PARTY_KINDS, THIRD_PARTY_CLASS_OF, type RelatedParty, type RelatedPartyKind } from '../../../../shared/records/customerFacts';
import { Permitted } from '../../access/screens/Permitted';
import { useAppStore } from '../../state/appStore';
import { addRelatedParty } from '../actions';

/** The people around the debtor, each with the third-party class the pack judges them by; a form to add one. */
export function RelatedParties({ caseRecord, parties }: { caseRecord: Case; parties: readonly RelatedParty[] }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [kind, setKind] = useState<RelatedPartyKind>('emergency_contact');
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setError(null);
    const result = await act(addRelatedParty, { caseId: caseRecord.id, kind, name: name.trim(), relation: relation.trim() || null, phone: phone.trim() || null });
    if (!result.ok) return setError(result.error.message);
    setName('');
    setRelation('');
    setPhone('');
  };
  return (
    <div data-testid="related-parties">
      <h3>{t('customer.parties')}</h3>
      {parties.length === 0 ? (
        <p className="muted small">{t('customer.noParties')}</p>
      ) : (
        <ul className="plain">
          {parties.map((p) => (
            <li key={p.id} data-testid="related-party">
              <strong>{p.name}</strong> · {t(`customer.partyKind.${p.kind}`)}
              {p.relation ? `（${p.relation}）` : ''} {p.phone ? maskPhone(p.phone) : ''}
              <div className="muted small">{t('customer.partyClass', { cls: t(`customer.cls.${THIRD_PARTY_CLASS_OF[p.kind]}`) })}</div>
            </li>
          ))}
        </ul>
      )}
      <Permitted action="edit_contacts" target={caseRecord.assignment}>
        <form
          className="row gap wrap"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <select value={kind} onChange={(e) => setKind(e.target.value as RelatedPartyKind)} data-testid="party-kind" aria-label={t('customer.addParty')}>
            {RELATED_PARTY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`customer.partyKind.${k}`)}
              </option>
            ))}
          </select>
          <input placeholder={t('customer.partyName')} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} data-testid="party-name" />
          <input placeholder={t('customer.partyRelation')} value={relation} maxLength={30} onChange={(e) => setRelation(e.target.value)} data-testid="party-relation" />
          <input placeholder={t('customer.partyPhone')} value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} data-testid="party-phone" />
          <button type="submit" data-testid="party-add">
            {t('customer.addParty')}
          </button>
          {error && (
            <span className="error" role="alert">
              {error}
            </span>
          )}
        </form>
      </Permitted>
    </div>
  );
}
