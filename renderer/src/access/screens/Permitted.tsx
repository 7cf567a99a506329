import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, CaseAssignment } from '../../../../shared/domain/permissions';
import { useAppStore } from '../../state/appStore';
import { usePermission } from './usePermission';

/**
 * Renders `children` when the current operator may take `action`; otherwise says why not (their role, or the
 * case not theirs), so an action a role may not take is never offered but its absence is explained.
 */
export function Permitted({ action, target, children, quiet = false }: { action: Action; target?: CaseAssignment; children: ReactNode; quiet?: boolean }) {
  const verdict = usePermission(action, target);
  if (verdict.ok) return <>{children}</>;
  return quiet ? null : <Refusal action={action} refusal={verdict.refusal} />;
}

/** Why the current operator may not take `action`, in their language. */
export function useRefusalText(action: Action, refusal: string): string {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.operator.role);
  return t(`permissions.refused.${refusal}`, { role: t(`staffRole.${role}`), action: t(`permissions.action.${action}`) });
}

export function Refusal({ action, refusal }: { action: Action; refusal: string }) {
  const text = useRefusalText(action, refusal);
  return (
    <p className="notice muted small" role="note" data-testid={`refused-${action}`}>
      {text}
    </p>
  );
}

/** A control the operator may not use: shown disabled, its reason as its title and beside it for screen readers. */
export function RefusedButton({ action, refusal, label }: { action: Action; refusal: string; label: string }) {
  const text = useRefusalText(action, refusal);
  return (
    <button type="button" disabled title={text} aria-description={text} data-testid={`refused-${action}`}>
      {label}
    </button>
  );
}
