import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKS } from '../../../../shared/compliance';
import { useAppStore } from '../../state/appStore';
import { currentPack, rememberPack } from '../fieldwork/compliancePack';

/** Who works at this device and which rule pack applies (until sign-in and head-office publishing arrive). */
export function OperatorPicker() {
  const { t } = useTranslation();
  const operator = useAppStore((s) => s.operator);
  const staff = useAppStore((s) => s.staff);
  const setOperator = useAppStore((s) => s.setOperator);
  const [packId, setPackId] = useState(currentPack().meta.id);
  return (
    <>
      <h2>{t('fieldwork.operator.label')}</h2>
      <p className="muted small">{t('fieldwork.operator.note')}</p>
      <select value={operator.id} onChange={(e) => setOperator(e.target.value)} data-testid="operator-select">
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} · {t(`staffRole.${s.role}`)} · {s.branchCode}
          </option>
        ))}
      </select>
      <h2>{t('fieldwork.operator.pack')}</h2>
      <select
        value={packId}
        onChange={(e) => {
          rememberPack(e.target.value);
          setPackId(e.target.value);
        }}
        data-testid="pack-select"
      >
        {Object.values(PACKS).map((p) => (
          <option key={p.meta.id} value={p.meta.id}>
            {p.meta.id} · {p.meta.jurisdiction} · v{p.meta.version}
          </option>
        ))}
      </select>
    </>
  );
}
