import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KEEP_DAYS_MAX, EVIDENCE_KEEP_DAYS_MIN } from '../../../../shared/evidence/retention';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';

/** How many days this device keeps photos and letters head office confirmed it holds (shared/evidence/retention.ts). */
export function EvidenceKeepSetting() {
  const { t } = useTranslation();
  const reads = useAppStore(selectReads);
  const [days, setDays] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  useEffect(() => {
    if (!reads) return;
    let live = true;
    void reads.evidenceKeepDays.get().then((d) => live && setDays(String(d)));
    return () => {
      live = false;
    };
  }, [reads]);
  if (!reads) return null;
  const save = async () => {
    const n = Number(days);
    if (!/^\d+$/.test(days.trim()) || n < EVIDENCE_KEEP_DAYS_MIN || n > EVIDENCE_KEEP_DAYS_MAX) {
      setNote({ ok: false, text: t('evidenceSync.keepDaysInvalid', { min: EVIDENCE_KEEP_DAYS_MIN, max: EVIDENCE_KEEP_DAYS_MAX }) });
      return;
    }
    await reads.evidenceKeepDays.set(n);
    setNote({ ok: true, text: t('evidenceSync.keepDaysSaved', { days: n }) });
  };
  return (
    <div className="row gap">
      <label htmlFor={id}>{t('evidenceSync.keepDays')}</label>
      <input id={id} inputMode="numeric" size={5} value={days} onChange={(e) => setDays(e.target.value)} data-testid="evidence-keep-days" />
      <button onClick={() => void save()} data-testid="evidence-keep-days-save">
        {t('common.save')}
      </button>
      {note && (
        <span className={note.ok ? 'muted small' : 'error small'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </span>
      )}
    </div>
  );
}
