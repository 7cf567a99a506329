import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/domain/staff';
import type { Branch, User } from '../../../shared/people/api';
import { resetUserPassword, setUserDisabled, updateUser } from './api';
import { refusalText } from './refusal';

/** An admin's changes to one user: role and branch, disable or enable with a reason, a password reset. */
export function UserActions({ user, branches, onDone }: { user: User; branches: Branch[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<string>(user.role);
  const [branchCode, setBranchCode] = useState(user.branchCode);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: string; secret?: string | null } | { error: string } | null>(null);

  async function run(work: () => Promise<{ ok: string; secret?: string | null }>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await work());
      onDone();
    } catch (error) {
      setOutcome({ error: refusalText(t, error) });
    } finally {
      setBusy(false);
    }
  }
  const disabled = user.status === 'disabled';

  return (
    <div className="card" data-testid="user-actions">
      <div className="actions">
        <label>
          {t('people.users.role')}
          <select data-testid="user-role" value={role} onChange={(e) => setRole(e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('people.users.branch')}
          <select data-testid="user-branch" value={branchCode} onChange={(e) => setBranchCode(e.target.value)}>
            {branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="user-save" disabled={busy || (role === user.role && branchCode === user.branchCode)} onClick={() => void run(async () => (await updateUser(user.id, { role, branchCode }), { ok: t('people.user.updated') }))}>
          {t('people.user.saveRoleBranch')}
        </button>
      </div>
      <div className="actions">
        <label>
          {t('people.user.reason')}
          <input data-testid="user-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </label>
        <button
          type="button"
          className={disabled ? undefined : 'danger'}
          data-testid={disabled ? 'user-enable' : 'user-disable'}
          disabled={busy || reason.trim() === ''}
          onClick={() => void run(async () => (await setUserDisabled(user.id, !disabled, reason.trim()), setReason(''), { ok: t('people.user.updated') }))}
        >
          {disabled ? t('people.user.enable') : t('people.user.disable')}
        </button>
        <button type="button" className="secondary" data-testid="user-reset-password" disabled={busy} onClick={() => void run(async () => ({ ok: t('people.user.resetDone'), secret: (await resetUserPassword(user.id)).temporaryPassword }))}>
          {t('people.user.resetPassword')}
        </button>
      </div>
      {outcome && 'error' in outcome ? (
        <p role="alert" className="error-note">
          {outcome.error}
        </p>
      ) : null}
      {outcome && 'ok' in outcome ? (
        <div role="status" className="ok-note">
          {outcome.ok}
          {outcome.secret ? (
            <p>
              {t('people.users.temporaryPassword')} <span className="secret" data-testid="temporary-password">{outcome.secret}</span>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
