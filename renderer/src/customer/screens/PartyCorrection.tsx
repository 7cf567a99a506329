import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETIRE_REASON_MIN_LENGTH } from '../../../../shared/records/limits';
import { RELATED_PARTY_KINDS, type RelatedParty, type RelatedPartyKind } from '../../../../shared/records/customerFacts';
import { useAppStore } from '../../state/appStore';
import { retireRelatedParty } from '../actions';

/**
 * Corrects a person around the debtor (the form starts from what was recorded: fix the number or the name and save)
 * or retires them without a replacement. Either way the person recorded stays on the case, retired.
 */
export function PartyCorrection({ party, onDone }: { party: RelatedParty; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [kind, setKind] = useState<RelatedPartyKind>(party.kind);
  const [name, setName] = useState(party.name);
  const [relation, setRelation] = useState(party.relation ?? '');
  const [phone, setPhone] = useState(party.phone ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (withReplacement: boolean) => {
    setError(null);
    const replacement = withReplacement ? { kind, name: name.trim(), relation: relation.trim() || null, phone: phone.trim() || null } : null;
    const result = await act(retireRelatedParty, { caseId: party.caseId, partyId: party.id, reason: reason.trim(), replacement });
    if (!result.ok) return setError(result.error.message);
    onDone();
  };
  return (
    <form
      className="card stack"
      data-testid="party-correction"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(true);
      }}
    >
      <strong>{t('relatedParty.correctTitle', { name: party.name })}</strong>
      <div className="row gap wrap">
        <select value={kind} onChange={(e) => setKind(e.target.value as RelatedPartyKind)} aria-label={t('customer.addParty')} data-testid="correct-kind">
          {RELATED_PARTY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`customer.partyKind.${k}`)}
            </option>
          ))}
        </select>
        <input aria-label={t('customer.partyName')} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} data-testid="correct-name" />
        <input aria-label={t('customer.partyRelation')} placeholder={t('customer.partyRelation')} value={relation} maxLength={30} onChange={(e) => setRelation(e.target.value)} data-testid="correct-relation" />
        <input aria-label={t('customer.partyPhone')} placeholder={t('customer.partyPhone')} value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} data-testid="correct-phone" />
      </div>
      <input
        aria-label={t('relatedParty.reason', { min: RETIRE_REASON_MIN_LENGTH })}
        placeholder={t('relatedParty.reason', { min: RETIRE_REASON_MIN_LENGTH })}
        value={reason}
        maxLength={200}
        onChange={(e) => setReason(e.target.value)}
        data-testid="correct-reason"
      />
      <div className="row gap">
        <button type="submit" data-testid="correct-save">
          {t('relatedParty.saveCorrection')}
        </button>
        <button type="button" onClick={() => void submit(false)} data-testid="correct-retire">
          {t('relatedParty.retireOnly')}
        </button>
        <button type="button" onClick={onDone}>
          {t('relatedParty.cancel')}
        </button>
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
