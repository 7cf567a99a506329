import { permits, type Action, type CaseAssignment, type Verdict } from '../../../../shared/domain/permissions';
import { useAppStore } from '../../state/appStore';

/** Whether the current operator may take `action` (on the case, when one is given): the permissions table. */
export function usePermission(action: Action, target?: CaseAssignment): Verdict {
  const operator = useAppStore((s) => s.operator);
  return permits(operator, action, target);
}
