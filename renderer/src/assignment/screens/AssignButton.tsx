import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { usePermission } from '../../access/screens/usePermission';
import { AssignDialog } from './AssignDialog';
import type { CaseSelection } from './useCaseSelection';

/** The case list's 分案 button and its dialog, for roles that may assign (shared/domain/permissions.ts). */
export function AssignButton({ shown, selection }: { shown: readonly CaseRow[]; selection: CaseSelection }) {
  const { t } = useTranslation();
  const may = usePermission('assign_cases').ok;
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  if (!may) return null;
  const n = selection.selected.size;
  return (
    <>
      <button onClick={() => { setDone(null); setOpen(true); }} disabled={shown.length === 0} data-testid="assign-open">
        {n > 0 ? t('assignment.openCount', { n }) : t('assignment.open')}
      </button>
      {done !== null && <span className="ok small" role="status" data-testid="assign-done">{t('assignment.done', { n: done })}</span>}
      {open && (
        <AssignDialog
          shown={shown}
          selected={selection.selected}
          onClose={(assigned) => {
            setOpen(false);
            if (assigned > 0) {
              setDone(assigned);
              selection.clear();
            }
          }}
        />
      )}
    </>
  );
}
