import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKS } from '../../../../shared/compliance/packs';
import type { Pack } from '../../../../shared/compliance/packSchema';
import { useAppStore } from '../../state/appStore';
import { currentPack, packInForce, rememberPack } from '../../fieldwork/compliancePack';

const packLabel = (p: Pack) => `${p.meta.id} · ${p.meta.jurisdiction} · v${p.meta.version}`;

/**
 * Which rule pack applies and, on the demo store only, who is working: on the real store the operator is the
 * signed-in user and the pack is the one head office set for their branch (issue 13 §6), both read-only.
 */
export function OperatorPicker() {
  const { t } = useTranslation();
  const source = useAppStore((s) => s.source);
  const operator = useAppStore((s) => s.operator);
  const staff = useAppStore((s) => s.staff);
  const setOperator = useAppStore((s) => s.setOperator);
  const session = useAppStore((s) => s.session);
  const [packId, setPackId] = useState(currentPack().meta.id);
  return (
    <>
      {source === 'demo' && (
        <>
          <h2 id="operator-heading">
            {t('fieldwork.operator.label')} <span className="pill demo">{t('session.demoOnly')}</span>
          </h2>
          <p className="muted small">{t('session.demoOperatorNote')}</p>
          <select value={operator.id} onChange={(e) => setOperator(e.target.value)} aria-labelledby="operator-heading" data-testid="operator-select">
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} · {t(`staffRole.${s.role}`)} · {s.branchCode}
              </option>
            ))}
          </select>
        </>
      )}
      <h2 id="pack-heading">{t('fieldwork.operator.pack')}</h2>
      {source === 'live' ? (
        <p data-testid="pack-read-only">
          {packLabel(packInForce({ source, session }, null))} <span className="muted small">{t('fieldwork.operator.packSetByHeadOffice')}</span>
        </p>
      ) : (
        <>
          <p className="muted small">{t('fieldwork.operator.packDemoChoice')}</p>
          <select
            value={packId}
            onChange={(e) => {
              rememberPack(e.target.value);
              setPackId(e.target.value);
            }}
            aria-labelledby="pack-heading"
            data-testid="pack-select"
          >
            {Object.values(PACKS).map((p) => (
              <option key={p.meta.id} value={p.meta.id}>
                {packLabel(p)}
              </option>
            ))}
          </select>
        </>
      )}
    </>
  );
}
